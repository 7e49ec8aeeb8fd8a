// Command line: check, build, dev, pdf and new — `tsx scripts/cli.ts <command>`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ContentError } from "./content/issues.ts";
import { checkContent } from "./content/check.ts";
import { reportFailure } from "./report.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const commands: Record<string, () => Promise<void>> = {
  async check() {
    const result = await checkContent(root);
    if (!result.content) throw new ContentError(result.issues);
    const { content } = result;
    process.stdout.write(`Content is valid: ${content.products.length} products, ${content.recipes.length} recipes, ${content.lessons.length} lessons.\n`);
  },
  async build() {
    const { build } = await import("./build.ts");
    await build({ root });
  },
  async pdf() {
    const { buildPdfsOnly } = await import("./build.ts");
    await buildPdfsOnly({ root });
  },
  async dev() {
    const { dev } = await import("./site/dev.ts");
    await dev({ root });
  },
  async new() {
    const { createSkeleton, nextSteps } = await import("./new/create.ts");
    const created = await createSkeleton(root, process.argv[3] ?? "", process.argv.slice(4).join(" "));
    process.stdout.write(nextSteps(created));
  },
};

const name = process.argv[2] ?? "";
const command = commands[name];
if (!command) {
  process.stderr.write(`Usage: tsx scripts/cli.ts <${Object.keys(commands).join("|")}>\n`);
  process.exit(2);
}
try {
  await command();
} catch (error) {
  process.exit(reportFailure(error));
}
