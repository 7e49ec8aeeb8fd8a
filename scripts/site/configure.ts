// Eleventy configuration for the site: pages from the views, rendered by the shared Nunjucks templates in layouts/; safe Markdown; no front matter code.
import type { PageView } from "../present/pages.ts";
import type { SiteViews } from "../present/index.ts";
import { markdown } from "../present/markdown.ts";
import { templateEnvironment } from "../templates.ts";
import { renderLanding, renderPage } from "./pages.ts";

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
  /** Read templates again when they change (the dev server). */
  watch?: boolean;
}

const refuse = () => {
  throw new Error("JavaScript front matter is not allowed");
};

/** Everything Eleventy needs to know, in one place. */
export function configureSite(config: EleventyConfig, { root, views, watch = false }: SiteOptions): void {
  const templates = templateEnvironment(root, { watch });
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
  // No code runs from front matter. https://www.11ty.dev/docs/data-frontmatter-customize/
  config.setFrontMatterParsingOptions({ engines: { js: refuse, javascript: refuse, jsLegacy: refuse } });
  // Markdown without raw HTML, should Eleventy ever render any. https://www.11ty.dev/docs/languages/markdown/#optional-set-your-own-library-instance
  config.setLibrary("md", markdown);
  config.setQuietMode(true);
}
