// `npm run pdf`: the books only, without rendering the site; replaces print/ and downloads/ in dist/ and keeps everything else.
import path from "node:path";
import { step } from "./log.ts";
import type { Views } from "./present/index.ts";
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

/** Prints every book; the browser starts while the content is checked. */
export async function buildPdfs(options: PdfOptions): Promise<Views> {
  const context = contextFor(options);
  const printer = startBrowsers();
  try {
    const content = await step("Validate content", () => loadChecked(context.contentRoot));
    return await staged(context.outDir, async (staging) => {
      const views = await step("Compute, pictures and views", () => computeAndPresent(content, context, { print: path.join(staging, "print", "img") }));
      await printStep(context, staging, views, await printer.browsers, options.onBook);
      return { result: views, made: ["print", "downloads"] };
    });
  } finally {
    await printer.close();
  }
}
