// Reading PDFs back as a reader's tools do: page texts with pdf.js, fonts and metadata with pdf-lib.
import { readFile } from "node:fs/promises";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from "pdf-lib";

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

/** The titles of the PDF outline (bookmarks), depth first. */
export async function outlineTitles(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const titles: string[] = [];
  const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const walk = (item: PDFDict | undefined) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of("Next"), PDFDict)) {
      const title = node.lookup(PDFName.of("Title"));
      if (title instanceof PDFString || title instanceof PDFHexString) titles.push(title.decodeText());
      walk(node.lookupMaybe(PDFName.of("First"), PDFDict));
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of("First"), PDFDict));
  return titles;
}

/** Page sizes in points, rounded to whole points. */
export async function pageSizes(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  return doc.getPages().map((page) => `${Math.round(page.getWidth())}x${Math.round(page.getHeight())}`);
}

/** The font size that carries most characters on the given pages (1-based), from pdf.js text positions. */
export async function dominantFontSize(file: string, pages: number[]): Promise<number> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false, verbosity: 0 }).promise;
  const weight = new Map<number, number>();
  for (const number of pages) {
    for (const item of (await (await doc.getPage(number)).getTextContent()).items) {
      if (!("str" in item)) continue;
      const size = Math.round(Math.hypot(item.transform[0], item.transform[1]) * 10) / 10;
      weight.set(size, (weight.get(size) ?? 0) + item.str.length);
    }
  }
  await doc.destroy();
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
