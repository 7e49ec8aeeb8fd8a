// Runs Eleventy programmatically over layouts/ with the given model.
import Eleventy from "@11ty/eleventy";
import path from "node:path";
import { provideModel } from "./model-store.ts";
import type { SiteModel } from "./model.ts";
import configure from "../../eleventy.config.ts";

/** Renders the site into `outDir`, or only one template of layouts/ (such as print.njk) when `only` is given. */
export async function renderSite(root: string, outDir: string, model: SiteModel, only?: string): Promise<void> {
  provideModel(model);
  const input = only ? path.join(root, "layouts", only) : path.join(root, "layouts");
  const elev = new Eleventy(input, outDir, { config: configure, quietMode: true });
  await elev.write();
}
