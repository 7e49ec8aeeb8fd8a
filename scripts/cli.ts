// Command line: check, build, dev and pdf — `tsx scripts/cli.ts <command>`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ContentError, formatIssue } from "./content/issues.ts";
import { checkContent } from "./content/check.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const commands: Record<string, () => Promise<void>> = {
  async check() {
    const result = await checkContent(root);
    if (!result.content) throw new ContentError(result.issues);
    const { content } = result;
    process.stdout.write(`Content is valid: ${content.products.length} products, ${content.packages.length} packages, ${content.recipes.length} recipes, ${content.lessons.length} lessons.\n`);
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
  if (error instanceof ContentError) {
    process.stderr.write(`${error.issues.map(formatIssue).join("\n")}\n\n${error.issues.length} ${error.issues.length === 1 ? "problem" : "problems"} found — fix them and run the command again.\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
}
