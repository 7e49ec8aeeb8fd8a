// Page numbers for contents and indexes: where each link target landed in a printed PDF, and filling them into the HTML.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from "pdf-lib";
import { loadPdf } from "./pdf-io.ts";

/** Stand-in printed before page numbers are known: as wide as any real number, so filling it in never lengthens a line. */
export const UNKNOWN_PAGE = "000";

/** Maps every named destination (an element id that a link points to) to its 1-based page number. */
export async function destinationPages(pdf: Uint8Array | PDFDocument): Promise<Record<string, number>> {
  const doc = pdf instanceof PDFDocument ? pdf : await loadPdf(pdf);
  const pageIndex = new Map<string, number>(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const dests = doc.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  const pages: Record<string, number> = {};
  if (!dests) return pages;
  for (const [name, value] of dests.entries()) {
    const target = doc.context.lookup(value);
    const array = target instanceof PDFArray ? target : target instanceof PDFDict ? target.lookupMaybe(PDFName.of("D"), PDFArray) : undefined;
    const pageRef = array?.get(0);
    if (pageRef instanceof PDFRef && pageIndex.has(pageRef.toString())) pages[decodeName(name.asString())] = pageIndex.get(pageRef.toString())!;
  }
  return pages;
}

/** PDF names escape bytes as #xx; element ids come back as UTF-8 text. */
function decodeName(name: string): string {
  const raw = name.replace(/^\//, "");
  return Buffer.from(raw.replace(/#([0-9a-fA-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
}

/**
 * Replaces each `data-page-of="<prefix><id>">000<` stand-in with the page number of `id` in `pages`.
 * Returns the new HTML and the ids that had no page (so the caller can fail loudly).
 */
export function fillPageNumbers(html: string, pages: Record<string, number>, prefix = ""): { html: string; missing: string[] } {
  const missing: string[] = [];
  // Ids never contain ":", so refs into another book ("notebook:recipe-x") are left alone when filling this book's own.
  const pattern = new RegExp(`(data-page-of="${escapeRegExp(prefix)}([^":]+)">)[^<]*(<)`, "g");
  const filled = html.replace(pattern, (_match, open: string, id: string, close: string) => {
    const page = pages[id];
    if (page === undefined) {
      missing.push(id);
      return `${open}${UNKNOWN_PAGE}${close}`;
    }
    return `${open}${page}${close}`;
  });
  return { html: filled, missing };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * How many pages each of `ids` (link targets in book order, each starting a page) spans: up to the page of the next id,
 * the last one up to `endPage` (the page of whatever follows it). Ids without a page are left out.
 */
export function pageSpans(ids: readonly string[], pages: Record<string, number>, endPage: number): Map<string, number> {
  const spans = new Map<string, number>();
  ids.forEach((id, index) => {
    const start = pages[id];
    const end = index + 1 < ids.length ? pages[ids[index + 1]!] : endPage;
    if (start !== undefined && end !== undefined) spans.set(id, end - start);
  });
  return spans;
}
