// Reading PDFs back item by item with pdf.js: every text run with its size, and the alternative texts of figures.
import { readFile } from "node:fs/promises";

export interface TextItem {
  /** 1-based page number. */
  page: number;
  str: string;
  /** Font size in points, to two decimals. */
  size: number;
}

async function open(file: string) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  return pdfjs.getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: false, verbosity: 0 }).promise;
}

/** Every text run that is not only white space, on every page, with its font size. */
export async function textItems(file: string): Promise<TextItem[]> {
  const doc = await open(file);
  const items: TextItem[] = [];
  for (let page = 1; page <= doc.numPages; page += 1) {
    for (const item of (await (await doc.getPage(page)).getTextContent()).items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      items.push({ page, str: item.str, size: Math.round(Math.hypot(item.transform[0], item.transform[1]) * 100) / 100 });
    }
  }
  await doc.destroy();
  return items;
}

interface StructNode { role?: string; alt?: string; children?: StructNode[] }

/** The alternative text of every figure in a page's structure tree (what a screen reader says for a picture or a mark). */
export async function figureAlts(file: string, page: number): Promise<string[]> {
  const doc = await open(file);
  const tree = (await (await doc.getPage(page)).getStructTree()) as StructNode | null;
  await doc.destroy();
  const alts: string[] = [];
  const walk = (node: StructNode | undefined) => {
    if (!node) return;
    if (node.role === "Figure" && node.alt) alts.push(node.alt);
    node.children?.forEach(walk);
  };
  walk(tree ?? undefined);
  return alts;
}
