// The pipeline's steps, one function each, used by every command (build, pdf, dev) and the benchmarks.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { checkContent } from "../content/check.ts";
import { ContentError, formatWarnings } from "../content/issues.ts";
import type { Content } from "../content/load.ts";
import { present, type Kitchen, type PictureFiles, type Views } from "../present/index.ts";
import type { EditionRecord } from "../present/editions.ts";
import type { Browser } from "puppeteer";
import { step } from "../log.ts";
import type { PrintOptions } from "../print/books.ts";
import { writeBookHtml } from "../print/html.ts";
import { sourceDateEpoch } from "../source-date.ts";
import { started } from "../started.ts";
import { computeKitchen } from "./compute.ts";
import { exampleMenu, lessonMenus, menuPlanner } from "./menu.ts";
import type { PlanResult } from "../planner/types.ts";
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

export function contextFor(options: { root: string; contentRoot?: string; outDir?: string; siteUrl?: string }): Context {
  const epoch = sourceDateEpoch(options.root);
  const context: Context = { root: options.root, contentRoot: options.contentRoot ?? options.root, outDir: options.outDir ?? path.join(options.root, "dist"), epoch, buildDate: new Date(epoch * 1000).toISOString().slice(0, 10) };
  return options.siteUrl === undefined ? context : { ...context, siteUrl: options.siteUrl };
}

/** Load and check: every content file read and validated; throws ContentError with every problem, prints warnings (which do not fail) on stderr. */
export async function loadChecked(contentRoot: string): Promise<Content> {
  const checked = await checkContent(contentRoot);
  if (!checked.content) throw new ContentError(checked.issues, checked.warnings);
  if (checked.warnings.length > 0) process.stderr.write(formatWarnings(checked.warnings));
  return checked.content;
}

/** The site's address: SITE_URL wins over content/site.yaml's baseUrl; always ends with "/". */
export function siteUrlOf(content: Content, context: Context): string {
  const url = context.siteUrl ?? process.env.SITE_URL ?? content.site.baseUrl;
  return url.endsWith("/") ? url : `${url}/`;
}

/** What presenting needs besides the content: every recipe computed and every picture processed. */
export interface Prepared {
  content: Content;
  kitchen: Kitchen;
  pictures: Record<string, PictureFiles>;
  /** The week-menu page's example plan, or null when the content has no package. */
  menuExample: PlanResult | null;
  /** The lessons' worked examples of a week menu, by lesson slug. */
  lessonPlans: Record<string, PlanResult>;
}

/** Compute: the kitchen over every recipe, the pictures processed into `targets`, and the plans shown (`site: false`: only the books' plans, not the week-menu page's example). */
export async function prepare(content: Content, context: Context, targets: PictureTargets, { site = true }: { site?: boolean } = {}): Promise<Prepared> {
  const kitchen = computeKitchen(content);
  return { content, kitchen, pictures: await processPictures(content, path.join(context.root, ".cache", "images"), targets), ...(await plansFor(content, kitchen, path.join(context.root, ".cache", "plans"), site)) };
}

/** The plans the build shows (the lessons' examples, and for the site the week-menu page's example), solved once and then kept in `cacheDir`: HiGHS loads only for a program not solved before. */
async function plansFor(content: Content, kitchen: Kitchen, cacheDir: string, site: boolean): Promise<Pick<Prepared, "menuExample" | "lessonPlans">> {
  const plan = menuPlanner(content, kitchen, { cacheDir });
  return { menuExample: site ? await exampleMenu(content, plan) : null, lessonPlans: await lessonMenus(content, plan) };
}

/** Present: every view; `editions` are the printed books' facts, for the pages that show them. */
export function presentViews({ content, kitchen, pictures, menuExample, lessonPlans }: Prepared, context: Context, editions?: readonly EditionRecord[]): Promise<Views> {
  return present(content, kitchen, pictures, { buildDate: context.buildDate, siteUrl: siteUrlOf(content, context), menuExample, lessonPlans, ...(editions ? { editions } : {}) });
}

/** Compute and present in one go, for whoever needs the views once. */
export async function computeAndPresent(content: Content, context: Context, targets: PictureTargets, editions?: readonly EditionRecord[]): Promise<Views> {
  return presentViews(await prepare(content, context, targets), context, editions);
}

/** The facts of the books already in an output folder (its downloads/editions.json), for a build that keeps them. */
export async function editionsIn(outDir: string): Promise<EditionRecord[]> {
  const file = path.join(outDir, "downloads", "editions.json");
  return existsSync(file) ? (JSON.parse(await readFile(file, "utf8")) as EditionRecord[]) : [];
}

/** The open data: api/products.json and api/recipes.json. */
export async function writeOpenData(outDir: string, api: Views["api"]): Promise<void> {
  await mkdir(path.join(outDir, "api"), { recursive: true });
  await writeFile(path.join(outDir, "api", "products.json"), `${JSON.stringify(api.products, null, 2)}\n`);
  await writeFile(path.join(outDir, "api", "recipes.json"), `${JSON.stringify(api.recipes, null, 2)}\n`);
}

/** The books: print HTML into print/ (while the browsers may still be starting), PDFs and editions.json into downloads/, in the given browsers. */
export async function printAll(context: Context, outDir: string, books: Views["books"], browsers: readonly Browser[] | Promise<readonly Browser[]>, hooks: Omit<PrintOptions, "outDir" | "epoch"> = {}): Promise<EditionRecord[]> {
  await writeBookHtml(context.root, outDir, books);
  await mkdir(path.join(outDir, "downloads"), { recursive: true });
  // Loaded here, not at the top: pdf-lib is not needed by a build without books (nor by the dev server).
  const { printBooks } = await import("../print/books.ts");
  return printBooks(await browsers, books, { ...hooks, outDir, epoch: context.epoch });
}

/** The books as a command prints them: progress on stdout, notes for recipe authors on stderr. */
export function printStep(context: Context, staging: string, views: Views, browsers: readonly Browser[] | Promise<readonly Browser[]>, onBook?: (pdf: string, prints: number) => void): Promise<EditionRecord[]> {
  return step(`Books (${views.books.length} PDFs)`, () =>
    printAll(context, staging, views.books, browsers, {
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

/** Browsers that print at once: one per core (this machine has two), so one can print while pdf-lib finishes another book. */
const PRINTERS = Math.max(1, Math.min(2, availableParallelism()));

/** Starts the printing browsers while other work goes on; `close` shuts them down whether they started or not. */
export function startBrowsers(count = PRINTERS): { browsers: Promise<Browser[]>; close: () => Promise<void> } {
  // Whoever awaits `browsers` gets a failure to start; until then it is not an unhandled rejection that would stop the process.
  const launching = Array.from({ length: count }, () => started(import("../print/browser.ts").then(({ launchBrowser }) => launchBrowser())));
  const browsers = started(Promise.all(launching));
  return {
    browsers,
    close: async () => void (await Promise.allSettled(launching.map((launch) => launch.then((browser) => browser.close())))),
  };
}
