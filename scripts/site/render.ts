// The site step: Eleventy renders the page views into the output folder.
import Eleventy from "@11ty/eleventy";
import type { SiteViews } from "../present/index.ts";
import { templateDirs } from "../templates.ts";
import { configureSite } from "./configure.ts";

/** Renders every page of `views` into `outDir`. */
export async function renderSite(root: string, outDir: string, views: SiteViews): Promise<void> {
  const elev = new Eleventy(templateDirs(root).layouts, outDir, { config: (config: Parameters<typeof configureSite>[0]) => configureSite(config, views), quietMode: true });
  await elev.write();
}
