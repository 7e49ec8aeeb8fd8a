// PDF benchmark (npm run bench:pdf): our print pipeline against a bare Chromium print, WeasyPrint and pagedjs-cli, as Markdown tables.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { PDFDocument } from "pdf-lib";
import type { Browser } from "puppeteer";
import { computeAndPresent, contextFor, loadChecked } from "../pipeline/steps.ts";
import { bookMetadata, printWithPageNumbers, type PrintPhase } from "../print/books.ts";
import { printAreaPx } from "../print/guess.ts";
import { findBrowser, launchBrowser } from "../print/browser.ts";
import { writeBookHtml } from "../print/html.ts";
import type { BookMetadata } from "../print/metadata.ts";
import { UNKNOWN_PAGE } from "../print/pagerefs.ts";
import { openForPrint, printToPdf } from "../print/render.ts";
import { generateContent } from "./generate.ts";
import { benchCommand } from "./pdf-command.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const EDITION = "recepsu-burtnica-lv-a5";
/** Timed repetitions after one warm-up; BENCH_RUNS overrides (for trying the bench out quickly). */
const RUNS = positiveInt(process.env.BENCH_RUNS, 3);
/** Recipes in the generated notebook; BENCH_RECIPES overrides. */
const GENERATED_RECIPES = positiveInt(process.env.BENCH_RECIPES, 500);
/** The project's target: the whole pipeline takes at most this many times one bare tagged print. */
const TARGET = 1.5;
/** The phases of printing one book, in the order they happen. */
const PRINT_PHASES: readonly PrintPhase[] = ["open", "guess", "fill", "print", "finish", "close"];
const PHASE_NAMES: Record<PrintPhase, string> = { open: "open tab + load the HTML", guess: "guess pages (screen layout in page-sized columns)", fill: "page numbers into the HTML file and the page", print: "final print (tagged, outline)", finish: "finishPdf (pdf-lib: read back, metadata, outline, save)", close: "close tab" };
/** Same limit as our own prints, for the other engines. */
const ENGINE_TIMEOUT_MS = 30 * 60_000;

interface Sample {
  seconds: number;
  pages: number | null;
  bytes: number;
}

interface Engine {
  name: string;
  /** Why the engine is not measured ("not installed"), or undefined when it is. */
  skip?: string;
  /** Another program: when it fails, the row says so and the bench goes on without it. */
  optional?: boolean;
  run: () => Promise<Sample>;
}

interface Row {
  name: string;
  skip?: string;
  /** The engine stopped with an error after this many seconds (a lower bound of its time). */
  failed?: { seconds: number; reason: string };
  runs: number[];
  median: number;
  pages: number | null;
  bytes: number;
}

interface Input {
  label: string;
  recipes: number;
  outDir: string;
  /** The print HTML as the build wrote it, page numbers still "000". */
  unnumberedHtml: string;
  meta: BookMetadata;
  printArea: [number, number];
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), "bench-pdf-"));
  const keep = process.env.BENCH_KEEP === "1";
  try {
    const command = await benchCommand(ROOT, work, RUNS);
    const inputs: Input[] = [];
    inputs.push(await prepare("real content", ROOT, path.join(work, "real")));
    const generatedRoot = path.join(work, "generated-content");
    const generated = await generateContent({ from: path.join(ROOT, "content"), to: path.join(generatedRoot, "content"), total: GENERATED_RECIPES });
    inputs.push(await prepare(`generated notebook (${generated.recipes} recipes: the real ones and varied copies of them)`, generatedRoot, path.join(work, "generated")));

    const browser = await launchBrowser();
    const sections: string[] = [];
    try {
      const machine = await describeMachine(browser);
      sections.push(machine, command.markdown);
      const verdicts: string[] = [command.verdict];
      for (const input of inputs) {
        process.stdout.write(`\nMeasuring ${input.label} …\n`);
        const { markdown, verdict } = await benchInput(browser, input, work);
        sections.push(markdown);
        verdicts.push(verdict);
      }
      sections.push(["### Verdict", "", ...verdicts].join("\n"));
    } finally {
      await browser.close();
    }
    const markdown = `${sections.join("\n\n")}\n`;
    const outFile = path.join(ROOT, "dist", "bench", "pdf.md");
    await mkdir(path.dirname(outFile), { recursive: true });
    await writeFile(outFile, markdown);
    process.stdout.write(`\n${markdown}\nWritten to ${path.relative(process.cwd(), outFile)}\n`);
  } finally {
    if (keep) process.stdout.write(`Kept the work folder ${work}\n`);
    else await rm(work, { recursive: true, force: true });
  }
}

