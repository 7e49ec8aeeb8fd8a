// The project's real books, as the shared build printed them, read back as their readers would: one page per A5 recipe, large print that keeps its promise, lines that read as language, no notes for editors.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { editorNotes } from "../../scripts/content/reader-text.ts";
import type { Strings } from "../../scripts/content/schemas.ts";
import { computeAndPresent, contextFor, loadChecked } from "../../scripts/pipeline/steps.ts";
import type { NotebookPrint, PrintView } from "../../scripts/present/books.ts";
import { edition, type EditionFormat } from "../../scripts/present/editions.ts";
import type { Views } from "../../scripts/present/index.ts";
import { destinationPages } from "../../scripts/print/pagerefs.ts";
import { sharedBuilds } from "../helpers/builds.ts";
import { projectRoot } from "../helpers/fixture.ts";
import { figureAlts, textItems } from "../helpers/pdf-items.ts";
import { pageCount, pageTexts } from "../helpers/pdf.ts";
import { contentsEntries } from "../helpers/print-html.ts";

const LOCALES = ["lv", "en"] as const;
const FORMATS = ["A5", "A4-large", "A4"] as const satisfies readonly EditionFormat[];
type Printed = { pdf: { bytes: Uint8Array; pages: number; destinations: Record<string, number>; prints: number }; html: string; file: string; view: PrintView };

const { real, realPrints } = sharedBuilds();
/** The views and words of the real content, as the build made them: what the books were printed from. */
let model: { api: Views["api"]; t: Record<(typeof LOCALES)[number], Strings> };
const printed = new Map<string, Printed>();
const key = (locale: string, format: string) => `${locale} ${format}`;
const book = (locale: string, format: string) => printed.get(key(locale, format))!;
const notebook = (locale: string, format: string) => book(locale, format).view as NotebookPrint;

beforeAll(async () => {
  const content = await loadChecked(projectRoot);
  const views = await computeAndPresent(content, contextFor({ root: projectRoot }), {});
  model = { api: views.api, t: content.strings };
  const prints = JSON.parse(await readFile(realPrints, "utf8")) as Record<string, number>;
  for (const locale of LOCALES) {
    for (const format of FORMATS) {
      const found = edition(format === "A4" ? "handbook" : "notebook", locale, format);
      const view = views.books.find((candidate) => candidate.edition.id === found.id)!;
      const file = path.join(real, found.pdf);
      const bytes = await readFile(file);
      const pdf = { bytes, pages: await pageCount(file), destinations: await destinationPages(bytes), prints: prints[found.pdf]! };
      printed.set(key(locale, format), { pdf, html: await readFile(path.join(real, found.html), "utf8"), file, view });
    }
  }
});

/** The pages each recipe starts on, in book order, and the page after the last one (the index). */
function recipeStarts(locale: string, format: string): { slug: string; title: string; start: number; next: number }[] {
  const { pdf } = book(locale, format);
  const recipes = notebook(locale, format).recipes;
  return recipes.map((recipe, index) => ({ slug: recipe.slug, title: recipe.title, start: pdf.destinations[recipe.anchor]!, next: pdf.destinations[recipes[index + 1]?.anchor ?? "product-index"]! }));
}

/** The ingredient lines printed on a page: the lines after the ingredients heading (and the allergens beside it) up to the next heading. */
function ingredientLines(text: string, locale: "lv" | "en"): string[] {
  const t = model.t[locale];
  const lines = text.split("\n").map((line) => line.trim());
  const from = lines.findIndex((line) => line.startsWith(t["recipe.ingredients"]!));
  if (from === -1) return [];
  const ends = ["recipe.steps", "nutrition.title", "recipe.costTitle"].map((name) => t[name]!);
  const rest = lines.slice(from + 1);
  const end = rest.findIndex((line) => ends.some((word) => line.startsWith(word)));
  return rest.slice(0, end === -1 ? undefined : end).filter((line) => line && !line.startsWith(t["recipe.allergensTitle"]!));
}

