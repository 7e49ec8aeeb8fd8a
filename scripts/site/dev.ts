// `npm run dev` (and `npm run cms`): serves the site from .cache/dev with live reload; every change under content/ runs load, compute and present again, and the search index is made anew.
import Eleventy from "@11ty/eleventy";
import path from "node:path";
import { ContentError, formatIssue } from "../content/issues.ts";
import { writeFormEditor } from "../cms/admin.ts";
import { computeAndPresent, contextFor, loadChecked } from "../pipeline/steps.ts";
import type { SiteViews } from "../present/index.ts";
import { templateDirs } from "../templates.ts";
import { configureSite, type EleventyConfig } from "./configure.ts";
import { copySiteAssets } from "./assets.ts";
import { bundleScripts } from "./scripts.ts";
import { indexSearch } from "./search.ts";

/** Serves on PORT (default 8080) from its own folder, so dist/ and its books are never touched; `localBackend`: the form editor saves through this decap-server. */
export async function dev({ root, localBackend }: { root: string; localBackend?: string }): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const outDir = path.join(root, ".cache", "dev");
  const context = { ...contextFor({ root, outDir }), siteUrl: `http://localhost:${port}/` };
  const views = async (): Promise<SiteViews> => {
    try {
      const content = await loadChecked(root);
      const [presented] = await Promise.all([
        computeAndPresent(content, context, { web: path.join(outDir, "img") }),
        bundleScripts(root, outDir),
        copySiteAssets(root, outDir),
        writeFormEditor(root, outDir, content, { siteUrl: context.siteUrl, buildDate: context.buildDate, localBackend }),
      ]);
      return presented.site;
    } catch (error) {
      if (error instanceof ContentError) process.stderr.write(`${error.issues.map(formatIssue).join("\n")}\n`);
      throw error;
    }
  };
  const config = (eleventyConfig: EleventyConfig) => {
    configureSite(eleventyConfig, { root, views, watch: true });
    for (const folder of ["content", "layouts", "assets"]) eleventyConfig.addWatchTarget(path.join(root, folder, "**"));
    // The search index of the pages just written. https://www.11ty.dev/docs/events/#eleventy.after
    eleventyConfig.on("eleventy.after", () => indexSearch(outDir));
    // With the form editor, a saved picture must not reload the page an editor is still filling in.
    if (localBackend) eleventyConfig.setServerOptions({ liveReload: false });
  };
  const elev = new Eleventy(templateDirs(root).layouts, outDir, { config, source: "cli", runMode: "serve" });
  await elev.init();
  await elev.watch();
  elev.serve(port);
}
