// Sets a PDF's document information with pdf-lib, with dates from SOURCE_DATE_EPOCH so the bytes are reproducible.
import { PDFDocument } from "pdf-lib";

export interface BookMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
  date: Date;
}

/** Rewrites the metadata Chromium wrote (its own dates and name) and returns the new bytes and page count. */
export async function finishPdf(bytes: Uint8Array, meta: BookMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setLanguage(meta.language);
  doc.setCreator("Recepšu burtnīca");
  doc.setProducer("Recepšu burtnīca (Chromium, pdf-lib)");
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  const out = await doc.save({ useObjectStreams: true, addDefaultPage: false });
  return { bytes: out, pages: doc.getPageCount() };
}
