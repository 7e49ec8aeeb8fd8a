// Booklet imposition: lays the A5 book two pages to an A4-landscape side, in saddle-stitch order, for duplex printing.
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
} from "pdf-lib";
import { loadPdf, savePdf } from "./pdf-io.ts";

/** A4 landscape in PDF points: one printed side of a sheet. */
const SHEET_WIDTH = 842;
const SHEET_HEIGHT = 595;
const HALF_WIDTH = SHEET_WIDTH / 2;

export interface BookletSheet {
  /** Outside of the sheet: [left, right] page numbers. */
  front: [number, number];
  /** Inside of the sheet: [left, right] page numbers. */
  back: [number, number];
}

/**
 * The saddle-stitch order for `pageCount` pages, padded up to a multiple of 4. Page numbers are 1-based;
 * a number greater than `pageCount` is a blank padding page.
 */
export function bookletOrder(pageCount: number): BookletSheet[] {
  if (!Number.isInteger(pageCount) || pageCount < 1) {
    throw new RangeError(`A booklet needs a whole number of pages, at least 1 (got ${pageCount}).`);
  }
  const padded = Math.ceil(pageCount / 4) * 4;
  const sheets: BookletSheet[] = [];
  for (let sheet = 1; sheet <= padded / 4; sheet += 1) {
    sheets.push({
      front: [padded - 2 * sheet + 2, 2 * sheet - 1],
      back: [2 * sheet, padded - 2 * sheet + 1],
    });
  }
  return sheets;
}

/**
 * Imposes the A5 PDF `a5` as a booklet: one A4-landscape page per printed side (front, then back, for each sheet),
 * each source page unscaled and centred in its half. With `instructions`, that PDF's first page comes first,
 * followed by a blank page so the booklet sheets still start on a front side. With `backCover`, the last A5 page
 * stays the outside back of the booklet and the blank pages that fill the last sheet go before it. Metadata is
 * copied from `a5` and the bytes are deterministic (no random resource names, dates taken from the source).
 */
export async function imposeBooklet(a5: Uint8Array, instructions?: Uint8Array, options: { backCover?: boolean } = {}): Promise<Uint8Array> {
  const source = await loadPdf(a5);
  const pageCount = source.getPageCount();
  const sheets = bookletOrder(pageCount);
  const padded = sheets.length * 4;
  // The A5 page printed at each booklet position (undefined: blank).
  const pageAt = (position: number): number | undefined => {
    if (options.backCover && position === padded) return pageCount;
    if (options.backCover && position >= pageCount) return undefined;
    return position <= pageCount ? position : undefined;
  };

  const out = await PDFDocument.create({ updateMetadata: false });
  copyMetadata(source, out);

  if (instructions !== undefined) {
    const instructionDoc = await loadPdf(instructions);
    if (instructionDoc.getPageCount() < 1) throw new RangeError("The printing-instructions PDF has no pages.");
    const [instructionPage] = await out.copyPages(instructionDoc, [0]);
    out.addPage(instructionPage);
    out.addPage([SHEET_WIDTH, SHEET_HEIGHT]);
  }

  // Embed each page's visible area (CropBox, else MediaBox), moved so its lower-left corner is the origin.
  // A page without a content stream is blank and cannot be embedded, so its half stays empty.
  const withContent = source
    .getPages()
    .map((page, index) => ({ page, number: index + 1 }))
    .filter(({ page }) => page.node.Contents() !== undefined);
  const boxes = withContent.map(({ page }) => {
    const box = page.getCropBox();
    return { left: box.x, bottom: box.y, right: box.x + box.width, top: box.y + box.height };
  });
  const forms = await out.embedPages(withContent.map(({ page }) => page), boxes);
  const embedded = new Map(withContent.map(({ number }, index) => [number, forms[index]]));

  for (const sheet of sheets) {
    for (const side of [sheet.front, sheet.back]) {
      const page = out.addPage([SHEET_WIDTH, SHEET_HEIGHT]);
      side.forEach((position, half) => {
        const number = pageAt(position);
        const form = number === undefined ? undefined : embedded.get(number);
        if (form === undefined) return; // padding or an empty page: leave the half blank
        // A fixed resource name instead of drawPage's random one keeps the output byte-identical.
        const name = PDFName.of(`P${number}`);
        page.node.setXObject(name, form.ref);
        const x = half * HALF_WIDTH + (HALF_WIDTH - form.width) / 2;
        const y = (SHEET_HEIGHT - form.height) / 2;
        page.pushOperators(pushGraphicsState(), concatTransformationMatrix(1, 0, 0, 1, x, y), drawObject(name), popGraphicsState());
      });
    }
  }

  return savePdf(out);
}

/** Copies the document information, /Lang and the show-title preference; both dates are always set. */
function copyMetadata(from: PDFDocument, to: PDFDocument): void {
  const title = from.getTitle();
  if (title !== undefined) {
    const showInWindowTitleBar = from.catalog.getViewerPreferences()?.getDisplayDocTitle() ?? false;
    to.setTitle(title, { showInWindowTitleBar });
  }
  const author = from.getAuthor();
  if (author !== undefined) to.setAuthor(author);
  const subject = from.getSubject();
  if (subject !== undefined) to.setSubject(subject);
  // getKeywords gives the stored string; setKeywords joins with spaces, so one element keeps it as it was.
  const keywords = from.getKeywords();
  if (keywords !== undefined) to.setKeywords([keywords]);
  const creator = from.getCreator();
  if (creator !== undefined) to.setCreator(creator);
  const producer = from.getProducer();
  if (producer !== undefined) to.setProducer(producer);

  const lang = from.catalog.lookupMaybe(PDFName.of("Lang"), PDFString, PDFHexString);
  if (lang !== undefined) to.setLanguage(lang.decodeText());

  const created = from.getCreationDate() ?? from.getModificationDate() ?? new Date(0);
  const modified = from.getModificationDate() ?? created;
  to.setCreationDate(created);
  to.setModificationDate(modified);
}
