// `npm run build`: the site, the open data and the books, into a staging folder that then replaces dist/.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { step } from "./log.ts";
import type { Views } from "./present/index.ts";
import { writeFormEditor } from "./cms/admin.ts";
import { bundleScripts } from "./site/scripts.ts";
import { renderSite } from "./site/render.ts";
import { contextFor, editionsIn, loadChecked, prepare, presentViews, printStep, siteUrlOf, staged, startBrowsers, writeOpenData } from "./pipeline/steps.ts";
import { indexSearch } from "./site/search.ts";
import { started } from "./started.ts";

export interface BuildOptions {
  root: string;
  /** The folder holding content/; default `root`. */
  contentRoot?: string;
  /** Output folder; default `<root>/dist`. */
  outDir?: string;
  /** The site's full address (SITE_URL wins over content/site.yaml's baseUrl when this is not given). */
  siteUrl?: string;
  /** false: the site and open data only; the books already in `outDir` are kept. */
  pdf?: boolean;
  /** Told about each printed book: its PDF path and how many tagged prints it took. */
  onBook?: (pdf: string, prints: number) => void;
}

/** What the books replace in the output folder; everything else there is the site's. */
export const BOOK_OUTPUTS = ["print", "downloads"];

/** Builds the books (unless `pdf: false`), then the site that lists them, and the open data; on any error `outDir` stays as it was. */
export async function build(options: BuildOptions): Promise<Views> {
  const context = contextFor(options);
  const books = options.pdf !== false;
  const content = await step("Validate content", () => loadChecked(context.contentRoot));
  // The browsers start once the content is known to be good (content that is not stops at once), while the pictures are made.
  const printer = books ? startBrowsers() : undefined;
  try {
    return await staged(context.outDir, async (staging) => {
      const prepared = await step("Compute and pictures", () => prepare(content, context, { web: path.join(staging, "img"), print: books ? path.join(staging, "print", "img") : undefined }));
      let views = await step("Views", async () => presentViews(prepared, context, books ? undefined : await editionsIn(context.outDir)));
      if (printer) {
        const editions = await printStep(context, staging, views, printer.browsers, options.onBook);
        views = await step("Views with the books' pages and sizes", () => presentViews(prepared, context, editions));
      }
      // esbuild and Pagefind work in processes of their own: the scripts are bundled while Eleventy renders, and the pages are indexed while the form editor and the open data are written.
      const scripts = started(bundleScripts(context.root, staging));
      let search: Promise<void> | undefined;
      try {
        await step("Site", () => renderSite(context.root, staging, views.site));
        search = started(indexSearch(staging));
        await step("Form editor (admin/)", () => writeFormEditor(context.root, staging, content, { siteUrl: siteUrlOf(content, context), buildDate: context.buildDate }));
        await step("Open data (api/*.json)", () => writeOpenData(staging, views.api));
      } catch (error) {
        // Nothing may still be writing into the staging folder when a failed build removes it.
        await Promise.allSettled([scripts, search]);
        throw error;
      }
      await step("Browser scripts", () => scripts);
      await step("Search index", () => search!);
      process.stdout.write(`Built ${path.relative(process.cwd(), context.outDir) || context.outDir}/ — ${content.recipes.length} recipes, ${content.lessons.length} lessons, ${content.products.length} products.\n`);
      // A site-only build keeps the books that are there.
      return { result: views, made: books ? undefined : (await readdir(staging)).filter((entry) => !BOOK_OUTPUTS.includes(entry)) };
    });
  } finally {
    await printer?.close();
  }
}
