// Planner benchmark (npm run bench:plan): a 7-day, three-meal plan over the real recipes and 1 000 generated ones, HiGHS against yalps in Node (BENCH_YALPS=0 leaves yalps out), HiGHS in headless Chromium with 4× CPU throttling; loading HiGHS is timed apart from planning.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import loadHighs from "highs";
import { solve as yalpsSolve, type Constraint } from "yalps";
import { checkContent } from "../content/check.ts";
import { ContentError } from "../content/issues.ts";
import { computeRecipe } from "../kitchen/recipe.ts";
import { lexicographic, type Mip, type MipSolution, type MipSolver } from "../planner/mip.ts";
import { highsSolver, makePlan, packageStock, plannerData, warmUpRequest, type PlannerData, type PlanRequest, type PlanResult } from "../planner/index.ts";
import { launchBrowser } from "../print/browser.ts";
import { generateContent } from "./generate.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const PACKAGE = "es-paka-2013";
/** Timed runs after one warm-up; BENCH_RUNS overrides. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const GENERATED = Math.max(28, Number(process.env.BENCH_RECIPES ?? 1000) || 1000);
/** Each solve gives up after this long (the plan then counts as not found). */
const LIMIT_SECONDS = Number(process.env.BENCH_LIMIT ?? 60) || 60;
const THROTTLE = 4;

interface Input {
  label: string;
  data: PlannerData;
  request: PlanRequest;
}

async function inputFrom(root: string, label: string): Promise<Input> {
  const checked = await checkContent(root);
  if (!checked.content) throw new ContentError(checked.issues);
  const content = checked.content;
  const products = new Map(content.products.map((product) => [product.id, product]));
  const recipes = content.recipes.map((recipe) => {
    const result = computeRecipe({ slug: recipe.slug, servings: recipe.lv.data.servings, ingredients: recipe.lv.data.ingredients }, products);
    if (!result.ok) throw new Error(`${recipe.slug}: cannot compute`);
    return { computed: result.recipe, meal: recipe.lv.data.meal, equipment: recipe.lv.data.equipment };
  });
  const chosen = content.packages.find((item) => item.id === PACKAGE)!;
  const request: PlanRequest = { package: PACKAGE, stock: packageStock(chosen.products, products), household: { adults: 2, children: 1 }, days: 7, meals: ["breakfast", "lunch", "dinner"], avoid: [], equipment: ["stove", "oven", "kettle"] };
  return { label: `${label} (${recipes.length} recipes)`, data: plannerData(recipes, content.products.map(({ id, packageGrams, price }) => ({ id, packageGrams, price: { eur: price.eur } }))), request };
}

/** yalps behind the planner's solver interface: bounds become rows, objectives are solved one after another. */
function yalpsSolver(timeoutMs: number): MipSolver {
  const solveOne = (mip: Mip): MipSolution => {
    const constraints = new Map<string, Constraint>();
    const variables = new Map<string, Map<string, number>>(mip.columns.map((_, index) => [`c${index}`, new Map<string, number>()]));
    mip.columns.forEach((column, index) => {
      if (column.upper !== Infinity) {
        constraints.set(`u${index}`, { max: column.upper });
        variables.get(`c${index}`)!.set(`u${index}`, 1);
      }
    });
    mip.rows.forEach((row, index) => {
      constraints.set(`r${index}`, { ...(row.lower !== -Infinity ? { min: row.lower } : {}), ...(row.upper !== Infinity ? { max: row.upper } : {}) });
      row.columns.forEach((column, at) => variables.get(`c${column}`)!.set(`r${index}`, row.coefficients[at]!));
    });
    const objective = mip.objectives[0];
    objective?.columns.forEach((column, at) => variables.get(`c${column}`)!.set("objective", objective.coefficients[at]!));
    const solution = yalpsSolve(
      { direction: objective?.sense ?? "minimize", objective: objective ? "objective" : undefined, constraints, variables, integers: mip.columns.flatMap((column, index) => (column.integer ? [`c${index}`] : [])) },
      { timeout: timeoutMs, tolerance: mip.gap ?? 0 },
    );
    if (solution.status === "infeasible") return { status: "infeasible" };
    if (solution.status !== "optimal") return { status: "stopped", reason: solution.status };
    const values = new Array<number>(mip.columns.length).fill(0);
    for (const [name, value] of solution.variables) values[Number(name.slice(1))] = value;
    return { status: "optimal", values, objectives: objective ? [solution.result] : [] };
  };
  return { name: "yalps", solve: (mip) => lexicographic(solveOne, mip) };
}

