// The A5 notebooks' pages for the site's links into them: read from the PDFs already published, and rewritten in published recipe pages after the books are printed again.
import { existsSync } from "node:fs";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { LOCALES } from "../kitchen/vocabulary.ts";
import { edition } from "../present/editions.ts";
import type { SiteViews } from "../present/index.ts";
import type { NotebookPages } from "../present/notebook-links.ts";
import { destinationPages } from "../print/pagerefs.ts";

/** The pages of the A5 notebooks published in `outDir` (a site-only build links to these); none where no PDF is there. */
export async function publishedNotebookPages(outDir: string): Promise<NotebookPages> {
  const pages: NotebookPages = {};
  for (const locale of LOCALES) {
    const pdf = path.join(outDir, edition("notebook", locale, "A5").pdf);
    if (existsSync(pdf)) pages[locale] = await destinationPages(await readFile(pdf));
  }
  return pages;
}

/**
 * A recipe page's notebook link with the page numbers of `pages`: the `#page=N` of the link marked
 * `data-notebook-page="<anchor>"` and the number in its `data-page-of="notebook:<anchor>"`. Anchors without a page stay.
 */
export function relinkNotebookPages(html: string, pages: Record<string, number>): string {
  return html
    .replace(/(href="[^"#]*#page=)\d+(" data-notebook-page="([^"]+)")/g, (match, start: string, end: string, anchor: string) => (pages[anchor] === undefined ? match : `${start}${pages[anchor]}${end}`))
    .replace(/(data-page-of="notebook:([^"]+)">)\d+(<)/g, (match, start: string, anchor: string, end: string) => (pages[anchor] === undefined ? match : `${start}${pages[anchor]}${end}`));
}

/**
 * After the books alone were printed again (`npm run pdf`): copies the published language folders into `staging` and
 * rewrites the notebook page numbers in their recipe pages, so the site never links to an old page. Returns the top-level
 * entries it put into `staging` (none when no site is published).
 */
export async function refreshNotebookLinks(outDir: string, staging: string, site: SiteViews, pages: NotebookPages): Promise<string[]> {
  const recipes = site.pages.filter((page) => page.kind === "recipe");
  const entries = [...new Set(recipes.map((page) => page.permalink.split("/")[0]!))].filter((entry) => existsSync(path.join(outDir, entry)));
  for (const entry of entries) await cp(path.join(outDir, entry), path.join(staging, entry), { recursive: true, preserveTimestamps: true });
  for (const page of recipes) {
    const file = path.join(staging, page.permalink);
    if (!existsSync(file)) continue;
    const html = await readFile(file, "utf8");
    const relinked = relinkNotebookPages(html, pages[page.locale] ?? {});
    if (relinked !== html) await writeFile(file, relinked);
  }
  return entries;
}
