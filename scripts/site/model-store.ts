// Hands the model computed before the build to Eleventy's global data (Eleventy cannot take arguments).
import type { SiteModel } from "./model.ts";

let model: SiteModel | undefined;
let loader: (() => Promise<SiteModel>) | undefined;

/** Sets the model for the next Eleventy run (build), or a loader to call on every run (dev, live reload). */
export function provideModel(source: SiteModel | (() => Promise<SiteModel>)): void {
  if (typeof source === "function") {
    loader = source;
    model = undefined;
  } else {
    model = source;
    loader = undefined;
  }
}

export async function currentModel(): Promise<SiteModel> {
  if (model) return model;
  if (loader) return loader();
  throw new Error("No model: run the site through scripts/cli.ts (npm run build or npm run dev)");
}
