// The week menu's A4 PDF: the plan's markup in a page with the site's own style sheets, printed by Chromium in print media, with fixed metadata.
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { glob } from "tinyglobby";
import { launchBrowser } from "../print/browser.ts";
import { finishPdf } from "../print/metadata.ts";
import { printToPdf } from "../print/render.ts";
import { FONT_FILES } from "../templates.ts";
import { escapeHtml } from "./markup.ts";

const STYLES = ["fonts.css", "site.css", "site-print.css"];

/** The printed page: as the site's week-menu page prints (its body class, main and style sheets), with only the plan in it. */
export function menuDocument(options: { locale: string; title: string; planHtml: string }): string {
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(options.locale)}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title>`,
    `<link rel="stylesheet" href="assets/css/fonts.css"><link rel="stylesheet" href="assets/css/site.css"><link rel="stylesheet" href="assets/css/site-print.css" media="print"></head>`,
    `<body class="kind-menu"><main id="main" class="wrap">`,
    options.planHtml,
    "</main></body></html>",
    "",
  ].join("\n");
}

/** Prints `html` (from menuDocument) into `outFile` with the project's styles and fonts; returns the page count. */
export async function printMenu(root: string, html: string, outFile: string, meta: { title: string; subject: string; author: string; language: string; date: Date }): Promise<number> {
  const work = await mkdtemp(path.join(tmpdir(), "burtnica-menu-"));
  const browser = await launchBrowser();
  try {
    await mkdir(path.join(work, "assets", "css"), { recursive: true });
    for (const style of STYLES) await cp(path.join(root, "assets", "css", style), path.join(work, "assets", "css", style));
    const fonts = path.join(work, "assets", "fonts", "files");
    await mkdir(fonts, { recursive: true });
    for (const font of await glob(FONT_FILES, { cwd: root, expandDirectories: false })) await cp(path.join(root, font), path.join(fonts, path.basename(font)));
    const htmlFile = path.join(work, "menu.html");
    await writeFile(htmlFile, html);
    const printed = await printToPdf(browser, { htmlFile, allowDir: work });
    const finished = await finishPdf(printed, { ...meta, keywords: [] });
    await mkdir(path.dirname(outFile), { recursive: true });
    await writeFile(outFile, finished.bytes);
    return finished.pages;
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }
}
