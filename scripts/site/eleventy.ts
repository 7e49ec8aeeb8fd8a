// Runs Eleventy programmatically over layouts/ with the given model.
import Eleventy from "@11ty/eleventy";
import path from "node:path";
import { provideModel } from "./model-store.ts";
import type { SiteModel } from "./model.ts";
import configure from "../../eleventy.config.ts";

/** Renders the site into `outDir` (relative paths resolved against `root`, Eleventy's working directory). */
export async function renderSite(root: string, outDir: string, model: SiteModel): Promise<void> {
  provideModel(model);
  const elev = new Eleventy(path.join(root, "layouts"), outDir, { config: configure, quietMode: true });
  await elev.write();
}
