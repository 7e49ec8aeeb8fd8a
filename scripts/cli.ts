// Command line: check, build, dev, cms, pdf and new — `tsx scripts/cli.ts <command> [--out <folder>] [--content <folder>]`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { reportFailure } from "./report.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: "string" }, content: { type: "string" } } });
/** --out: the output folder instead of dist/; --content: the folder holding content/ instead of the project's. */
const folders = { root, ...(values.out ? { outDir: path.resolve(values.out) } : {}), ...(values.content ? { contentRoot: path.resolve(values.content) } : {}) };

const commands: Record<string, () => Promise<void>> = {
  async check() {
    const { loadChecked } = await import("./pipeline/steps.ts");
    const content = await loadChecked(folders.contentRoot ?? root);
    process.stdout.write(`Content is valid: ${content.products.length} products, ${content.recipes.length} recipes, ${content.lessons.length} lessons, ${content.packages.length} packages.\n`);
  },
  async build() {
    const { build } = await import("./build.ts");
    await build(folders);
  },
  async pdf() {
    const { buildPdfs } = await import("./pdf.ts");
    await buildPdfs(folders);
  },
  async dev() {
    const { dev } = await import("./site/dev.ts");
    await dev(folders);
  },
  async new() {
    const { createSkeleton, nextSteps } = await import("./new/create.ts");
    const created = await createSkeleton(root, positionals[1] ?? "", positionals.slice(2).join(" "));
    process.stdout.write(nextSteps(created));
  },
  async cms() {
    const { cms } = await import("./cms/local.ts");
    await cms(root);
  },
};

const name = positionals[0] ?? "";
const command = commands[name];
if (!command) {
  process.stderr.write(`Usage: tsx scripts/cli.ts <${Object.keys(commands).join("|")}> [--out <folder>] [--content <folder>]\n`);
  process.exit(2);
}
try {
  await command();
} catch (error) {
  process.exit(reportFailure(error));
}