describe("the real A5 notebook", () => {
  for (const locale of LOCALES) {
    it(`should give every recipe exactly one page (${locale})`, () => {
      const entries = contentsEntries(book(locale, "A5").html);
      const recipes = entries.filter((entry) => entry.id.startsWith("recipe-"));
      expect(recipes.length).toBe(model.api.recipes.length);
      const spans = recipes.map((entry) => `${entry.title}: ${entries[entries.indexOf(entry) + 1]!.page - entry.page}`);
      expect(spans).toEqual(recipes.map((entry) => `${entry.title}: 1`));
    });

    it(`should print each numbered book once: the column layout guessed every page number and blank page right (${locale})`, () => {
      expect(FORMATS.map((format) => `${format} ${book(locale, format).pdf.prints}`)).toEqual(FORMATS.map((format) => `${format} 1`));
    });

    it(`should stay under 100 KB per page on average (${locale})`, () => {
      const { pdf } = book(locale, "A5");
      expect(pdf.bytes.byteLength / pdf.pages).toBeLessThan(100 * 1024);
    });

    it(`should print no reader text under 7.5 pt, and allergens and cost at 8 pt or more (${locale})`, async () => {
      const items = await textItems(book(locale, "A5").file);
      const small = items.filter((item) => item.size < 7.5).map((item) => `page ${item.page}: ${item.size} pt "${item.str}"`);
      expect(small).toEqual([]);
      // pdf.js splits a run where the font subset changes (ā is in latin-ext): join neighbours of the same size again.
      const runs = items.reduce<typeof items>((out, item) => {
        const last = out.at(-1);
        if (last && last.page === item.page && last.size === item.size) last.str += item.str;
        else out.push({ ...item });
        return out;
      }, []);
      const t = model.t[locale];
      const squash = (text: string) => text.replace(/\s+/g, "");
      const labels = [t["recipe.allergensTitle"]!, t["recipe.costSentence"]!.split(" {")[0]!].map(squash);
      const costOrAllergens = runs.filter((run) => labels.some((label) => squash(run.str).startsWith(label)));
      expect(costOrAllergens.length).toBeGreaterThanOrEqual(2 * model.api.recipes.length);
      expect(costOrAllergens.filter((run) => run.size < 8)).toEqual([]);
    });

    it(`should print each meal group's name once on a page, never as a label that repeats the running head (${locale})`, async () => {
      const texts = await pageTexts(book(locale, "A5").file);
      const labels = notebook(locale, "A5").contents.map((group) => group.label);
      for (const { start, title } of recipeStarts(locale, "A5")) {
        const lines = texts[start - 1]!.split("\n").map((line) => line.trim());
        for (const label of labels) expect(lines.filter((line) => line === label).length, `${title}: ${label}`).toBeLessThanOrEqual(1);
      }
    });

    it(`should give the aid-package square a text for screen readers (${locale})`, async () => {
      const recipe = model.api.recipes.find((candidate) => candidate.ingredients.some((line) => line.fromAidPackage))!;
      const start = book(locale, "A5").pdf.destinations[`recipe-${recipe.slug}`]!;
      expect(await figureAlts(book(locale, "A5").file, start)).toContain(model.t[locale]["aid.marker"]);
    });
  }
});