/** Runs the pipeline's steps on `contentRoot` up to the print HTML of the A5 Latvian notebook, and returns that HTML. */
async function prepare(label: string, contentRoot: string, outDir: string): Promise<Input> {
  process.stdout.write(`\nPreparing ${label} …\n`);
  const context = contextFor({ root: ROOT, contentRoot, outDir });
  const content = await loadChecked(contentRoot);
  const views = await computeAndPresent(content, context, { print: path.join(outDir, "print", "img") });
  const view = views.books.find((book) => book.edition.id === EDITION);
  if (!view) throw new Error(`the build has no book ${EDITION}`);
  await writeBookHtml(ROOT, outDir, [view]);
  const htmlFile = path.join(outDir, view.edition.html);
  const unnumberedHtml = await readFile(htmlFile, "utf8");
  if (!unnumberedHtml.includes(`>${UNKNOWN_PAGE}<`)) throw new Error(`${htmlFile} has no unfilled page numbers`);
  return { label, recipes: content.recipes.length, outDir, unnumberedHtml, meta: bookMetadata(view, context.epoch), printArea: printAreaPx(view.edition) };
}

async function benchInput(browser: Browser, input: Input, work: string): Promise<{ markdown: string; verdict: string }> {
  const printDir = path.join(input.outDir, "print");
  // Every file stays in print/, so the HTML's relative links (CSS, fonts, pictures) resolve as in the build.
  const pipelineFile = path.join(printDir, "bench-pipeline.html");
  const finalFile = path.join(printDir, "bench-final.html");
  const outPdf = (name: string) => path.join(work, `${path.basename(input.outDir)}-${name}.pdf`);

  // One pipeline run first gives the final HTML (numbers filled in) that every other engine prints.
  await writeFile(pipelineFile, input.unnumberedHtml);
  await printWithPageNumbers(browser, pipelineFile, input.outDir, input.meta, input.printArea);
  await copyFile(pipelineFile, finalFile);

  const engines: Engine[] = [
    {
      name: "our pipeline: printWithPageNumbers (guessed page numbers, tagged print, finishPdf)",
      run: async () => {
        await writeFile(pipelineFile, input.unnumberedHtml);
        const start = performance.now();
        const finished = await printWithPageNumbers(browser, pipelineFile, input.outDir, input.meta, input.printArea);
        const seconds = elapsed(start);
        return { seconds, pages: finished.pages, bytes: finished.bytes.byteLength };
      },
    },
    {
      name: "Chromium, one bare tagged print (floor)",
      run: async () => {
        const start = performance.now();
        const pdf = await printToPdf(browser, { htmlFile: finalFile, allowDir: input.outDir, tagged: true });
        const seconds = elapsed(start);
        return { seconds, pages: await pageCount(pdf), bytes: pdf.byteLength };
      },
    },
    {
      name: "Chromium, one bare untagged print (reference)",
      run: async () => {
        const start = performance.now();
        const pdf = await printToPdf(browser, { htmlFile: finalFile, allowDir: input.outDir, tagged: false });
        const seconds = elapsed(start);
        return { seconds, pages: await pageCount(pdf), bytes: pdf.byteLength };
      },
    },
    externalEngine(`WeasyPrint ${weasyPrintVersion() ?? ""}`.trim(), "weasyprint", (out) => ["weasyprint", [finalFile, out], {}], outPdf("weasyprint")),
    externalEngine(`pagedjs-cli ${pagedjsVersion() ?? ""}`.trim(), "pagedjs-cli", (out) => ["pagedjs-cli", pagedjsArgs(finalFile, out), { PUPPETEER_EXECUTABLE_PATH: process.env.PUPPETEER_EXECUTABLE_PATH ?? findBrowser() }], outPdf("pagedjs")),
  ];

  const rows = await measure(engines);
  const phases = await breakdown(browser, input);
  const split = await splitPrints(
    browser,
    [
      { label: "final HTML, tagged with outline (the floor; our final print)", htmlFile: finalFile, tagged: true },
      { label: "final HTML, untagged", htmlFile: finalFile, tagged: false },
    ],
    input.outDir,
  );
  const floor = rows[1]!;
  const ours = rows[0]!;
  const ratio = ours.median / floor.median;

  const table = [
    "| engine | median wall s | × bare tagged Chromium | pages | PDF size |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map((row) =>
      row.skip
        ? `| ${row.name} | ${row.skip} | – | – | – |`
        : row.failed
          ? `| ${row.name} | failed after ${row.failed.seconds.toFixed(1)} s: ${row.failed.reason} | > ${(row.failed.seconds / floor.median).toFixed(1)} | – | – |`
          : `| ${row.name} | ${row.median.toFixed(2)} | ${(row.median / floor.median).toFixed(2)} | ${row.pages ?? "?"} | ${megabytes(row.bytes)} |`,
    ),
  ];
  const runs = rows.filter((row) => !row.skip && !row.failed).map((row) => `${row.name.split(":")[0]}: ${row.runs.map((run) => run.toFixed(2)).join(", ")}`);
  const phaseTotal = PRINT_PHASES.reduce((sum, phase) => sum + phases.median[phase], 0);
  const phaseTable = [
    "| phase of our pipeline | median s | share |",
    "| --- | ---: | ---: |",
    ...PRINT_PHASES.map((phase) => `| ${PHASE_NAMES[phase]} | ${phases.median[phase].toFixed(2)} | ${Math.round((phases.median[phase] / phaseTotal) * 100)} % |`),
    `| sum (the pipeline needed ${phases.finalPrints.join("/")} tagged print(s) per run) | ${phaseTotal.toFixed(2)} | 100 % |`,
  ];

  const faster = rows.slice(3).map((row) =>
    row.skip
      ? `${row.name.split(" ")[0]}: ${row.skip}`
      : row.failed
        ? `faster than ${row.name}, which failed after ${row.failed.seconds.toFixed(1)} s`
        : `${row.median > ours.median ? "faster" : "slower"} than ${row.name} (${ours.median.toFixed(2)} s vs ${row.median.toFixed(2)} s, ${(row.median / ours.median).toFixed(2)}×)`,
  );
  const verdict = `- **${input.label}**: our pipeline takes ${ratio.toFixed(2)}× one bare tagged print — ${ratio <= TARGET ? `within the ${TARGET}× target` : `over the ${TARGET}× target by ${(((ratio - TARGET) / TARGET) * 100).toFixed(0)} % (${(ours.median - TARGET * floor.median).toFixed(2)} s over)`}; ${faster.join("; ")}.`;

  const markdown = [
    `### ${capitalise(input.label)} — A5 Latvian notebook, ${rows[0]!.pages ?? "?"} pages`,
    "",
    ...table,
    "",
    `Median of ${RUNS} runs after one warm-up, engines taking turns. Runs (s): ${runs.join("; ")}.`,
    "",
    ...phaseTable,
    "",
    "| one Chromium print, split | tab + load s | page.pdf s | PDF size |",
    "| --- | ---: | ---: | ---: |",
    ...split.map((row) => `| ${row.label} | ${row.load.toFixed(2)} | ${row.pdf.toFixed(2)} | ${megabytes(row.bytes)} |`),
  ].join("\n");
  return { markdown, verdict };
}

