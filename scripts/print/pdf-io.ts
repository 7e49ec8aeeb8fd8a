// pdf-lib loading and saving at full speed: no yielding to the event loop between objects (the build waits anyway).
import { ParseSpeeds, PDFDocument } from "pdf-lib";

/** Loads a PDF as written, without pdf-lib touching its metadata. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** Saves with object streams (about a third smaller) and nothing added. */
export function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: true, addDefaultPage: false, objectsPerTick: Infinity });
}
