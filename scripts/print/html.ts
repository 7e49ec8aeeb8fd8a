// The books' HTML: each book view through layouts/print/book.njk (Nunjucks), with the styles, fonts, pictograms and pictures it uses beside it in print/.
import { cp, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import type { PrintView } from "../present/books.ts";
import { FONT_FILES, templateEnvironment } from "../templates.ts";

const STYLES = ["fonts.css", "print.css", "print-a5.css", "print-a4.css", "print-large.css", "print-booklet.css"];

/** Writes `outDir/<edition.html>` for every book, and the styles, fonts and pictograms they link to under `outDir/print/assets/`. */
export async function writeBookHtml(root: string, outDir: string, books: readonly PrintView[]): Promise<void> {
  const env = templateEnvironment(root);
  const assets = path.join(outDir, "print", "assets");
  await mkdir(path.join(assets, "css"), { recursive: true });
  await mkdir(path.join(assets, "fonts", "files"), { recursive: true });
  for (const style of STYLES) await cp(path.join(root, "assets", "css", style), path.join(assets, "css", style));
  for (const font of await glob(FONT_FILES, { cwd: root, expandDirectories: false })) await cp(path.join(root, font), path.join(assets, "fonts", "files", path.basename(font)));
  await cp(path.join(root, "assets", "pictograms"), path.join(assets, "pictograms"), { recursive: true });
  for (const book of books) await writeFile(path.join(outDir, book.edition.html), env.render("print/book.njk", { book }));
}
