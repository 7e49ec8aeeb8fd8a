// The floor of the PDF command benchmark: one browser prints the given HTML files one after another, each once, tagged — nothing else.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { launchBrowser } from "../print/browser.ts";
import { printToPdf } from "../print/render.ts";

const [allowDir, ...files] = process.argv.slice(2);
if (!allowDir || files.length === 0) throw new Error("usage: tsx scripts/bench/bare-print.ts <allowed folder> <file.html>…");
const browser = await launchBrowser();
try {
  for (const htmlFile of files) await writeFile(htmlFile.replace(/\.html$/, ".bare.pdf"), await printToPdf(browser, { htmlFile: path.resolve(htmlFile), allowDir }));
} finally {
  await browser.close();
}
