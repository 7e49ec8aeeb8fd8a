// Eleventy configuration, for running Eleventy by itself (`npx tsx node_modules/.bin/eleventy`): it loads, checks and presents the content first.
// The build and `npm run dev` call configureSite with the views they made (scripts/site/render.ts, scripts/site/dev.ts).
// https://www.11ty.dev/docs/config/
import path from "node:path";
import { fileURLToPath } from "node:url";
import { computeAndPresent, contextFor, loadChecked } from "./scripts/pipeline/steps.ts";
import { copySiteAssets } from "./scripts/site/assets.ts";
import { configureSite, type EleventyConfig } from "./scripts/site/configure.ts";

const root = path.dirname(fileURLToPath(import.meta.url));
const output = "_site";

export default function (eleventyConfig: EleventyConfig): { dir: { input: string; output: string } } {
  configureSite(eleventyConfig, {
    root,
    views: async () => {
      const content = await loadChecked(root);
      const [views] = await Promise.all([computeAndPresent(content, contextFor({ root, outDir: path.join(root, output) }), { web: path.join(root, output, "img") }), copySiteAssets(root, path.join(root, output))]);
      return views.site;
    },
  });
  return { dir: { input: "layouts", output } };
}
