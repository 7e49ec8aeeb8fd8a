// Template settings shared by the site (Eleventy) and the print HTML (Nunjucks): strict, escaped, no code from data.
import path from "node:path";
import nunjucks from "nunjucks";

/** A typo in a template is an error, not a blank; output is escaped. https://mozilla.github.io/nunjucks/api.html#configure */
export const NUNJUCKS_OPTIONS = { throwOnUndefined: true, autoescape: true, trimBlocks: true, lstripBlocks: true } as const;

/** JSON for `<script type="application/json">`: "<" escaped so no value can close the script element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The templates folder and where shared partials live, inside the project. */
export function templateDirs(root: string): { layouts: string; partials: string } {
  return { layouts: path.join(root, "layouts"), partials: path.join(root, "layouts", "_partials") };
}

/** The font files both renderers ship: Atkinson Hyperlegible Next, Latin and Latin Extended (Latvian letters), regular and bold. */
export const FONT_FILES = "node_modules/@fontsource/atkinson-hyperlegible-next/files/*-latin{,-ext}-{400,700}-normal.woff2";

/**
 * The Nunjucks environment both renderers use: templates from layouts/ and partials from layouts/_partials/, compiled once
 * and cached (the dev server makes a new one when a layout changes), with the `json` filter.
 */
export function templateEnvironment(root: string): nunjucks.Environment {
  const dirs = templateDirs(root);
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([dirs.partials, dirs.layouts]), NUNJUCKS_OPTIONS);
  env.addFilter("json", jsonForScript);
  return env;
}
