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

/** Serves on PORT (default 8080) from its own folder (.cache/dev unless `outDir`), so dist/ and its books are never touched; `contentRoot`: the folder holding content/; `localBackend`: the form editor saves through this decap-server. */
export async function dev({ root, contentRoot = root, outDir = path.join(root, ".cache", "dev"), localBackend }: { root: string; contentRoot?: string; outDir?: string; localBackend?: string }): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const context = { ...contextFor({ root, contentRoot, outDir }), siteUrl: `http://localhost:${port}/` };
  // The files Eleventy saw change before this rebuild; undefined before the first build.
  let changed: string[] | undefined;
  const views = async (): Promise<SiteViews> => {
    try {
      const content = await loadChecked(contentRoot);
      // A content edit leaves the browser scripts and the style sheets as they are: they are made again only when assets/ changes.
      const assetsChanged = !changed || changed.some((file) => isInside(path.join(root, "assets"), path.resolve(file)));
      const [presented] = await Promise.all([
        computeAndPresent(content, context, { web: path.join(outDir, "img") }),
        assetsChanged ? bundleScripts(root, outDir) : undefined,
        assetsChanged ? copySiteAssets(root, outDir) : undefined,
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
    eleventyConfig.addWatchTarget(path.join(contentRoot, "content", "**"));
    for (const folder of ["layouts", "assets"]) eleventyConfig.addWatchTarget(path.join(root, folder, "**"));
    eleventyConfig.on("eleventy.beforeWatch", async (files: string[]) => {
      changed = files;
    });
    // The search index of the pages just written, made after the page is served (the reload does not wait for it); one at a time.
    // https://www.11ty.dev/docs/events/#eleventy.after
    let indexing = Promise.resolve();
    eleventyConfig.on("eleventy.after", async () => {
      indexing = indexing.then(() => indexSearch(outDir)).catch((error: unknown) => {
        process.stderr.write(`Search index not made: ${error instanceof Error ? error.message : String(error)}\n`);
      });
    });
    // With the form editor, a saved picture must not reload the page an editor is still filling in.
    if (localBackend) eleventyConfig.setServerOptions({ liveReload: false });
  };
  const elev = new Eleventy(templateDirs(root).layouts, outDir, { config, source: "cli", runMode: "serve" });
  await elev.init();
  await elev.watch();
  elev.serve(port);
}

/** Whether `file` is `folder` or inside it. */
function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
