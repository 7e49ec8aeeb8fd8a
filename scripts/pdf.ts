// `npm run pdf`: the books only, without rendering the site; replaces print/ and downloads/ in dist/, rewrites the notebook page numbers in the published recipe pages, and keeps everything else.
import path from "node:path";
import { step } from "./log.ts";
import type { Views } from "./present/index.ts";
import { refreshNotebookLinks } from "./pipeline/notebook-pages.ts";
import { computeAndPresent, contextFor, loadChecked, printStep, staged, startBrowsers } from "./pipeline/steps.ts";

export interface PdfOptions {
  root: string;
  /** The folder holding content/; default `root`. */
  contentRoot?: string;
  /** Output folder; default `<root>/dist`. */
  outDir?: string;
  /** Told about each printed book: its PDF path and how many tagged prints it took. */
  onBook?: (pdf: string, prints: number) => void;
}

/** Prints every book and refreshes the recipe pages' notebook page numbers; the browser starts while the content is checked. */
export async function buildPdfs(options: PdfOptions): Promise<Views> {
  const context = contextFor(options);
  const printer = startBrowsers();
  try {
    const content = await step("Validate content", () => loadChecked(context.contentRoot));
    return await staged(context.outDir, async (staging) => {
      const views = await step("Compute, pictures and views", () => computeAndPresent(content, context, { print: path.join(staging, "print", "img") }));
      const notebookPages = await printStep(context, staging, views, await printer.browsers, options.onBook);
      // The recipe pages already published say on which notebook page each recipe is: keep them true.
      const relinked = await step("Notebook page numbers in the recipe pages", () => refreshNotebookLinks(context.outDir, staging, views.site, notebookPages));
      return { result: views, made: ["print", "downloads", ...relinked] };
    });
  } finally {
    await printer.close();
  }
}
