// The PDF command against the floor: `npm run pdf` as a whole process, beside one process printing the same books' HTML one by one, bare.
import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";

/** The project's target: the whole command takes no longer than the bare sequential prints. */
const TARGET = 1.0;

/**
 * Runs `tsx scripts/cli.ts pdf --out <work>/command` and `tsx scripts/bench/bare-print.ts` on the print HTML that command wrote
 * (page numbers filled in; the numbered books, not the booklets' instruction sheets), taking turns: one warm-up, then `runs` rounds.
 * Each round also times the same bare prints in two browsers at once, which says how much a second core can give a print.
 */
export async function benchCommand(root: string, work: string, runs: number): Promise<{ markdown: string; verdict: string }> {
  const outDir = path.join(work, "command");
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const ours: number[] = [];
  const bare: number[] = [];
  const bareTwo: number[] = [];
  process.stdout.write("\nMeasuring npm run pdf against bare sequential prints …\n");
  for (let round = 0; round <= runs; round += 1) {
    const command = await timed(tsx, ["scripts/cli.ts", "pdf", "--out", outDir], root);
    const printDir = path.join(outDir, "print");
    const books = (await readdir(printDir)).filter((name) => name.endsWith(".html") && !name.includes("booklet")).sort();
    const files = books.map((name) => path.join(printDir, name));
    const floor = await timed(tsx, ["scripts/bench/bare-print.ts", outDir, ...files], root);
    const twoAtOnce = await timed(tsx, ["scripts/bench/bare-print.ts", "--browsers", "2", outDir, ...files], root);
    process.stdout.write(`  ${round === 0 ? "warm-up" : `run ${round}`}: npm run pdf ${command.toFixed(2)} s, bare ${books.length} prints ${floor.toFixed(2)} s, in two browsers ${twoAtOnce.toFixed(2)} s\n`);
    if (round === 0) continue;
    ours.push(command);
    bare.push(floor);
    bareTwo.push(twoAtOnce);
  }
  const [a, b, c] = [median(ours), median(bare), median(bareTwo)];
  const ratio = a / b;
  const markdown = [
    "### The PDF command against bare sequential prints",
    "",
    "| process | median wall s | runs (s) |",
    "| --- | ---: | --- |",
    `| \`npm run pdf\` (check, compute, pictures, print HTML, all 8 books with page numbers, pdf-lib, booklets, atomic publish) | ${a.toFixed(2)} | ${ours.map((value) => value.toFixed(2)).join(", ")} |`,
    `| one browser printing the same final HTML of the 6 numbered books one after another, tagged (the floor) | ${b.toFixed(2)} | ${bare.map((value) => value.toFixed(2)).join(", ")} |`,
    `| the same prints in two browsers at once, each taking the next book (what a second core gives a bare print) | ${c.toFixed(2)} | ${bareTwo.map((value) => value.toFixed(2)).join(", ")} |`,
    "",
    `All started through tsx, so start-up costs the same. Ratio: **${ratio.toFixed(2)}×**; two browsers against one, bare: ${(c / b).toFixed(2)}×.`,
  ].join("\n");
  const verdict = `- **npm run pdf**: ${ratio.toFixed(2)}× the bare sequential prints — ${ratio <= TARGET ? `within the ${TARGET.toFixed(1)}× target` : `over the ${TARGET.toFixed(1)}× target`}.`;
  return { markdown, verdict };
}

function timed(program: string, args: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(program, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => void (stderr = (stderr + chunk.toString("utf8")).slice(-4000)));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve((performance.now() - start) / 1000) : reject(new Error(`${program} ${args.join(" ")} failed (exit ${code}):\n${stderr}`))));
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
