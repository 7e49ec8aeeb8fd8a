// The commands that write dist/: `build` (site, open data, books) and `pdf` (books only), each publishing atomically.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { step } from "./log.ts";
import type { Views } from "./present/index.ts";
import { bundleScripts } from "./site/scripts.ts";
import { renderSite } from "./site/render.ts";
import { computeAndPresent, contextFor, discard, loadChecked, printAll, publish, stagingFor, writeOpenData, type Context } from "./pipeline/steps.ts";

export interface BuildOptions {
  root: string;
  /** The folder holding content/; default `root`. */
  contentRoot?: string;
  /** Output folder; default `<root>/dist`. */
  outDir?: string;
  /** false: the site and open data only; the books already in `outDir` are kept. */
  pdf?: boolean;
  /** Told about each printed book: its PDF path and how many tagged prints it took. */
  onBook?: (pdf: string, prints: number) => void;
}

/** What the books replace in the output folder; everything else there is the site's. */
const BOOK_OUTPUTS = ["print", "downloads"];

/** Builds the site, the open data and (unless `pdf: false`) the books into a staging folder, then replaces `outDir` with it. */
export async function build(options: BuildOptions): Promise<Views> {
  const context = contextFor(options);
  const content = await step("Validate content", () => loadChecked(context.contentRoot));
  const books = options.pdf !== false;
  return staged(context, async (staging) => {
    const views = await step("Compute, pictures and views", () => computeAndPresent(content, context, { web: path.join(staging, "img"), print: books ? path.join(staging, "print", "img") : undefined }));
    await step("Site", () => renderSite(context.root, staging, views.site));
    await step("Browser scripts", () => bundleScripts(context.root, staging));
    await step("Open data (api/*.json)", () => writeOpenData(staging, views.api));
    if (books) await printStep(context, staging, views, options.onBook);
    process.stdout.write(`Built ${path.relative(process.cwd(), context.outDir) || context.outDir}/ — ${content.recipes.length} recipes, ${content.lessons.length} lessons, ${content.products.length} products.\n`);
    // A site-only build keeps the books that are there.
    return { views, made: books ? undefined : (await readdir(staging)).filter((entry) => !BOOK_OUTPUTS.includes(entry)) };
  });
}

/** Prints the books without rendering the site: replaces only print/ and downloads/ in `outDir`. */
export async function buildPdfs(options: BuildOptions): Promise<Views> {
  const context = contextFor(options);
  const content = await step("Validate content", () => loadChecked(context.contentRoot));
  return staged(context, async (staging) => {
    const views = await step("Compute, pictures and views", () => computeAndPresent(content, context, { print: path.join(staging, "print", "img") }));
    await printStep(context, staging, views, options.onBook);
    return { views, made: BOOK_OUTPUTS };
  });
}

async function printStep(context: Context, staging: string, views: Views, onBook?: BuildOptions["onBook"]): Promise<void> {
  await step(`Books (${views.books.length} PDFs)`, () =>
    printAll(context, staging, views.books, {
      note: (message) => process.stderr.write(`  Note: ${message}\n`),
      onBook: (pdf, seconds, prints) => {
        process.stdout.write(`  ✓ ${pdf} (${seconds.toFixed(2)} s)\n`);
        onBook?.(pdf, prints);
      },
    }),
  );
}

/** Runs `work` in a fresh staging folder and publishes what it made; on any error the output folder is left as it was. */
async function staged(context: Context, work: (staging: string) => Promise<{ views: Views; made?: string[] }>): Promise<Views> {
  const staging = await stagingFor(context.outDir);
  try {
    const { views, made } = await work(staging);
    await publish(staging, context.outDir, made);
    return views;
  } catch (error) {
    await discard(staging);
    throw error;
  }
}
