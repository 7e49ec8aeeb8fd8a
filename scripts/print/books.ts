// The print step: every book's HTML printed to PDF, two at a time; each A5 notebook before the booklet made from it, and both notebooks of a language before the handbook that cites their pages.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Browser } from "puppeteer";
import type { HandbookPrint, PrintView } from "../present/books.ts";
import type { Edition, EditionRecord } from "../present/editions.ts";
import { imposeBooklet } from "./impose.ts";
import { finishPdf, headingTexts, type BookMetadata, type FinishedPdf } from "./metadata.ts";
import { layoutPages, printAreaPx } from "./guess.ts";
import { padSpreads, setPadsInHtml, setPadsInPage } from "./spreads.ts";
import { fillPageNumbers, pageSpans } from "./pagerefs.ts";
import { openForPrint, printToPdf } from "./render.ts";

const MAX_PASSES = 3;

/** The phases of printing one book, for anyone timing them (the PDF benchmark). */
export type PrintPhase = "open" | "guess" | "fill" | "print" | "finish" | "close";
/** Called with the seconds each phase took. */
export type PhaseHook = (phase: PrintPhase, seconds: number) => void;

export interface PrintOptions {
  /** The output folder: print HTML in print/, PDFs go to downloads/. */
  outDir: string;
  /** SOURCE_DATE_EPOCH: the books' dates. */
  epoch: number;
  /** Says which recipes run longer than their page (for their authors). */
  note?: (message: string) => void;
  onPhase?: PhaseHook;
  /** Called when one book is done, with its PDF path, seconds, and how many tagged prints it took (0: imposed, not printed). */
  onBook?: (pdf: string, seconds: number, prints: number) => void;
}

/**
 * Prints every book into `outDir/downloads`, writes downloads/editions.json, and returns its records. Each browser prints one
 * book at a time: tabs of one browser share a renderer process for file:// pages, so only separate browsers print in parallel
 * (and two prints in one renderer do not always give the same bytes).
 */
export async function printBooks(browsers: readonly Browser[], books: readonly PrintView[], options: PrintOptions): Promise<EditionRecord[]> {
  /** The notebooks being printed, by "<locale> <format>". */
  const notebooks = new Map<string, Promise<FinishedPdf>>();
  const records = new Map<string, EditionRecord>();
  const queue = new BrowserPool(browsers);
  const printOne = async (book: PrintView): Promise<FinishedPdf> => {
    const start = performance.now();
    const { edition } = book;
    const htmlFile = path.join(options.outDir, edition.html);
    const meta = bookMetadata(book, options.epoch);
    let finished: FinishedPdf;
    let prints = 0;
    if (edition.format === "A4-booklet") {
      // The one-page instructions print first, while the browsers are free; the pages are imposed once the A5 notebook is printed.
      const instructions = await queue.run((browser) => printToPdf(browser, { htmlFile, allowDir: options.outDir }));
      const notebook = await notebooks.get(`${edition.locale} A5`)!;
      finished = await finishPdf(await imposeBooklet(notebook.bytes, instructions, { backCover: true }), meta);
    } else {
      if (edition.kind === "handbook") await fillFromNotebooks(htmlFile, { a5: notebooks.get(`${edition.locale} A5`), large: notebooks.get(`${edition.locale} A4-large`) });
      const numbered = await queue.run((browser) => printWithPageNumbers(browser, htmlFile, options.outDir, meta, printAreaPx(edition), options.onPhase));
      ({ prints, ...finished } = numbered);
      if (book.book === "notebook") noteLongRecipes(book, edition, finished.destinations, options.note);
      if (book.book === "handbook") noteLongMasters(book, edition, finished, options.note);
    }
    await writeFile(path.join(options.outDir, edition.pdf), finished.bytes);
    records.set(edition.id, editionRecord(edition, book.title, finished, prints === 0 ? {} : finished.destinations));
    options.onBook?.(edition.pdf, (performance.now() - start) / 1000, prints);
    return finished;
  };
  // The booklets' one-page instructions first, then the A5 notebooks, then the large print: the booklets are imposed from the A5
  // ones, and the handbooks cite the pages of both, so the handbooks come last and find both browsers free.
  const order = [...books].sort((a, b) => rank(a.edition) - rank(b.edition));
  const done: Promise<FinishedPdf>[] = [];
  for (const book of order) {
    const job = printOne(book);
    if (book.edition.kind === "notebook" && book.edition.format !== "A4-booklet") notebooks.set(`${book.edition.locale} ${book.edition.format}`, job);
    done.push(job);
  }
  await settleAll(done);
  const list = books.map((book) => records.get(book.edition.id)!);
  await writeFile(path.join(options.outDir, "downloads", "editions.json"), `${JSON.stringify(list, null, 2)}\n`);
  return list;
}

function rank(edition: Edition): number {
  return edition.format === "A4-booklet" ? 0 : edition.format === "A5" ? 1 : edition.format === "A4-large" ? 2 : 3;
}

/** Waits for every job, then throws the first failure (so no print is left running when the command stops). */
async function settleAll(jobs: readonly Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(jobs);
  const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
}

/** Lends each browser to one task at a time, in the order the tasks asked. */
class BrowserPool {
  private free: Browser[];
  private waiting: ((browser: Browser) => void)[] = [];
  constructor(browsers: readonly Browser[]) {
    if (browsers.length === 0) throw new Error("no browser to print with");
    this.free = [...browsers];
  }

