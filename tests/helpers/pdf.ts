// Reading PDFs back as a reader's tools do: page texts with pdf.js, fonts and metadata with pdf-lib.
import { readFile } from "node:fs/promises";
import { PDFDict, PDFDocument, PDFName, PDFRef } from "pdf-lib";

/** The text of every page, in order, as pdf.js extracts it. */
export async function pageTexts(file: string): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const content = await (await doc.getPage(number)).getTextContent();
    // Runs split where the font subset changes (ā is in latin-ext), so join without separators and keep line ends.
    texts.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("").replace(/[ \t]+/g, " "));
  }
  await doc.destroy();
  return texts;
}

export interface FontInfo { name: string; embedded: boolean }

/** Every font dictionary in the file, with whether its glyphs are embedded (FontFile, FontFile2 or FontFile3). */
export async function fonts(file: string): Promise<FontInfo[]> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const found = new Map<string, FontInfo>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("FontDescriptor")) continue;
    const name = String(object.get(PDFName.of("FontName"))).replace(/^\//, "");
    const embedded = ["FontFile", "FontFile2", "FontFile3"].some((key) => object.get(PDFName.of(key)) instanceof PDFRef);
    found.set(name, { name, embedded });
  }
  return [...found.values()];
}

export async function pageCount(file: string): Promise<number> {
  return (await PDFDocument.load(await readFile(file), { updateMetadata: false })).getPageCount();
}
