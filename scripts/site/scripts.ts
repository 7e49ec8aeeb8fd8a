// Bundles the small browser scripts (assets/js/*.ts) with esbuild, deterministic output, no source maps; and HiGHS's WebAssembly for the week menu.
import { build } from "esbuild";
import { copyFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const ENTRIES = ["scaler", "finder", "menu", "menu-worker", "search", "recipe-tools", "cookbook", "cms"];

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
    // HiGHS's loader imports node:module only when it runs in Node.
    external: ["node:module"],
  });
  // The week menu's worker loads HiGHS's WebAssembly from beside itself.
  await copyFile(createRequire(import.meta.url).resolve("highs/runtime"), path.join(outDir, "assets", "js", "highs.wasm"));
}