  async run<T>(task: (browser: Browser) => Promise<T>): Promise<T> {
    const browser = this.free.pop() ?? (await new Promise<Browser>((resolve) => this.waiting.push(resolve)));
    try {
      return await task(browser);
    } finally {
      const next = this.waiting.shift();
      if (next) next(browser);
      else this.free.push(browser);
    }
  }
}

/** The document information of a book's PDF. */
export function bookMetadata(book: PrintView, epoch: number): BookMetadata {
  return { title: `${book.title} (${book.languageName}, ${book.edition.format})`, author: book.organisation, subject: book.subtitle, keywords: book.keywords, language: book.locale, date: new Date(epoch * 1000) };
}

/**
 * One book, in one tab: the page of every link target is guessed from a screen layout in page-sized
 * columns (guess.ts), the numbers go into the page and into `htmlFile`, and the final tagged print is finished (metadata,
 * bookmarks) and read back. If any target landed elsewhere, the numbers read back go in and the book is printed again
 * (page numbers are as wide as the stand-ins, so a second print settles); `prints` says how many tagged prints it took.
 * What must open on a left-hand page gets a blank page before it where needed, decided from the same layout and checked
 * against the print like the page numbers (spreads.ts).
 */
export async function printWithPageNumbers(browser: Browser, htmlFile: string, allowDir: string, meta: BookMetadata, printArea: [number, number], onPhase?: PhaseHook): Promise<FinishedPdf & { prints: number }> {
  const timed = async <T>(phase: PrintPhase, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      onPhase?.(phase, (performance.now() - start) / 1000);
    }
  };
  let html = await readFile(htmlFile, "utf8");
  const document = await timed("open", () => openForPrint(browser, { htmlFile, allowDir }));
  try {
    const layout = await timed("guess", () => layoutPages(document.page, printArea));
    // Blank pages where a spread or a master would open on the wrong side (spreads.ts); every start is also a link target.
    const starts = layout.starts;
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
      await timed("fill", async () => {
        await writeFile(htmlFile, html);
        await document.page.evaluate(writePageNumbers, pages);
      });
      const printed = await timed("print", () => document.print({ tagged: true }));
      const finished = await timed("finish", () => finishPdf(printed, { ...meta, headings: headingTexts(html) }));
      const repadded = padSpreads(starts.map((start) => ({ ...start, page: finished.destinations[start.id] ?? 0 })), pads, finished.destinations);
      const padsSettled = repadded.shown.join() === pads.join();
      if (samePages(pages, finished.destinations) && padsSettled) return { ...finished, prints: pass };
      if (!padsSettled) await setPads(repadded.shown);
      pages = repadded.pages;
    }
  } finally {
    await timed("close", () => document.close());
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

/** Says which recipes take more than one A5 page, or more than their large-print spread, so that their authors can shorten them. */
function noteLongRecipes(book: PrintView, edition: Edition, pages: Record<string, number>, note?: (message: string) => void): void {
  const endPage = pages["product-index"];
  if (!note || book.book !== "notebook" || endPage === undefined) return;
  const spans = pageSpans(book.recipes.map((recipe) => recipe.anchor), pages, endPage);
  const [most, room] = book.spreads ? [2, "its two-page spread"] : [1, "one page"];
  for (const recipe of book.recipes) {
    const span = spans.get(recipe.anchor) ?? 1;
    if (span > most) note(`"${recipe.title}" takes ${span} pages in ${edition.pdf}; shorter steps or notes in content/recipes/${recipe.slug}/index.${edition.locale}.md would fit it on ${room}.`);
  }
}

/** Fills the handbook's references into each notebook ("a5:recipe-x", "large:recipe-x") with the pages that notebook printed them on. */
/** Says which masters of the handbook take more than one sheet (two pages), so that their authors can shorten them. */
function noteLongMasters(book: HandbookPrint, edition: Edition, printed: FinishedPdf, note?: (message: string) => void): void {
  if (!note) return;
  const masters = book.kit.groups.flatMap((group) => group.masters);
  const spans = pageSpans(masters.map((master) => master.anchor), printed.destinations, printed.pages + 1);
  for (const master of masters) {
    const span = spans.get(master.anchor) ?? 1;
    if (span > 2) note(`"${master.entry}" takes ${Math.ceil(span / 2)} sheets in ${edition.pdf}; fewer or shorter items in ${master.source} would fit it on one sheet (two pages).`);
  }
}

async function fillFromNotebooks(htmlFile: string, notebooks: Record<"a5" | "large", Promise<FinishedPdf> | undefined>): Promise<void> {
  let html = await readFile(htmlFile, "utf8");
  for (const [prefix, printing] of Object.entries(notebooks)) {
    const filled = fillPageNumbers(html, (await printing)?.destinations ?? {}, `${prefix}:`);
    if (filled.missing.length > 0) throw new Error(`${htmlFile}: the ${prefix} notebook has no page for ${filled.missing.join(", ")}`);
    html = filled.html;
  }
  await writeFile(htmlFile, html);
}

function samePages(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** One entry of downloads/editions.json; `anchors` in sorted order, so the file is the same for the same book. */
function editionRecord(edition: Edition, title: string, pdf: FinishedPdf, anchors: Record<string, number>): EditionRecord {
  return {
    file: edition.pdf.replace(/^downloads\//, ""),
    kind: edition.kind,
    locale: edition.locale,
    format: edition.format,
    title,
    pages: pdf.pages,
    bytes: pdf.bytes.byteLength,
    sha256: createHash("sha256").update(pdf.bytes).digest("hex"),
    anchors: Object.fromEntries(Object.entries(anchors).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}