/** One warm-up of every engine, then RUNS rounds in which the engines take turns (so drift hits them alike). */
async function measure(engines: Engine[]): Promise<Row[]> {
  const samples = new Map<Engine, Sample[]>(engines.map((engine) => [engine, []]));
  const failures = new Map<Engine, { seconds: number; reason: string }>();
  for (let round = 0; round <= RUNS; round += 1) {
    for (const engine of engines) {
      if (engine.skip || failures.has(engine)) continue;
      const start = performance.now();
      let sample: Sample;
      try {
        sample = await engine.run();
      } catch (error) {
        if (!engine.optional) throw error;
        const failure = { seconds: elapsed(start), reason: firstErrorLine(error) };
        failures.set(engine, failure);
        process.stdout.write(`  ${engine.name} failed after ${failure.seconds.toFixed(1)} s, not run again: ${failure.reason}\n`);
        continue;
      }
      process.stdout.write(`  ${round === 0 ? "warm-up" : `run ${round}`} ${engine.name}: ${sample.seconds.toFixed(2)} s\n`);
      if (round > 0) samples.get(engine)!.push(sample);
    }
  }
  return engines.map((engine) => {
    if (engine.skip) return { name: engine.name, skip: engine.skip, runs: [], median: Number.NaN, pages: null, bytes: 0 };
    const failed = failures.get(engine);
    if (failed) return { name: engine.name, failed, runs: [], median: Number.NaN, pages: null, bytes: 0 };
    const list = samples.get(engine)!;
    const last = list.at(-1)!;
    return { name: engine.name, runs: list.map((sample) => sample.seconds), median: median(list.map((sample) => sample.seconds)), pages: last.pages, bytes: last.bytes };
  });
}

