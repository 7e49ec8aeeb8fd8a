// How one site page is rendered from its view: its kind's partial inside the base layout, by the shared Nunjucks environment.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type nunjucks from "nunjucks";
import { templateEnvironment } from "../templates.ts";
import type { SiteViews } from "../present/index.ts";
import type { PageView } from "../present/pages.ts";

/** The HTML of one page (Eleventy writes it; `npm run pdf` writes the pages that show the books' facts the same way). */
export function renderPage(templates: nunjucks.Environment, entry: PageView): string {
  return templates.render("_base/base.njk", { entry, content: templates.render(`kinds/${entry.kind}.njk`, { entry }) });
}

/** The HTML of the landing page at the site's root. */
export function renderLanding(templates: nunjucks.Environment, views: SiteViews): string {
  return templates.render("landing.njk", { views });
}

/** Writes pages outside Eleventy, where Eleventy would: for a command that replaces only some pages of a built site. */
export async function writePages(root: string, outDir: string, pages: readonly PageView[]): Promise<void> {
  const templates = templateEnvironment(root);
  for (const page of pages) {
    const file = path.join(outDir, page.permalink);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, renderPage(templates, page));
  }
}
