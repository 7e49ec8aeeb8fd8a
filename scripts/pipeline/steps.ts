// The pipeline's steps, one function each, used by every command (build, pdf, dev) and the benchmarks.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkContent } from "../content/check.ts";
import { ContentError } from "../content/issues.ts";
import type { Content } from "../content/load.ts";
import { present, type Views } from "../present/index.ts";
import type { EditionRecord } from "../present/editions.ts";
import type { Browser } from "puppeteer";
import { step } from "../log.ts";
import { printBooks, type PrintOptions } from "../print/books.ts";
import { writeBookHtml } from "../print/html.ts";
import { sourceDateEpoch } from "../source-date.ts";
import { computeKitchen } from "./compute.ts";
import { processPictures, type PictureTargets } from "./pictures.ts";
import { discard, publish, stagingFor } from "./publish.ts";


/** What every command works from: where things are, the build's date, the site's address. */
export interface Context {
  root: string;
  contentRoot: string;
  outDir: string;
  /** SOURCE_DATE_EPOCH, else the last commit's time. */
  epoch: number;
  buildDate: string;
  /** The site's full address, ending with "/": SITE_URL, else content/site.yaml baseUrl. */
  siteUrl?: string;
}

export function contextFor(options: { root: string; contentRoot?: string; outDir?: string }): Context {
  const epoch = sourceDateEpoch(options.root);
  return { root: options.root, contentRoot: options.contentRoot ?? options.root, outDir: options.outDir ?? path.join(options.root, "dist"), epoch, buildDate: new Date(epoch * 1000).toISOString().slice(0, 10) };
}

/** Load and check: every content file read and validated; throws ContentError with every problem. */
export async function loadChecked(contentRoot: string): Promise<Content> {
  const checked = await checkContent(contentRoot);
  if (!checked.content) throw new ContentError(checked.issues);
  return checked.content;
}

/** The site's address: SITE_URL wins over content/site.yaml's baseUrl; always ends with "/". */
function siteUrlOf(content: Content, context: Context): string {
  const url = context.siteUrl ?? process.env.SITE_URL ?? content.site.baseUrl;
  return url.endsWith("/") ? url : `${url}/`;
}

/** Compute and present: the kitchen over every recipe, pictures processed into `targets`, every view. */
export async function computeAndPresent(content: Content, context: Context, targets: PictureTargets): Promise<Views> {
  const kitchen = computeKitchen(content);
  const pictures = await processPictures(content, path.join(context.root, ".cache", "images"), targets);
  return present(content, kitchen, pictures, { buildDate: context.buildDate, siteUrl: siteUrlOf(content, context) });
}

/** The open data: api/products.json and api/recipes.json. */
export async function writeOpenData(outDir: string, api: Views["api"]): Promise<void> {
  await mkdir(path.join(outDir, "api"), { recursive: true });
  await writeFile(path.join(outDir, "api", "products.json"), `${JSON.stringify(api.products, null, 2)}\n`);
  await writeFile(path.join(outDir, "api", "recipes.json"), `${JSON.stringify(api.recipes, null, 2)}\n`);
}

/** The books: print HTML into print/, PDFs and editions.json into downloads/, in the given browser. */
export async function printAll(context: Context, outDir: string, books: Views["books"], browser: Browser, hooks: Omit<PrintOptions, "outDir" | "epoch"> = {}): Promise<EditionRecord[]> {
  await writeBookHtml(context.root, outDir, books);
  await mkdir(path.join(outDir, "downloads"), { recursive: true });
  return printBooks(browser, books, { ...hooks, outDir, epoch: context.epoch });
}

/** The books as a command prints them: progress on stdout, notes for recipe authors on stderr. */
export function printStep(context: Context, staging: string, views: Views, browser: Browser, onBook?: (pdf: string, prints: number) => void): Promise<EditionRecord[]> {
  return step(`Books (${views.books.length} PDFs)`, () =>
    printAll(context, staging, views.books, browser, {
      note: (message) => process.stderr.write(`  Note: ${message}\n`),
      onBook: (pdf, seconds, prints) => {
        process.stdout.write(`  ✓ ${pdf} (${seconds.toFixed(2)} s)\n`);
        onBook?.(pdf, prints);
      },
    }),
  );
}

/** Runs `work` in a fresh staging folder and publishes what it made (`made`: the top-level entries it replaces, default all); on any error the output folder is left as it was. */
export async function staged<T>(outDir: string, work: (staging: string) => Promise<{ result: T; made?: string[] }>): Promise<T> {
  const staging = await stagingFor(outDir);
  try {
    const { result, made } = await work(staging);
    await publish(staging, outDir, made);
    return result;
  } catch (error) {
    await discard(staging);
    throw error;
  }
}

/** Starts the printing browser while other work goes on; `close` shuts it down whether it started or not. */
export function startBrowser(): { browser: Promise<Browser>; close: () => Promise<void> } {
  const browser = import("../print/browser.ts").then(({ launchBrowser }) => launchBrowser());
  browser.catch(() => undefined);
  return { browser, close: () => browser.then((started) => started.close(), () => undefined) };
}