/** Times each phase of printWithPageNumbers itself (through its phase hook), on a fresh copy of the unnumbered HTML: one warm-up, then RUNS runs. */
async function breakdown(browser: Browser, input: Input): Promise<{ median: Record<PrintPhase, number>; finalPrints: number[] }> {
  const file = path.join(input.outDir, "print", "bench-breakdown.html");
  const runs: Partial<Record<PrintPhase, number>>[] = [];
  const finalPrints: number[] = [];
  for (let round = 0; round <= RUNS; round += 1) {
    await writeFile(file, input.unnumberedHtml);
    const times: Partial<Record<PrintPhase, number>> = {};
    const finished = await printWithPageNumbers(browser, file, input.outDir, input.meta, input.printArea, (phase, seconds) => void (times[phase] = (times[phase] ?? 0) + seconds));
    process.stdout.write(`  ${round === 0 ? "warm-up" : `run ${round}`} breakdown: ${PRINT_PHASES.map((phase) => (times[phase] ?? 0).toFixed(2)).join(" + ")} s\n`);
    if (round === 0) continue;
    runs.push(times);
    finalPrints.push(finished.prints);
  }
  return { median: Object.fromEntries(PRINT_PHASES.map((phase) => [phase, median(runs.map((times) => times[phase] ?? 0))])) as Record<PrintPhase, number>, finalPrints };
}

interface SplitCase {
  label: string;
  htmlFile: string;
  tagged: boolean;
}

/** Splits single prints (openForPrint, then one print) into opening the tab and loading the page, and page.pdf; medians of RUNS after a warm-up. */
async function splitPrints(browser: Browser, cases: SplitCase[], allowDir: string): Promise<{ label: string; load: number; pdf: number; bytes: number }[]> {
  const times = cases.map(() => ({ load: [] as number[], pdf: [] as number[], bytes: 0 }));
  for (let round = 0; round <= RUNS; round += 1) {
    for (const [index, { htmlFile, tagged }] of cases.entries()) {
      const start = performance.now();
      const document = await openForPrint(browser, { htmlFile, allowDir });
      try {
        const loaded = performance.now();
        const pdf = await document.print({ tagged });
        if (round === 0) continue;
        const entry = times[index]!;
        entry.load.push((loaded - start) / 1000);
        entry.pdf.push(elapsed(loaded));
        entry.bytes = pdf.byteLength;
      } finally {
        await document.close();
      }
    }
  }
  const result = cases.map((item, index) => ({ label: item.label, load: median(times[index]!.load), pdf: median(times[index]!.pdf), bytes: times[index]!.bytes }));
  for (const row of result) process.stdout.write(`  split ${row.label}: load ${row.load.toFixed(2)} s, page.pdf ${row.pdf.toFixed(2)} s\n`);
  return result;
}

/** An engine run as its own process: the wall time includes starting it, as a user would see it. */
function externalEngine(name: string, command: string, invocation: (out: string) => [string, string[], NodeJS.ProcessEnv], out: string): Engine {
  if (!installed(command)) return { name, skip: "not installed", run: () => Promise.reject(new Error(`${command} is not installed`)) };
  return {
    name,
    optional: true,
    run: async () => {
      await rm(out, { force: true });
      const [program, args, env] = invocation(out);
      const start = performance.now();
      await runProcess(program, args, { ...process.env, ...env });
      const seconds = elapsed(start);
      if (!existsSync(out)) throw new Error(`${command} wrote no PDF`);
      const bytes = await readFile(out);
      return { seconds, pages: await pageCount(bytes), bytes: (await stat(out)).size };
    },
  };
}

