// `npm run dev`: serves the site with live reload; every change under content/ revalidates and rebuilds.
import Eleventy from "@11ty/eleventy";
import path from "node:path";
import { checkContent } from "../content/check.ts";
import { ContentError, formatIssue } from "../content/issues.ts";
import { sourceDateEpoch } from "../source-date.ts";
import { processImages } from "./images.ts";
import { bundleScripts } from "./scripts.ts";
import { buildModel } from "./model.ts";
import { provideModel } from "./model-store.ts";
import configure from "../../eleventy.config.ts";

export async function dev({ root }: { root: string }): Promise<void> {
  const outDir = path.join(root, "dist");
  provideModel(async () => {
    const checked = await checkContent(root);
    if (!checked.content) {
      process.stderr.write(`${checked.issues.map(formatIssue).join("\n")}\n`);
      throw new ContentError(checked.issues);
    }
    const images = await processImages(checked.content, path.join(root, ".cache", "images"), outDir);
    await bundleScripts(root, outDir);
    const date = new Date(sourceDateEpoch(root) * 1000).toISOString().slice(0, 10);
    return buildModel(checked.content, images, date, "http://localhost:8080/");
  });
  const elev = new Eleventy(path.join(root, "layouts"), outDir, { config: configure, source: "cli", runMode: "serve" });
  await elev.init();
  await elev.watch();
  elev.serve(Number(process.env.PORT ?? 8080));
}
