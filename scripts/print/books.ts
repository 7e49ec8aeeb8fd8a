// Prints every edition: a fast untagged pass finds the pages of contents and index targets, the final tagged print carries them.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "puppeteer";
import { step } from "../log.ts";
import type { SiteModel } from "../site/model.ts";
import { editionRecord, editionsFor, type Edition, type EditionRecord } from "./editions.ts";
import { imposeBooklet } from "./impose.ts";
import { finishPdf, headingTexts, type BookMetadata, type FinishedPdf } from "./metadata.ts";
import { destinationPages, fillPageNumbers, MEASURE_CSS, pageSpans } from "./pagerefs.ts";
import { openForPrint, printToPdf } from "./render.ts";
import type { PrintView } from "./view.ts";

const MAX_PASSES = 3;

/** Prints all editions of the model into `outDir/downloads` and writes editions.json. */
export async function printBooks(browser: Browser, outDir: string, model: SiteModel, epoch: number): Promise<EditionRecord[]> {
  const records: EditionRecord[] = [];
  const notebooks = new Map<string, FinishedPdf>();
  for (const edition of editionsFor(model.locales)) {
    const view = model.prints.find((print) => print.edition.id === edition.id);
    if (!view) throw new Error(`no print view for ${edition.id}`);
    const record = await step(`PDF ${edition.pdf}`, async () => {
      const htmlFile = path.join(outDir, edition.html);
      const meta: BookMetadata = { title: `${view.title} (${view.languageName}, ${edition.format})`, author: view.organisation, subject: view.subtitle, keywords: view.keywords, language: edition.locale, date: new Date(epoch * 1000) };
      let finished: FinishedPdf;
      if (edition.format === "A4-booklet") {
        const notebook = notebooks.get(edition.locale)!;
        const instructions = await printToPdf(browser, { htmlFile, allowDir: outDir });
        finished = await finishPdf(await imposeBooklet(notebook.bytes, instructions), meta);
      } else {
        if (edition.kind === "handbook") await fillFromNotebook(htmlFile, notebooks.get(edition.locale)?.destinations ?? {});
        finished = await printWithPageNumbers(browser, htmlFile, outDir, meta);
        if (edition.kind === "notebook" && edition.format === "A5") {
          notebooks.set(edition.locale, finished);
          noteLongRecipes(view, edition, finished.destinations);
        }
      }
      await writeFile(path.join(outDir, edition.pdf), finished.bytes);
      return editionRecord(edition, view.title, finished.pages, finished.bytes);
    });
    records.push(record);
  }
  await writeFile(path.join(outDir, "downloads", "editions.json"), `${JSON.stringify(records, null, 2)}\n`);
  return records;
}

/**
 * Our pipeline for one book, in one tab: a cheap measuring print (MEASURE_CSS: only links and their targets painted) finds
 * the page of every link target; the numbers go into the page and into `htmlFile`; the final tagged print is finished
 * (metadata, bookmarks) and checked to carry the same numbers.
 */
export async function printWithPageNumbers(browser: Browser, htmlFile: string, allowDir: string, meta: BookMetadata): Promise<FinishedPdf> {
  let html = await readFile(htmlFile, "utf8");
  const document = await openForPrint(browser, { htmlFile, allowDir });
  try {
    const measure = await document.page.addStyleTag({ content: MEASURE_CSS });
    let pages = await destinationPages(await document.print({ tagged: false }));
    await measure.evaluate((element) => element.remove());
    for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
      const filled = fillPageNumbers(html, pages);
      if (filled.missing.length > 0) throw new Error(`${htmlFile}: no page found for ${filled.missing.join(", ")}`);
      html = filled.html;
      await writeFile(htmlFile, html);
      await document.page.$$eval("[data-page-of]", (elements, numbers) => {
        for (const element of elements) {
          const id = element.getAttribute("data-page-of") ?? "";
          if (!id.includes(":") && numbers[id] !== undefined) element.textContent = String(numbers[id]);
        }
      }, pages);
      const finished = await finishPdf(await document.print({ tagged: true }), { ...meta, headings: headingTexts(html) });
      if (samePages(pages, finished.destinations)) return finished;
      pages = finished.destinations;
    }
  } finally {
    await document.close();
  }
  throw new Error(`${htmlFile}: page numbers did not settle after ${MAX_PASSES} prints`);
}

/** Says on stderr which recipes take more than one page of the A5 notebook, so that their authors can shorten them. */
function noteLongRecipes(view: PrintView, edition: Edition, pages: Record<string, number>): void {
  const endPage = pages["product-index"];
  if (view.book !== "notebook" || endPage === undefined) return;
  const spans = pageSpans(view.recipes.map((recipe) => recipe.anchor), pages, endPage);
  for (const recipe of view.recipes) {
    const span = spans.get(recipe.anchor) ?? 1;
    if (span > 1) process.stderr.write(`  Note: "${recipe.title}" takes ${span} pages in ${edition.pdf}; shorter steps or notes in content/recipes/${recipe.slug}/index.${edition.locale}.md would fit it on one page.\n`);
  }
}

async function fillFromNotebook(htmlFile: string, pages: Record<string, number>): Promise<void> {
  const filled = fillPageNumbers(await readFile(htmlFile, "utf8"), pages, "notebook:");
  if (filled.missing.length > 0) throw new Error(`${htmlFile}: the notebook has no page for ${filled.missing.join(", ")}`);
  await writeFile(htmlFile, filled.html);
}

function samePages(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export type { Edition, PrintView };