function pagedjsArgs(input: string, out: string): string[] {
  const args = [input, "-o", out, "--timeout", String(ENGINE_TIMEOUT_MS)];
  // As root Chromium runs only without its sandbox (as launchBrowser does for our prints).
  if (process.getuid?.() === 0) args.push("--browserArgs", "--no-sandbox");
  return args;
}

function runProcess(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ["ignore", "ignore", "pipe"], timeout: ENGINE_TIMEOUT_MS });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-4000);
    });
    child.on("error", reject);
    child.on("close", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${program} failed (${signal ?? `exit ${code}`}):\n${stderr}`))));
  });
}

/** The line of a failed program's output that names the error, short enough for a table cell. */
function firstErrorLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  const found = lines.find((candidate) => /error/i.test(candidate)) ?? lines[0] ?? "unknown error";
  const line = found.split(/(?<=\.) /)[0]!;
  return (line.length > 140 ? `${line.slice(0, 137)}…` : line).replace(/\|/g, "\\|");
}

function installed(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function weasyPrintVersion(): string | null {
  if (!installed("weasyprint")) return null;
  const out = spawnSync("weasyprint", ["--version"], { encoding: "utf8" }).stdout ?? "";
  return /(\d+(\.\d+)+)/.exec(out)?.[1] ?? null;
}

/** pagedjs-cli has no --version: read the package.json next to its script. */
function pagedjsVersion(): string | null {
  const found = spawnSync("sh", ["-c", "command -v pagedjs-cli"], { encoding: "utf8" }).stdout?.trim();
  if (!found) return null;
  let dir = path.dirname(realpathSync(found));
  for (let depth = 0; depth < 4; depth += 1, dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (!existsSync(file)) continue;
    try {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "pagedjs-cli" && pkg.version) return pkg.version;
    } catch {
      return null;
    }
  }
  return null;
}

async function describeMachine(browser: Browser): Promise<string> {
  const cpus = os.cpus();
  const load = os.loadavg().map((value) => value.toFixed(2)).join(", ");
  return [
    "## PDF benchmark",
    "",
    `Code: ${commitOf(ROOT)}.`,
    "",
    `Machine: ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB memory; ${os.type()} ${os.release()} (${os.arch()}); ${await browser.version()} through Puppeteer; Node ${process.version}; load average at start ${load}.`,
    "",
    `Our pipeline = printWithPageNumbers: in one tab, page numbers guessed from a screen layout in page-sized columns and filled in, the final tagged print with outline, finishPdf with pdf-lib (metadata, outline titles, numbers read back and checked; a wrong guess would mean a second print); on a fresh copy of the HTML without page numbers each run. The Chromium rows print the final HTML (numbers filled in) once, with the final print's options; all Chromium rows share one browser. WeasyPrint and pagedjs-cli print the same final HTML and are timed as whole processes (start-up included). Times include opening a tab and loading the page.`,
    ...(installed("weasyprint") ? ["", "WeasyPrint ignores some of this CSS (its warnings name, for example, `gap` and `calc()` with `var()`), so its page count differs: same HTML, not the same layout."] : []),
  ].join("\n");
}

/** The commit the figures belong to (read-only git), marked when scripts/print/ has changes not yet committed. */
function commitOf(root: string): string {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: root, encoding: "utf8" });
  const head = git("log", "-1", "--format=%h %cI").stdout?.trim();
  if (!head) return "not a git checkout";
  const dirty = git("status", "--porcelain", "--", "scripts/print").stdout?.trim();
  return `commit ${head}${dirty ? " with uncommitted changes in scripts/print/" : ""}`;
}

async function pageCount(pdf: Uint8Array): Promise<number | null> {
  try {
    return (await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true })).getPageCount();
  } catch {
    return null;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function elapsed(start: number): number {
  return (performance.now() - start) / 1000;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function positiveInt(value: string | undefined, fallback: number): number {
  return value && /^[1-9]\d*$/.test(value) ? Number(value) : fallback;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
