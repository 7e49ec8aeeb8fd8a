// The notebooks of the project's real recipes, as the build printed them: one page per recipe, one print each, small files.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { edition } from "../../scripts/present/editions.ts";
import { sharedBuilds } from "../helpers/builds.ts";
import { contentsEntries } from "../helpers/print-html.ts";
import { pageCount } from "../helpers/pdf.ts";

const { real, realPrints } = sharedBuilds();

describe("the real A5 notebook", () => {
  for (const locale of ["lv", "en"] as const) {
    const book = edition("notebook", locale, "A5");

    it(`should give every recipe exactly one page (${locale})`, async () => {
      const recipes = JSON.parse(await readFile(path.join(real, "api", "recipes.json"), "utf8")) as unknown[];
      const pages = contentsEntries(await readFile(path.join(real, book.html), "utf8"));
      expect(pages.length).toBe(recipes.length + 1);
      const spans = pages.slice(0, -1).map((entry, index) => `${entry.title}: ${pages[index + 1]!.page - entry.page}`);
      expect(spans).toEqual(pages.slice(0, -1).map((entry) => `${entry.title}: 1`));
    });

    it(`should print it once: the column layout guessed every page number right (${locale})`, async () => {
      const prints = JSON.parse(await readFile(realPrints, "utf8")) as Record<string, number>;
      expect(prints[book.pdf]).toBe(1);
    });

    it(`should stay under 100 KB per page on average (${locale})`, async () => {
      const file = path.join(real, book.pdf);
      const bytes = (await readFile(file)).byteLength;
      expect(bytes / (await pageCount(file))).toBeLessThan(100 * 1024);
    });
  }
});
