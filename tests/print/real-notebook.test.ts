// The A5 notebook of the project's real recipes, printed as the build prints it: one page per recipe, small file.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../scripts/build.ts";
import { printWithPageNumbers } from "../../scripts/print/books.ts";
import { launchBrowser } from "../../scripts/print/browser.ts";
import { textAreaMm } from "../../scripts/print/editions.ts";
import type { FinishedPdf } from "../../scripts/print/metadata.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { projectRoot } from "../helpers/fixture.ts";
import { contentsEntries } from "../helpers/print-html.ts";

let work = "";
let browser: Browser;
let model: SiteModel;
const printed = new Map<string, { pdf: FinishedPdf & { prints: number }; html: string }>();

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "burtnica-real-"));
  model = await build({ root: projectRoot, outDir: work, pdf: false });
  browser = await launchBrowser();
  for (const locale of ["lv", "en"]) {
    const view = model.prints.find((print) => print.edition.locale === locale && print.edition.format === "A5")!;
    const htmlFile = path.join(work, view.edition.html);
    const pdf = await printWithPageNumbers(browser, htmlFile, work, { title: view.title, author: view.organisation, subject: view.subtitle, keywords: view.keywords, language: locale, date: new Date(0) }, textAreaMm(view.edition));
    printed.set(locale, { pdf, html: await readFile(htmlFile, "utf8") });
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

describe("the real A5 notebook", () => {
  for (const locale of ["lv", "en"]) {
    it(`should give every recipe exactly one page (${locale})`, () => {
      const { html } = printed.get(locale)!;
      const pages = contentsEntries(html);
      expect(pages.length).toBe(model.api.recipes.length + 1);
      const spans = pages.slice(0, -1).map((entry, index) => `${entry.title}: ${pages[index + 1]!.page - entry.page}`);
      expect(spans).toEqual(pages.slice(0, -1).map((entry) => `${entry.title}: 1`));
    });

    it(`should print it once: the column layout guessed every page number right (${locale})`, () => {
      expect(printed.get(locale)!.pdf.prints).toBe(1);
    });

    it(`should stay under 100 KB per page on average (${locale})`, () => {
      const { pdf } = printed.get(locale)!;
      expect(pdf.bytes.byteLength / pdf.pages).toBeLessThan(100 * 1024);
    });
  }
});
