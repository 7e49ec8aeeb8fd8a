// The build: validate, compute, render the site and the open data, print the books, then swap the output in.
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { checkContent } from "./content/check.ts";
import { ContentError } from "./content/issues.ts";
import { step } from "./log.ts";
import { launchBrowser } from "./print/browser.ts";
import { printBooks } from "./print/books.ts";
import { renderSite } from "./site/eleventy.ts";
import { processImages } from "./site/images.ts";
import { bundleScripts } from "./site/scripts.ts";
import { buildModel, type SiteModel } from "./site/model.ts";
import { sourceDateEpoch } from "./source-date.ts";

export interface BuildOptions {
  root: string;
  /** The folder holding content/; default `root`. */
  contentRoot?: string;
  /** Output folder; default `<root>/dist`. */
  outDir?: string;
  /** Skip the PDFs (site only). */
  pdf?: boolean;
}

/** Builds everything into a fresh folder and replaces `outDir` only when all steps succeeded. */
export async function build(options: BuildOptions): Promise<SiteModel> {
  const root = options.root;
  const outDir = options.outDir ?? path.join(root, "dist");
  const epoch = sourceDateEpoch(root);
  const buildDate = dateOf(epoch);
  const checked = await step("Validate content", () => checkContent(options.contentRoot ?? root));
  if (!checked.content) throw new ContentError(checked.issues, checked.warnings);
  const content = checked.content;

  await mkdir(path.dirname(outDir), { recursive: true });
  const tmp = await mkdtemp(path.join(path.dirname(outDir), `.${path.basename(outDir)}-`));
  try {
    const images = await step("Pictures", () => processImages(content, path.join(root, ".cache", "images"), tmp));
    const model = await step("Compute recipes and pages", () => buildModel(content, images, buildDate, siteUrl(content.site.baseUrl)));
    await step("Site", () => renderSite(root, tmp, model));
    await step("Browser scripts", () => bundleScripts(root, tmp));
    await step("Open data (api/*.json)", () => writeApi(tmp, model));
    if (options.pdf !== false) await printAll(tmp, model, epoch);
    await swapIn(tmp, outDir);
    process.stdout.write(`Built ${path.relative(process.cwd(), outDir) || outDir}/ — ${content.recipes.length} recipes, ${content.lessons.length} lessons, ${content.products.length} products.\n`);
    return model;
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Renders the print HTML from the model and prints the books, replacing only what the books use: print/, downloads/, img/, assets/. */
export async function buildPdfsOnly(options: BuildOptions): Promise<void> {
  const root = options.root;
  const outDir = options.outDir ?? path.join(root, "dist");
  const epoch = sourceDateEpoch(root);
  const checked = await step("Validate content", () => checkContent(options.contentRoot ?? root));
  if (!checked.content) throw new ContentError(checked.issues, checked.warnings);
  const content = checked.content;
  const tmp = await mkdtemp(path.join(path.dirname(outDir), `.${path.basename(outDir)}-pdf-`));
  try {
    const images = await step("Pictures", () => processImages(content, path.join(root, ".cache", "images"), tmp));
    const model = await step("Compute recipes and pages", () => buildModel(content, images, dateOf(epoch), siteUrl(content.site.baseUrl)));
    await step("Print HTML", () => renderSite(root, tmp, model, "print.njk"));
    await printAll(tmp, model, epoch);
    for (const folder of ["img", "assets", "print", "downloads"]) {
      await rm(path.join(outDir, folder), { recursive: true, force: true });
      await mkdir(outDir, { recursive: true });
      await rename(path.join(tmp, folder), path.join(outDir, folder));
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

function dateOf(epoch: number): string {
  return new Date(epoch * 1000).toISOString().slice(0, 10);
}

function siteUrl(fromContent: string): string {
  const fromEnv = process.env.SITE_URL;
  return fromEnv ? (fromEnv.endsWith("/") ? fromEnv : `${fromEnv}/`) : fromContent;
}

async function writeApi(outDir: string, model: SiteModel): Promise<void> {
  await mkdir(path.join(outDir, "api"), { recursive: true });
  await writeFile(path.join(outDir, "api", "products.json"), `${JSON.stringify(model.api.products, null, 2)}\n`);
  await writeFile(path.join(outDir, "api", "recipes.json"), `${JSON.stringify(model.api.recipes, null, 2)}\n`);
}

async function printAll(outDir: string, model: SiteModel, epoch: number): Promise<void> {
  const browser = await step("Start the browser for printing", () => launchBrowser());
  try {
    await mkdir(path.join(outDir, "downloads"), { recursive: true });
    await printBooks(browser, outDir, model, epoch);
  } finally {
    await browser.close();
  }
}

/** Replaces `outDir` with `tmp` in two renames, so a reader never sees a half-written folder. */
async function swapIn(tmp: string, outDir: string): Promise<void> {
  const old = `${tmp}-old`;
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(tmp, outDir);
  await rm(old, { recursive: true, force: true });
}
