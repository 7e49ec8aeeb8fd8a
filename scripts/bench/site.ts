// Site benchmark (npm run bench:site): our site build of 1,000 generated recipes in two languages beside bare Eleventy rendering the same Markdown files.
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { loadContent } from "../content/load.ts";
import { indexSearch } from "../site/search.ts";
import { generateContent } from "./generate.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const RUNS = positiveInt(process.env.BENCH_RUNS, 3);
const RECIPES = positiveInt(process.env.BENCH_RECIPES, 1000);
/** Targets: the site build within 2× bare Eleventy in time and in peak memory; validation of the content under 1 s. */
const TARGET = { ratio: 2, validationSeconds: 1 };

interface Sample { seconds: number; maxRssMb: number }

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), "bench-site-"));
  try {
    const contentRoot = path.join(work, "generated");
    const generated = await generateContent({ from: path.join(ROOT, "content"), to: path.join(contentRoot, "content"), total: RECIPES });
    const bareInput = await markdownOnly(path.join(contentRoot, "content", "recipes"), path.join(work, "bare-input"));
    process.stdout.write(`Generated ${generated.recipes} recipes (${bareInput.files} Markdown files) in ${work}\n`);

    const ours: Sample[] = [];
    const bare: Sample[] = [];
    const validation: number[] = [];
    for (let round = 0; round <= RUNS; round += 1) {
      const a = await measureProcess([path.join(ROOT, "scripts", "bench", "site-build.ts"), contentRoot, path.join(work, "ours", "dist")], ROOT);
      // In the work folder, so Eleventy finds no configuration file and runs with its defaults.
      const b = await measureProcess([path.join(ROOT, "scripts", "bench", "bare-eleventy.ts"), bareInput.dir, path.join(work, "bare", "dist")], work);
      const start = performance.now();
      const loaded = await loadContent(contentRoot);
      const seconds = (performance.now() - start) / 1000;
      if (!loaded.content) throw new Error(`the generated content does not validate: ${loaded.issues.length} issues`);
      process.stdout.write(`  ${round === 0 ? "warm-up" : `run ${round}`}: ours ${a.seconds.toFixed(2)} s ${a.maxRssMb.toFixed(0)} MB, bare Eleventy ${b.seconds.toFixed(2)} s ${b.maxRssMb.toFixed(0)} MB, validation ${seconds.toFixed(2)} s\n`);
      if (round === 0) continue;
      ours.push(a);
      bare.push(b);
      validation.push(seconds);
    }
    // The search index alone, made again over the pages our last build wrote: a part of our build that bare Eleventy has no counterpart for.
    const search: number[] = [];
    for (let round = 0; round < RUNS; round += 1) {
      const start = performance.now();
      await indexSearch(path.join(work, "ours", "dist"));
      search.push((performance.now() - start) / 1000);
    }
    const [timeOurs, timeBare] = [median(ours.map((s) => s.seconds)), median(bare.map((s) => s.seconds))];
    const [memOurs, memBare] = [median(ours.map((s) => s.maxRssMb)), median(bare.map((s) => s.maxRssMb))];
    const check = median(validation);
    const cpus = os.cpus();
    const report = [
      "## Site benchmark",
      "",
      `Machine: ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB; Node ${process.version}; load average at the end ${os.loadavg().map((value) => value.toFixed(2)).join(", ")}.`,
      "",
      `${generated.recipes} recipes (the real ones and varied copies of them), ${bareInput.files} Markdown files; median of ${RUNS} runs after a warm-up, the two builds taking turns, each in its own process (wall time from start to exit, peak resident memory).`,
      "",
      "| build | wall s | peak memory MB |",
      "| --- | ---: | ---: |",
      `| ours: check, compute, pictures (cached), views, Eleventy, browser scripts, open data (\`build\` without books) | ${timeOurs.toFixed(2)} | ${memOurs.toFixed(0)} |`,
      `| bare Eleventy 3 on the same ${bareInput.files} Markdown files (default Markdown, no layout) | ${timeBare.toFixed(2)} | ${memBare.toFixed(0)} |`,
      `| ratio | **${(timeOurs / timeBare).toFixed(2)}×** | **${(memOurs / memBare).toFixed(2)}×** |`,
      "",
      `Of our build, the Pagefind index alone (made again over the pages it wrote, median of ${RUNS}): ${median(search).toFixed(2)} s, ${(median(search) / timeBare).toFixed(2)}× bare Eleventy.`,
      "",
      `Content validation of ${generated.recipes} recipes (all files read, parsed, checked against each other): **${check.toFixed(2)} s** (target under ${TARGET.validationSeconds} s).`,
      "",
      `Verdict: time ${timeOurs / timeBare <= TARGET.ratio ? "within" : "over"} the ${TARGET.ratio}× target, memory ${memOurs / memBare <= TARGET.ratio ? "within" : "over"} it, validation ${check < TARGET.validationSeconds ? "within" : "over"} its target.`,
    ].join("\n");
    const outFile = path.join(ROOT, "dist", "bench", "site.md");
    await mkdir(path.dirname(outFile), { recursive: true });
    await writeFile(outFile, `${report}\n`);
    process.stdout.write(`\n${report}\n\nWritten to ${path.relative(process.cwd(), outFile)}\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Copies only the recipes' Markdown files (what bare Eleventy renders), keeping the folders. */
async function markdownOnly(from: string, to: string): Promise<{ dir: string; files: number }> {
  let files = 0;
  for (const slug of await readdir(from)) {
    for (const name of ["index.lv.md", "index.en.md"]) {
      await cp(path.join(from, slug, name), path.join(to, slug, name));
      files += 1;
    }
  }
  return { dir: to, files };
}

/** Runs a benchmark script under tsx in `cwd`: wall time measured here, peak memory as the script reports it (its own maxRSS). */
function measureProcess(args: string[], cwd: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => void (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => void (stderr = (stderr + chunk.toString("utf8")).slice(-4000)));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - start) / 1000;
      const own = /\{"maxRssKb":(\d+)\}/.exec(stdout);
      if (code !== 0 || !own) return reject(new Error(`${args[0]} failed (exit ${code}):\n${stderr}`));
      resolve({ seconds, maxRssMb: Number(own[1]) / 1024 });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function positiveInt(value: string | undefined, fallback: number): number {
  return value && /^[1-9]\d*$/.test(value) ? Number(value) : fallback;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
