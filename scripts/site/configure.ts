// Eleventy configuration for the site: pages from the views, rendered by the shared Nunjucks templates in layouts/; safe Markdown; no front matter code.
import path from "node:path";
import type { PageView } from "../present/pages.ts";
import { SITEMAP_FILE, type SiteViews } from "../present/index.ts";
import type { WebManifest } from "../present/manifest.ts";
import { NOT_FOUND_FILE } from "../present/not-found.ts";
import { markdown } from "../present/markdown.ts";
import { templateDirs, templateEnvironment } from "../templates.ts";
import { renderLanding, renderNotFound, renderPage, renderSitemap } from "./pages.ts";

/** The part of Eleventy's UserConfig this project uses (Eleventy ships no TypeScript types for it). */
export interface EleventyConfig {
  addGlobalData(name: string, data: unknown): void;
  addWatchTarget(target: string): void;
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
  on(event: "eleventy.after", callback: () => Promise<void>): void;
  on(event: "eleventy.beforeWatch", callback: (changedFiles: string[]) => Promise<void>): void;
  setLibrary(name: string, library: unknown): void;
  setFrontMatterParsingOptions(options: Record<string, unknown>): void;
  setQuietMode(quiet: boolean): void;
  setServerOptions(options: Record<string, unknown>): void;
  setTemplateFormats(formats: string[]): void;
}

export interface SiteOptions {
  /** The project folder (layouts/ and assets/ are in it). */
  root: string;
  /** The site's page views, or a function that makes them anew on each rebuild (the dev server). */
  views: SiteViews | (() => Promise<SiteViews>);
  /** Read templates again when a file under layouts/ changes (the dev server). */
  watch?: boolean;
}

const refuse = () => {
  throw new Error("JavaScript front matter is not allowed");
};

/** Everything Eleventy needs to know, in one place. */
export function configureSite(config: EleventyConfig, { root, views, watch = false }: SiteOptions): void {
  let templates = templateEnvironment(root);
  // Compiled templates are kept between rebuilds (recompiling every partial for every page made a rebuild twice as slow);
  // a change under layouts/ starts a fresh environment, which reads them again. https://www.11ty.dev/docs/events/#eleventy.beforewatch
  if (watch) {
    const layouts = path.resolve(templateDirs(root).layouts);
    config.on("eleventy.beforeWatch", async (files: string[]) => {
      if (files.some((file) => path.resolve(file).startsWith(`${layouts}${path.sep}`))) templates = templateEnvironment(root);
    });
  }
  // Pages are virtual templates over the views, not files: content/ is never read by Eleventy, and no template is compiled
  // once per page (Eleventy compiles a paginated Nunjucks template for every page; our environment compiles each file once).
  // https://www.11ty.dev/docs/virtual-templates/ https://www.11ty.dev/docs/languages/javascript/
  config.setTemplateFormats(["11ty.js"]);
  config.addGlobalData("views", typeof views === "function" ? views : () => views);
  config.addTemplate("pages.11ty.js", {
    data: { pagination: { data: "views.pages", size: 1, alias: "entry" }, permalink: (data: { entry: PageView }) => data.entry.permalink },
    render: (data: { entry: PageView }) => renderPage(templates, data.entry),
  });
  config.addTemplate("landing.11ty.js", {
    data: { permalink: "index.html" },
    render: (data: { views: SiteViews }) => renderLanding(templates, data.views),
  });
  config.addTemplate("not-found.11ty.js", {
    data: { permalink: NOT_FOUND_FILE },
    render: (data: { views: SiteViews }) => renderNotFound(templates, data.views),
  });
  // The files about the pages: the sitemap, robots.txt and a web manifest per language.
  config.addTemplate("sitemap.11ty.js", {
    data: { permalink: SITEMAP_FILE },
    render: (data: { views: SiteViews }) => renderSitemap(templates, data.views),
  });
  config.addTemplate("robots.11ty.js", {
    data: { permalink: "robots.txt" },
    render: (data: { views: SiteViews }) => data.views.robots,
  });
  config.addTemplate("manifests.11ty.js", {
    data: { pagination: { data: "views.manifests", size: 1, alias: "manifest" }, permalink: (data: { manifest: WebManifest }) => data.manifest.file },
    render: (data: { manifest: WebManifest }) => `${JSON.stringify(data.manifest.json, null, 2)}\n`,
  });
  // No code runs from front matter. https://www.11ty.dev/docs/data-frontmatter-customize/
  config.setFrontMatterParsingOptions({ engines: { js: refuse, javascript: refuse, jsLegacy: refuse } });
  // Markdown without raw HTML, should Eleventy ever render any. https://www.11ty.dev/docs/languages/markdown/#optional-set-your-own-library-instance
  config.setLibrary("md", markdown);
  config.setQuietMode(true);
}
