// The site step: Eleventy renders the page views into the output folder.
import Eleventy from "@11ty/eleventy";
import type { SiteViews } from "../present/index.ts";
import { templateDirs } from "../templates.ts";
import { copySiteAssets } from "./assets.ts";
import { configureSite, type EleventyConfig } from "./configure.ts";

/** Renders every page of `views` into `outDir`, with the styles, icons and fonts they link to. */
export async function renderSite(root: string, outDir: string, views: SiteViews): Promise<void> {
  await copySiteAssets(root, outDir);
  const elev = new Eleventy(templateDirs(root).layouts, outDir, { config: (config: EleventyConfig) => configureSite(config, { root, views }), quietMode: true });
  await elev.write();
}
