// The site step: Eleventy renders the page views into the output folder.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { SiteViews } from "../present/index.ts";
import { templateDirs } from "../templates.ts";
import { copySiteAssets } from "./assets.ts";
import { configureSite, type EleventyConfig } from "./configure.ts";
import { sitemapXml } from "./sitemap.ts";

/** Renders every page of `views` into `outDir`, with the styles, icons and fonts they link to, and sitemap.xml. */
export async function renderSite(root: string, outDir: string, views: SiteViews): Promise<void> {
  await copySiteAssets(root, outDir);
  const elev = new Eleventy(templateDirs(root).layouts, outDir, { config: (config: EleventyConfig) => configureSite(config, { root, views }), quietMode: true });
  await elev.write();
  await writeFile(path.join(outDir, "sitemap.xml"), sitemapXml(views));
}
