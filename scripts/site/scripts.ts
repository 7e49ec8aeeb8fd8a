// Bundles the small browser scripts (assets/js/*.ts) with esbuild; deterministic output, no source maps.
import { build } from "esbuild";
import path from "node:path";

const ENTRIES = ["scaler", "finder", "search", "recipe-tools", "cookbook", "cms"];

/** Writes `outDir/assets/js/<name>.js` for each browser entry point. */
export async function bundleScripts(root: string, outDir: string): Promise<void> {
  await build({
    entryPoints: ENTRIES.map((name) => path.join(root, "assets", "js", `${name}.ts`)),
    outdir: path.join(outDir, "assets", "js"),
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
}
