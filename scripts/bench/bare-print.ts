// The floor of the PDF command benchmark: browsers print the given HTML files, each once, tagged — nothing else. One browser
// prints them one after another; with `--browsers 2`, two browsers each take the next file, to show what a second core gives a bare print.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { launchBrowser } from "../print/browser.ts";
import { printToPdf } from "../print/render.ts";

const args = process.argv.slice(2);
const count = args[0] === "--browsers" ? Number(args.splice(0, 2)[1]) : 1;
const [allowDir, ...files] = args;
if (!allowDir || files.length === 0 || !(count >= 1)) throw new Error("usage: tsx scripts/bench/bare-print.ts [--browsers <n>] <allowed folder> <file.html>…");
const browsers = await Promise.all(Array.from({ length: count }, () => launchBrowser()));
try {
  const queue = [...files];
  await Promise.all(
    browsers.map(async (browser) => {
      for (let htmlFile = queue.shift(); htmlFile !== undefined; htmlFile = queue.shift()) {
        await writeFile(htmlFile.replace(/\.html$/, ".bare.pdf"), await printToPdf(browser, { htmlFile: path.resolve(htmlFile), allowDir }));
      }
    }),
  );
} finally {
  await Promise.all(browsers.map((browser) => browser.close()));
}
