// The form editor step: writes admin/ into the output folder — the page, its configuration, the preview's data and Decap CMS from node_modules.
import { cp, mkdir, readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import nunjucks from "nunjucks";
import { stringify } from "yaml";
import type { Content } from "../content/load.ts";
import { basePathOf } from "../present/routes.ts";
import { NUNJUCKS_OPTIONS, templateDirs } from "../templates.ts";
import { cmsConfig } from "./config.ts";
import { previewData } from "./preview-data.ts";

export interface FormEditorOptions {
  /** The site's full address, ending with "/". */
  siteUrl: string;
  buildDate: string;
  /** `npm run cms` only: the local decap-server's API address, which the page may then reach. */
  localBackend?: string;
}

/** The GitHub origins Decap's github backend talks to: its REST API, and the editor's avatar picture. */
const GITHUB_API = "https://api.github.com";
const GITHUB_AVATARS = "https://avatars.githubusercontent.com";

/**
 * The page's Content-Security-Policy: files of this site, GitHub's API and, under `npm run cms`, the local decap-server.
 * 'unsafe-eval': Decap compiles its configuration schema with ajv at start-up (decaporg/decap-cms#2138); 'unsafe-inline'
 * styles: Decap's components style themselves at run time. Neither lets a script from anywhere else run.
 */
export function formEditorCsp(localBackend?: string): string {
  const local = localBackend ? ` ${new URL(localBackend).origin}` : "";
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${GITHUB_AVATARS}`,
    `connect-src 'self' blob: ${GITHUB_API}${local}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** Writes `outDir/admin/`; the page loads assets/js/cms.js, which the browser-scripts step bundles. */
export async function writeFormEditor(root: string, outDir: string, content: Content, options: FormEditorOptions): Promise<void> {
  const admin = path.join(outDir, "admin");
  await mkdir(admin, { recursive: true });
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(templateDirs(root).layouts), NUNJUCKS_OPTIONS);
  const page = env.render("admin/index.njk", {
    csp: formEditorCsp(options.localBackend),
    title: `${content.cms.page.title} · ${content.site.title.lv}`,
    noscript: content.cms.page.noscript,
    root: basePathOf(options.siteUrl),
  });
  const config = cmsConfig(content, { localBackend: options.localBackend });
  await Promise.all([
    writeFile(path.join(admin, "index.html"), page),
    writeFile(path.join(admin, "config.yml"), `# Made by the build from the content schemas and content/cms.yaml: change those, not this file.\n${stringify(config, { lineWidth: 0 })}`),
    writeFile(path.join(admin, "preview.json"), JSON.stringify(previewData(content, options.siteUrl, options.buildDate))),
    copyDecap(admin),
  ]);
}

/** Decap's self-contained bundle, the chunks it loads on demand and its licence notices (no source maps). */
async function copyDecap(to: string): Promise<void> {
  const dist = path.join(path.dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");
  const files = (await readdir(dist)).filter((name) => /^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$/.test(name));
  await Promise.all(files.map((name) => cp(path.join(dist, name), path.join(to, name))));
}
