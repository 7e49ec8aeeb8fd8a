// Registers the model, filters, assets and safety settings with Eleventy.
import path from "node:path";
import { markdown } from "./markdown.ts";
import { currentModel } from "./model-store.ts";

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
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setLayoutsDirectory(dir: string): void;
  setTemplateFormats(formats: string[]): void;
}

const refuse = () => {
  throw new Error("JavaScript front matter is not allowed");
};
const FONT_DIR = "node_modules/@fontsource/atkinson-hyperlegible-next";

/** Everything Eleventy needs to know, in one place. */
export function configureSite(config: EleventyConfig): void {
  // Templates and partials live in layouts/; content/ is never read by Eleventy itself (the model is). https://www.11ty.dev/docs/config/#input-directory
  config.setIncludesDirectory("_partials");
  config.setLayoutsDirectory("_base");
  // Only our Nunjucks templates are processed: no Markdown file is ever run through a template engine.
  config.setTemplateFormats(["njk"]);
  // The validated, computed model is the only data source. https://www.11ty.dev/docs/data-global-custom/
  config.addGlobalData("model", () => currentModel());
  // A typo in a template is an error, not a blank; output is escaped. https://www.11ty.dev/docs/languages/nunjucks/#optional-global-nunjucks-environment-options
  config.setNunjucksEnvironmentOptions({ throwOnUndefined: true, autoescape: true, trimBlocks: true, lstripBlocks: true });
  // No code runs from front matter, not even in our own templates. https://www.11ty.dev/docs/data-frontmatter-customize/
  config.setFrontMatterParsingOptions({ engines: { js: refuse, javascript: refuse, jsLegacy: refuse } });
  // Markdown without raw HTML. https://www.11ty.dev/docs/languages/markdown/#optional-set-your-own-library-instance
  config.setLibrary("md", markdown);
  // Fonts from npm and our own assets. https://www.11ty.dev/docs/copy/
  config.addPassthroughCopy({
    "assets/css": "assets/css",
    "assets/icons": "assets/icons",
    [`${FONT_DIR}/files/*-latin{,-ext}-{400,700}-normal.woff2`]: "assets/fonts/files",
  });
  // JSON for <script type="application/json">: "<" escaped so no value can close the script element.
  config.addFilter("json", ((value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c")) as never);
  config.addWatchTarget(path.join("content", "**"));
  config.setQuietMode(true);
}
