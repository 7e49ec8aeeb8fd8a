// Full content check: schemas, cross-references, units resolved by the kitchen engine — all done while loading.
export { loadContent as checkContent } from "./load.ts";
