// Eleventy configuration for the site: templates in layouts/, the page views as the only data, safe Markdown, strict Nunjucks.
import type { SiteViews } from "../present/index.ts";
import { markdown } from "../present/markdown.ts";
import { FONT_FILES, jsonForScript, NUNJUCKS_OPTIONS } from "../templates.ts";

/** The part of Eleventy's UserConfig this project uses (Eleventy ships no TypeScript types for it). */
export interface EleventyConfig {
  addGlobalData(name: string, data: unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addWatchTarget(target: string): void;
  setLibrary(name: string, library: unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  setFrontMatterParsingOptions(options: Record<string, unknown>): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  setQuietMode(quiet: boolean): void;
  setServerOptions(options: Record<string, unknown>): void;
  setIncludesDirectory(dir: string): void;
  setLayoutsDirectory(dir: string): void;
  setTemplateFormats(formats: string[]): void;
  ignores: Set<string>;
}

const refuse = () => {
  throw new Error("JavaScript front matter is not allowed");
};

/** Everything Eleventy needs to know, in one place; `views` are the site's page views, or a function that makes them anew on each rebuild. */
export function configureSite(config: EleventyConfig, views: SiteViews | (() => Promise<SiteViews>)): void {
  // Templates and partials live in layouts/; content/ is never read by Eleventy itself (the views are). https://www.11ty.dev/docs/config/#input-directory
  config.setIncludesDirectory("_partials");
  config.setLayoutsDirectory("_base");
  // The books' templates are rendered by the print layer, not as site pages. https://www.11ty.dev/docs/ignores/
  config.ignores.add("layouts/print/**");
  // The form editor's page is written by its own step (scripts/cms/admin.ts), with its own Content-Security-Policy.
  config.ignores.add("layouts/admin/**");
  // Only our Nunjucks templates are processed: no Markdown file is ever run through a template engine.
  config.setTemplateFormats(["njk"]);
  // The page views are the only data source. https://www.11ty.dev/docs/data-global-custom/
  config.addGlobalData("views", typeof views === "function" ? views : () => views);
  config.setNunjucksEnvironmentOptions({ ...NUNJUCKS_OPTIONS });
  // No code runs from front matter, not even in our own templates. https://www.11ty.dev/docs/data-frontmatter-customize/
  config.setFrontMatterParsingOptions({ engines: { js: refuse, javascript: refuse, jsLegacy: refuse } });
  // Markdown without raw HTML. https://www.11ty.dev/docs/languages/markdown/#optional-set-your-own-library-instance
  config.setLibrary("md", markdown);
  // Fonts from npm and our own assets. https://www.11ty.dev/docs/copy/
  config.addPassthroughCopy({ "assets/css/fonts.css": "assets/css/fonts.css", "assets/css/site.css": "assets/css/site.css", "assets/icons": "assets/icons", [FONT_FILES]: "assets/fonts/files" });
  config.addFilter("json", jsonForScript as never);
  config.setQuietMode(true);
}
