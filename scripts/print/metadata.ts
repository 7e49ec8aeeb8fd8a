// Sets a PDF's document information with pdf-lib, with dates from SOURCE_DATE_EPOCH so the bytes are reproducible.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { destinationPages } from "./pagerefs.ts";
import { loadPdf, savePdf } from "./pdf-io.ts";
import { renumberStructureIds } from "./structure-ids.ts";

export interface BookMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  date: Date;
  /** The book's heading texts: Chromium drops the spaces where a heading wraps when it writes bookmarks; these restore them. */
  headings?: readonly string[];
}

export interface FinishedPdf {
  bytes: Uint8Array;
  pages: number;
  /** Page of every link target, read while the document is open anyway (see pagerefs.ts). */
  destinations: Record<string, number>;
}

/**
 * Rewrites the metadata Chromium wrote (its own dates and name) and the ids of its structure elements (which vary from
 * one print to the next), and returns the new bytes, page count and link targets.
 */
export async function finishPdf(bytes: Uint8Array, meta: BookMetadata): Promise<FinishedPdf> {
  const doc = await loadPdf(bytes);
  const destinations = await destinationPages(doc);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setLanguage(meta.language);
  doc.setCreator("Recepšu burtnīca");
  doc.setProducer("Recepšu burtnīca (Chromium, pdf-lib)");
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  if (meta.headings) repairOutline(doc, meta.headings);
  renumberStructureIds(doc);
  const out = await savePdf(doc);
  return { bytes: out, pages: doc.getPageCount(), destinations };
}

/**
 * Replaces each bookmark title by the heading it was made from, matched with all white space removed.
 * (Chromium also writes some headings twice over, "ZupasZupas"; those match their heading too.)
 */
export function repairOutline(doc: PDFDocument, headings: readonly string[]): void {
  const squash = (text: string) => text.replace(/\s+/g, "");
  const byKey = new Map(headings.flatMap((heading) => {
    const clean = heading.replace(/\s+/g, " ").trim();
    return [[squash(heading), clean], [squash(heading).repeat(2), clean]] as [string, string][];
  }));
  const walk = (first: PDFDict | undefined) => {
    for (let node = first; node; node = node.lookupMaybe(PDFName.of("Next"), PDFDict)) {
      const title = node.lookup(PDFName.of("Title"));
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : undefined;
      const fixed = text === undefined ? undefined : byKey.get(squash(text));
      if (fixed !== undefined && fixed !== text) node.set(PDFName.of("Title"), PDFHexString.fromText(fixed));
      walk(node.lookupMaybe(PDFName.of("First"), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict)?.lookupMaybe(PDFName.of("First"), PDFDict));
}

/** The text of every h1–h6 in an HTML document that this project generated. */
export function headingTexts(html: string): string[] {
  const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": "\u00a0" };
  return [...html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((match) => match[1]!.replace(/<[^>]*>/g, "").replace(/&[#a-z0-9]+;/g, (entity) => entities[entity] ?? entity));
}
