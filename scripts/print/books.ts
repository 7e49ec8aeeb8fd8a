// Prints every edition: a screen layout in page-sized columns guesses the pages of contents and index targets, the final tagged print carries them and proves them.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Browser } from "puppeteer";
import { step } from "../log.ts";
import type { SiteModel } from "../site/model.ts";
import { editionRecord, editionsFor, textAreaMm, type Edition, type EditionRecord } from "./editions.ts";
import { imposeBooklet } from "./impose.ts";
import { finishPdf, headingTexts, type BookMetadata, type FinishedPdf } from "./metadata.ts";
import { layoutPages } from "./guess.ts";
import { padSpreads, setPadsInHtml, setPadsInPage } from "./spreads.ts";
import { fillPageNumbers, pageSpans } from "./pagerefs.ts";
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
        finished = await finishPdf(await imposeBooklet(notebook.bytes, instructions, { backCover: true }), meta);
      } else {
        if (edition.kind === "handbook") await fillFromNotebook(htmlFile, notebooks.get(edition.locale)?.destinations ?? {});
        finished = await printWithPageNumbers(browser, htmlFile, outDir, meta, textAreaMm(edition));
        if (edition.kind === "notebook" && edition.format === "A5") notebooks.set(edition.locale, finished);
        if (edition.kind === "notebook") noteLongRecipes(view, edition, finished.destinations);
      }
      await writeFile(path.join(outDir, edition.pdf), finished.bytes);
      return editionRecord(edition, view.title, finished.pages, finished.bytes);
    });
    records.push(record);
  }
  await writeFile(path.join(outDir, "downloads", "editions.json"), `${JSON.stringify(records, null, 2)}\n`);
  return records;
}

/** The phases of printWithPageNumbers, for anyone timing it (the PDF benchmark). */
export const PRINT_PHASES = [
  "open tab + load the HTML",
  "guess pages (screen layout in page-sized columns)",
  "page numbers into the HTML file and the page",
  "final print (tagged, outline)",
  "finishPdf (pdf-lib: read back, metadata, outline, save)",
  "close tab",
] as const;
export type PrintPhase = (typeof PRINT_PHASES)[number];
/** Seconds spent in each phase, added up over passes. */
export type PhaseTimes = Partial<Record<PrintPhase, number>>;

/**
 * Our pipeline for one book, in one tab: the page of every link target is guessed from a screen layout in page-sized
 * columns (guess.ts), the numbers go into the page and into `htmlFile`, and the final tagged print is finished (metadata,
 * bookmarks) and read back. If any target landed elsewhere, the numbers read back go in and the book is printed again
 * (page numbers are as wide as the stand-ins, so a second print settles); `prints` says how many tagged prints it took.
 * What must open on a left-hand page gets a blank page before it where needed, decided from the same layout and checked
 * against the print like the page numbers (spreads.ts).
 */
export async function printWithPageNumbers(browser: Browser, htmlFile: string, allowDir: string, meta: BookMetadata, textAreaMm: [number, number], times: PhaseTimes = {}): Promise<FinishedPdf & { prints: number }> {
  const timed = async <T>(phase: PrintPhase, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      times[phase] = (times[phase] ?? 0) + (performance.now() - start) / 1000;
    }
  };
  let html = await readFile(htmlFile, "utf8");
  const document = await timed("open tab + load the HTML", () => openForPrint(browser, { htmlFile, allowDir }));
  try {
    const layout = await timed("guess pages (screen layout in page-sized columns)", () => layoutPages(document.page, textAreaMm));
    // Blank pages where a spread would open on a right-hand page (spreads.ts); every start is also a link target.
    const starts = layout.starts.map((start) => start.id);
    let { shown: pads, pages } = padSpreads(layout.starts, [], layout.links);
    const setPads = async (shown: string[]) => {
      html = setPadsInHtml(html, shown);
      await setPadsInPage(document.page, shown);
      pads = shown;
    };
    if (pads.length > 0) await setPads(pads);
    for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
      const filled = fillPageNumbers(html, pages);
      // A guess may miss a target; only what the printed book itself lacks is an error.
      if (pass > 1 && filled.missing.length > 0) throw new Error(`${htmlFile}: no page found for ${filled.missing.join(", ")}`);
      html = filled.html;
      await timed("page numbers into the HTML file and the page", async () => {
        await writeFile(htmlFile, html);
        await document.page.evaluate(writePageNumbers, pages);
      });
      const printed = await timed("final print (tagged, outline)", () => document.print({ tagged: true }));
      const finished = await timed("finishPdf (pdf-lib: read back, metadata, outline, save)", () => finishPdf(printed, { ...meta, headings: headingTexts(html) }));
      const repadded = padSpreads(starts.map((id) => ({ id, page: finished.destinations[id] ?? 0 })), pads, finished.destinations);
      const padsSettled = repadded.shown.join() === pads.join();
      if (samePages(pages, finished.destinations) && padsSettled) return { ...finished, prints: pass };
      if (!padsSettled) await setPads(repadded.shown);
      pages = repadded.pages;
    }
  } finally {
    await timed("close tab", () => document.close());
  }
  throw new Error(`${htmlFile}: page numbers did not settle after ${MAX_PASSES} prints`);
}

/** Runs inside the page: writes each number into its `data-page-of` stand-in (refs into another book, "book:id", stay). */
function writePageNumbers(pages: Record<string, number>): void {
  for (const element of Array.from(document.querySelectorAll("[data-page-of]"))) {
    const id = element.getAttribute("data-page-of") ?? "";
    if (!id.includes(":") && pages[id] !== undefined) element.textContent = String(pages[id]);
  }
}

/** Says on stderr which recipes take more than one A5 page, or more than their large-print spread, so that their authors can shorten them. */
function noteLongRecipes(view: PrintView, edition: Edition, pages: Record<string, number>): void {
  const endPage = pages["product-index"];
  if (view.book !== "notebook" || endPage === undefined) return;
  const spans = pageSpans(view.recipes.map((recipe) => recipe.anchor), pages, endPage);
  const [most, room] = view.spreads ? [2, "its two-page spread"] : [1, "one page"];
  for (const recipe of view.recipes) {
    const span = spans.get(recipe.anchor) ?? 1;
    if (span > most) process.stderr.write(`  Note: "${recipe.title}" takes ${span} pages in ${edition.pdf}; shorter steps or notes in content/recipes/${recipe.slug}/index.${edition.locale}.md would fit it on ${room}.\n`);
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