interface Row {
  input: string;
  engine: string;
  runs: number[];
  outcome: string;
  /** Loading HiGHS and the first plan after it (before the timed runs); in the browser also, on a page of its own, a warm-up plan and the first plan after it. */
  load?: number;
  first?: number;
  warmUp?: number;
  afterWarmUp?: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function outcome(result: PlanResult): string {
  if (result.ok) return `plan, shopping ${result.plan.totals.extraCostEur.toFixed(2)} €`;
  return "stopped" in result ? `stopped (${result.stopped})` : `blocked (${result.blockers.map((blocker) => blocker.constraint).join(", ")})`;
}

/** Times makePlan: one warm-up (the first plan), then RUNS runs (a run that does not finish stops the series). */
function timeNode(input: Input, solver: MipSolver): Row {
  const runs: number[] = [];
  let first = NaN;
  let last = "";
  for (let run = 0; run <= RUNS; run += 1) {
    const start = performance.now();
    const result = makePlan(input.request, input.data, solver);
    const seconds = (performance.now() - start) / 1000;
    last = outcome(result);
    if (run > 0) runs.push(seconds);
    else first = seconds;
    process.stdout.write(`  ${input.label}, ${solver.name}, ${run === 0 ? "warm-up" : `run ${run}`}: ${seconds.toFixed(2)} s — ${last}\n`);
    if (!result.ok) break;
  }
  return { input: input.label, engine: `${solver.name} in Node`, runs, outcome: last, first };
}

/** The planner bundled with esbuild into a page of its own; HiGHS's wasm served beside it; CPU slowed down THROTTLE times. */
async function timeBrowser(inputs: Input[]): Promise<Row[]> {
  const entry = `
    import loadHighs from "highs";
    import { highsSolver, makePlan } from "./scripts/planner/index.ts";
    let highs;
    window.loadSolver = async () => {
      const start = performance.now();
      highs = await loadHighs({ locateFile: (file) => "/" + file });
      return (performance.now() - start) / 1000;
    };
    window.runPlan = (input, limit) => {
      const solver = highsSolver(highs, { timeLimitSeconds: limit });
      const start = performance.now();
      const result = makePlan(input.request, input.data, solver);
      return { seconds: (performance.now() - start) / 1000, ok: result.ok, cost: result.ok ? result.plan.totals.extraCostEur : null, why: result.ok ? null : JSON.stringify(result) };
    };`;
  const bundle = await esbuild({ stdin: { contents: entry, resolveDir: ROOT, loader: "ts" }, bundle: true, format: "esm", platform: "browser", write: false, external: ["node:module"], logLevel: "silent" });
  const wasm = await readFile(createRequire(import.meta.url).resolve("highs/runtime"));
  const files: Record<string, { body: Buffer | string; type: string }> = {
    "/index.html": { body: '<!doctype html><meta charset="utf-8"><title>planner bench</title><script type="module" src="/bench.js"></script>', type: "text/html" },
    "/bench.js": { body: bundle.outputFiles[0]!.text, type: "text/javascript" },
    "/highs.wasm": { body: wasm, type: "application/wasm" },
  };
  const browser = await launchBrowser();
  const label = `HiGHS in Chromium ${THROTTLE}× slower`;
  /** A fresh page (fresh compiled code) with HiGHS loaded: fetched, compiled and instantiated, as a page would while the reader fills in the form. */
  const openPage = async (input: Input) => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const file = files[new URL(request.url()).pathname];
      void (file ? request.respond({ status: 200, contentType: file.type, body: file.body }) : request.abort());
    });
    await page.goto("http://bench.invalid/index.html");
    await page.waitForFunction(() => "runPlan" in window);
    await page.emulateCPUThrottling(THROTTLE);
    const load = await page.evaluate(() => (window as unknown as { loadSolver: () => Promise<number> }).loadSolver());
    process.stdout.write(`  ${input.label}, ${label}, loading HiGHS: ${load.toFixed(2)} s\n`);
    // Each solve in the page stops after LIMIT_SECONDS of (throttled) wall time; a whole plan that takes longer than
    // Puppeteer's protocol timeout (180 s) counts as no plan.
    const plan = async (what: Input, name: string) => {
      const result = await page
        .evaluate((data, limit) => (window as unknown as { runPlan: (input: unknown, limit: number) => { seconds: number; ok: boolean; cost: number | null; why: string | null } }).runPlan(data, limit), JSON.parse(JSON.stringify(what)), LIMIT_SECONDS)
        .catch((error: unknown) => ({ seconds: NaN, ok: false, cost: null, why: error instanceof Error ? error.message.split("\n")[0]! : String(error) }));
      const outcome = result.ok ? `plan, shopping ${result.cost!.toFixed(2)} €` : `no plan: ${result.why}`;
      process.stdout.write(`  ${input.label}, ${label}, ${name}: ${result.seconds.toFixed(2)} s — ${outcome}\n`);
      return { ...result, outcome };
    };
    return { page, load, plan };
  };
  const rows: Row[] = [];
  try {
    for (const input of inputs) {
      // The first plan on a fresh page runs mostly on code V8 compiled quickly (Liftoff) while it optimises the hot functions
      // in the background; the runs after it show the optimised code.
      const fresh = await openPage(input);
      const first = await fresh.plan(input, "first plan");
      const runs: number[] = [];
      let last = first;
      for (let run = 1; run <= RUNS && last.ok; run += 1) {
        last = await fresh.plan(input, `run ${run}`);
        runs.push(last.seconds);
      }
      await fresh.page.close();
      // The week-menu page does the same once the reader starts on the form: its warm-up plan (one adult, one day) right after loading HiGHS.
      const warmed = await openPage(input);
      const warmUp = await warmed.plan({ ...input, request: warmUpRequest(input.request) }, "warm-up plan (one adult, one day)");
      const afterWarmUp = await warmed.plan(input, "first plan after the warm-up");
      await warmed.page.close();
      rows.push({ input: input.label, engine: `HiGHS in Chromium, CPU ${THROTTLE}× slower`, runs, outcome: last.outcome, load: fresh.load, first: first.seconds, warmUp: warmUp.seconds, afterWarmUp: afterWarmUp.seconds });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), "bench-plan-"));
  try {
    const real = await inputFrom(ROOT, "real recipes");
    await generateContent({ from: path.join(ROOT, "content"), to: path.join(work, "content"), total: GENERATED });
    const generated = await inputFrom(work, "generated recipes (varied from the real ones)");
    const loading = performance.now();
    const highs = highsSolver(await loadHighs(), { timeLimitSeconds: LIMIT_SECONDS });
    const load = (performance.now() - loading) / 1000;
    const rows: Row[] = [];
    for (const input of [real, generated]) {
      rows.push({ ...timeNode(input, highs), load });
      if (process.env.BENCH_YALPS !== "0") rows.push(timeNode(input, yalpsSolver(LIMIT_SECONDS * 1000)));
    }
    if (process.env.BENCH_BROWSER !== "0") rows.push(...(await timeBrowser([real, generated])));
    const loadAverage = os.loadavg().map((value) => value.toFixed(2)).join(", ");
    const seconds = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "" : value.toFixed(2));
    process.stdout.write(`\n| input | solver | loading HiGHS (s) | first plan (s) | median of ${RUNS} after it (s) | runs (s) | warm-up plan, one adult, one day (s) | first plan after the warm-up (s) | result |\n| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | --- |\n`);
    for (const row of rows) process.stdout.write(`| ${row.input} | ${row.engine} | ${seconds(row.load)} | ${seconds(row.first)} | ${row.runs.length === RUNS ? median(row.runs).toFixed(2) : "—"} | ${row.runs.map((value) => value.toFixed(2)).join(", ")} | ${seconds(row.warmUp)} | ${seconds(row.afterWarmUp)} | ${row.outcome} |\n`);
    process.stdout.write(`\nLoad average (1, 5, 15 min) at the end: ${loadAverage}; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}); each solve stops after ${LIMIT_SECONDS} s.\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