describe("the real large-print notebook", () => {
  for (const locale of LOCALES) {
    it(`should set every text at 16 pt or more, running heads and page numbers included, cover and imprint aside (${locale})`, async () => {
      const items = await textItems(book(locale, "A4-large").file);
      const small = items.filter((item) => item.page > 2 && item.size < 16).map((item) => `page ${item.page}: ${item.size} pt "${item.str}"`);
      expect(small).toEqual([]);
      const sizes = items.filter((item) => item.page > 2).map((item) => item.size);
      // Body text at 18 pt: the steps and ingredients carry most of the book.
      expect(sizes.filter((size) => size >= 18).length).toBeGreaterThan(sizes.length / 3);
    });

    it(`should give each recipe at most two pages, a two-page recipe opening on a left-hand (even) page (${locale})`, async () => {
      const texts = await pageTexts(book(locale, "A4-large").file);
      const used = (from: number, to: number) => texts.slice(from - 1, to - 1).filter((text) => text.trim() !== "").length;
      for (const { title, start, next } of recipeStarts(locale, "A4-large")) {
        const pages = used(start, next);
        expect(pages, title).toBeLessThanOrEqual(2);
        if (pages === 2) expect(start % 2, `${title} starts on page ${start}`).toBe(0);
      }
    });

    it(`should leave a page blank only before a spread or the back cover (${locale})`, async () => {
      const texts = await pageTexts(book(locale, "A4-large").file);
      const starts = new Set([...recipeStarts(locale, "A4-large").map((recipe) => recipe.start), book(locale, "A4-large").pdf.destinations["back-cover"]!]);
      texts.forEach((text, index) => {
        if (text.trim() === "") expect(starts.has(index + 2), `blank page ${index + 1}`).toBe(true);
      });
    });

    it(`should start a line with each product in the index, its pages following in order (${locale})`, async () => {
      for (const format of ["A5", "A4-large"] as const) {
        const texts = await pageTexts(book(locale, format).file);
        const index = texts[book(locale, format).pdf.destinations["product-index"]! - 1]!;
        const products = notebook(locale, format).index.map((entry) => entry.product);
        expect(products.length).toBeGreaterThan(10);
        products.forEach((product, position) => {
          const line = index.split("\n").findIndex((text) => text.startsWith(`${product} `));
          expect(line, `${format}: ${product}`).toBeGreaterThan(-1);
          // Its pages run up to the next product's line (a long list may wrap).
          const lines = index.split("\n");
          const next = position + 1 < products.length ? lines.findIndex((text) => text.startsWith(`${products[position + 1]} `)) : lines.length;
          const pages = lines.slice(line, next).join(" ").slice(product.length).split(",").map((page) => Number(page.trim()));
          expect(pages.every(Number.isInteger) && pages.length > 0, `${format}: ${product}`).toBe(true);
          expect(pages, `${format}: ${product}`).toEqual([...pages].sort((a, b) => a - b));
        });
      }
    });
  }
});

describe("every real book", () => {
  for (const locale of LOCALES) {
    it(`should print no ingredient line as quantity + capitalised base form (${locale})`, async () => {
      for (const format of ["A5", "A4-large"] as const) {
        const texts = await pageTexts(book(locale, format).file);
        const lines = recipeStarts(locale, format).flatMap(({ start }) => ingredientLines(texts[start - 1]!, locale));
        expect(lines.length, format).toBeGreaterThanOrEqual(model.api.recipes.reduce((sum, recipe) => sum + recipe.ingredients.length, 0));
        // "2 gab. Biete", "800 ml Ūdens", "pēc garšas Sāls", "2 pcs Beetroot", "to taste Salt".
        const bad = lines.filter((line) => /^[\d½⅓¼¾⅔][\d,.½⅓¼¾⅔]*[ \u00a0]+(?:\S+[ \u00a0]+)?\p{Lu}/u.test(line) || /^(pēc garšas|to taste) /.test(line) || /\bgab\.|\bpcs?\b/.test(line));
        expect(bad, format).toEqual([]);
      }
    });

    it(`should print no note addressed to editors and no layout hint (${locale})`, async () => {
      for (const format of FORMATS) {
        const texts = await pageTexts(book(locale, format).file);
        const notes = texts.flatMap((text, index) => editorNotes(text.replace(/\s+/g, " ")).map((note) => `${format} page ${index + 1}: ${note.what} "${note.found}"`));
        expect(notes).toEqual([]);
      }
    });
  }
});
