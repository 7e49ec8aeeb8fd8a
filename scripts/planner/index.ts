// Public API of the week-menu planner: pure functions from recipes, products and a request to a plan (Node and the browser).
export type * from "./types.ts";
export { PLAN_MEALS } from "./types.ts";
export { makePlan } from "./plan.ts";
export { highsSolver } from "./highs.ts";
export { plannerData, packageStock } from "./data.ts";
export { warmUpRequest } from "./warm-up.ts";
