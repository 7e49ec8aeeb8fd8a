// `npm run pdf`: the books, and the site pages that show their facts (the downloads pages; the recipe pages with their page in the A5 notebook), without rendering the rest of the site; replaces only those in dist/.
import path from "node:path";
import { step } from "./log.ts";
import type { Views } from "./present/index.ts";
import { writePages } from "./site/pages.ts";
import { contextFor, loadChecked, prepare, presentViews, printStep, staged, startBrowsers } from "./pipeline/steps.ts";

export interface PdfOptions {
  root: string;
  /** The folder holding content/; default `root`. */
  contentRoot?: string;
  /** Output folder; default `<root>/dist`. */
  outDir?: string;
  /** Told about each printed book: its PDF path and how many tagged prints it took. */
  onBook?: (pdf: string, prints: number) => void;
}

/**
 * Prints every book (the browsers start once the content is checked, while the pictures are made), then writes anew the pages that show the books'
 * facts: the downloads pages, and the recipe pages with their page in the A5 notebook.
 */
export async function buildPdfs(options: PdfOptions): Promise<Views> {
  const context = contextFor(options);
  const content = await step("Validate content", () => loadChecked(context.contentRoot));
  const printer = startBrowsers();
  try {
    return await staged(context.outDir, async (staging) => {
      const prepared = await step("Compute and pictures", () => prepare(content, context, { print: path.join(staging, "print", "img") }, { site: false }));
      const editions = await printStep(context, staging, await presentViews(prepared, context), printer.browsers, options.onBook);
      const views = await presentViews(prepared, context, editions);
      const pages = views.site.pages.filter((page) => page.kind === "downloads" || page.kind === "recipe");
      await step("Downloads and recipe pages", () => writePages(context.root, staging, pages));
      return { result: views, made: ["print", "downloads", ...pages.map((page) => path.posix.dirname(page.permalink))] };
    });
  } finally {
    await printer.close();
  }
}
