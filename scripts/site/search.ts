// The search step: Pagefind indexes the rendered recipe, product and lesson pages (those marked data-pagefind-body), one index per language, into pagefind/.
import * as pagefind from "pagefind";
import path from "node:path";
import { LOCALES } from "../kitchen/vocabulary.ts";
import { SEARCH_BUNDLE } from "../present/search.ts";

/**
 * Parts of the indexed pages left out of the index: what every page of a kind repeats (the nutrition table, the facts list, the servings
 * scaler and its legend), and a product page's recipe cards, which would make every product that a recipe uses a result for that recipe's title.
 */
const LEFT_OUT = ["table.nutrition", ".scaler", ".legend", ".facts", ".cards"];

/** Indexes may be made by several builds in one process (the tests); the Pagefind service stops when the last is done. */
let running = 0;

/** Writes the Pagefind bundle (its scripts, WebAssembly and one index per page language) into `outDir/pagefind/`. https://pagefind.app/docs/node-api/ */
export async function indexSearch(outDir: string): Promise<void> {
  running += 1;
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: LEFT_OUT });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outDir, glob: `{${LOCALES.join(",")}}/**/*.html` });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, SEARCH_BUNDLE) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    await index.deleteIndex();
  } finally {
    running -= 1;
    if (running === 0) await pagefind.close();
  }
}
