// Prints every edition: a fast untagged pass finds the pages of contents and index targets, the final tagged print carries them.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "puppeteer";
import { step } from "../log.ts";
import type { SiteModel } from "../site/model.ts";
import { editionRecord, editionsFor, type Edition, type EditionRecord } from "./editions.ts";
import { imposeBooklet } from "./impose.ts";
import { finishPdf, headingTexts } from "./metadata.ts";
import { destinationPages, fillPageNumbers } from "./pagerefs.ts";
import { printToPdf } from "./render.ts";
import type { PrintView } from "./view.ts";

const MAX_PASSES = 3;

/** Prints all editions of the model into `outDir/downloads` and writes editions.json. */
export async function printBooks(browser: Browser, outDir: string, model: SiteModel, epoch: number): Promise<EditionRecord[]> {
  const records: EditionRecord[] = [];
  const notebookPages = new Map<string, Record<string, number>>();
  const notebookPdfs = new Map<string, Uint8Array>();
  for (const edition of editionsFor(model.locales)) {
    const view = model.prints.find((print) => print.edition.id === edition.id);
    if (!view) throw new Error(`no print view for ${edition.id}`);
    const record = await step(`PDF ${edition.pdf}`, async () => {
      const meta = { title: `${view.title} (${view.languageName}, ${edition.format})`, author: view.organisation, subject: view.subtitle, keywords: view.keywords, language: edition.locale, date: new Date(epoch * 1000) };
      let raw: Uint8Array;
      if (edition.format === "A4-booklet") {
        const instructions = await printToPdf(browser, { htmlFile: path.join(outDir, edition.html), allowDir: outDir });
        raw = await imposeBooklet(notebookPdfs.get(edition.locale)!, instructions);
      } else {
        const htmlFile = path.join(outDir, edition.html);
        if (edition.kind === "handbook") await fillFromNotebook(htmlFile, notebookPages.get(edition.locale) ?? {});
        const printed = await printWithPageNumbers(browser, htmlFile, outDir);
        raw = printed.pdf;
        if (edition.kind === "notebook" && edition.format === "A5") notebookPages.set(edition.locale, printed.pages);
      }
      const headings = headingTexts(await readFile(path.join(outDir, edition.format === "A4-booklet" ? edition.html.replace("-a4-booklet", "-a5") : edition.html), "utf8"));
      const finished = await finishPdf(raw, { ...meta, headings });
      if (edition.format === "A5") notebookPdfs.set(edition.locale, finished.bytes);
      await writeFile(path.join(outDir, edition.pdf), finished.bytes);
      return editionRecord(edition, view.title, finished.pages, finished.bytes);
    });
    records.push(record);
  }
  await writeFile(path.join(outDir, "downloads", "editions.json"), `${JSON.stringify(records, null, 2)}\n`);
  return records;
}

/** Prints `htmlFile` with its page references filled in; the file is rewritten with the final numbers. */
export async function printWithPageNumbers(browser: Browser, htmlFile: string, allowDir: string): Promise<{ pdf: Uint8Array; pages: Record<string, number> }> {
  let html = await readFile(htmlFile, "utf8");
  let pages = await destinationPages(await printToPdf(browser, { htmlFile, allowDir, tagged: false }));
  for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
    const filled = fillPageNumbers(html, pages);
    if (filled.missing.length > 0) throw new Error(`${htmlFile}: no page found for ${filled.missing.join(", ")}`);
    html = filled.html;
    await writeFile(htmlFile, html);
    const pdf = await printToPdf(browser, { htmlFile, allowDir });
    const final = await destinationPages(pdf);
    if (samePages(pages, final)) return { pdf, pages: final };
    pages = final;
  }
  throw new Error(`${htmlFile}: page numbers did not settle after ${MAX_PASSES} prints`);
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
