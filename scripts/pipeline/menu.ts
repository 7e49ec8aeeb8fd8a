// Planning a week menu over the checked content and the computed kitchen: the site's example plan, `npm run plan`, and the course's worked example.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Content } from "../content/load.ts";
import type { MipSolution, MipSolver } from "../planner/mip.ts";
import { highsSolver, makePlan, type PlanRequest, type PlanResult, type StockItem } from "../planner/index.ts";
import { menuData, packageStockOf } from "../plan/data.ts";
import { defaultQuery, menuRequest } from "../plan/query.ts";
import type { Kitchen } from "../present/index.ts";
import { cachedSolver, NotCached, programKey } from "./plan-cache.ts";

/** A request whose stock is its package's (by id) unless given. */
export type MenuRequest = Omit<PlanRequest, "stock"> & { stock?: readonly StockItem[] };

/** Plans one request over the content (HiGHS is loaded only when a program has to be solved). */
export type MenuPlanner = (request: MenuRequest) => Promise<PlanResult>;

/** A plan for a request whose stock is its package's (by id) unless given; `solver` is HiGHS (`highsSolver(await loadHighs())`). */
export function planMenu(request: MenuRequest, content: Content, kitchen: Kitchen, solver: MipSolver): PlanResult {
  const stock = request.stock ?? (request.package === null ? [] : packageStockOf(content, request.package));
  return makePlan({ ...request, stock }, menuData(content, kitchen), solver);
}

/**
 * Plans with HiGHS, loaded on first need and then shared; with `cacheDir`, every program's solution is kept there
 * (plan-cache.ts), and a request whose programs are all there is answered without loading HiGHS at all.
 */
export function menuPlanner(content: Content, kitchen: Kitchen, { cacheDir }: { cacheDir?: string } = {}): MenuPlanner {
  let highs: Promise<MipSolver> | undefined;
  let identity: Promise<string> | undefined;
  const solver = () => (highs ??= loadSolver());
  return async (request) => {
    if (!cacheDir) return planMenu(request, content, kitchen, await solver());
    const id = await (identity ??= solverId());
    try {
      return planMenu(request, content, kitchen, cachedSolver(cacheDir, id));
    } catch (error) {
      if (!(error instanceof NotCached)) throw error;
    }
    return planMenu(request, content, kitchen, cachedSolver(cacheDir, id, await solver()));
  };
}

/** The week-menu page's example: its first state (the first package, two adults and a child, seven days, every meal and all equipment); null without a package. */
export async function exampleMenu(content: Content, plan: MenuPlanner): Promise<PlanResult | null> {
  const first = content.packages[0];
  if (!first) return null;
  return plan(menuRequest(defaultQuery(first.id), (id) => packageStockOf(content, id)));
}

/** HiGHS behind the planner's solver interface (its WebAssembly loaded and compiled once per call), answering a program it has solved before from memory. */
export async function loadSolver(): Promise<MipSolver> {
  const { default: loadHighs } = await import("highs");
  return remembering(highsSolver(await loadHighs()));
}

/**
 * `solver`, solving each distinct program once: the same request plans the same programs (the week-menu page's example and
 * lesson 3's are the same household, package and days). The plan cache keeps only proved solutions, so without this a solve
 * stopped by its time limit would be run again, to the same limit, for the second page of the same build.
 */
export function remembering(solver: MipSolver): MipSolver {
  const solved = new Map<string, MipSolution>();
  return {
    name: solver.name,
    solve(mip) {
      const key = programKey(mip);
      let solution = solved.get(key);
      if (!solution) {
        solution = solver.solve(mip);
        solved.set(key, solution);
      }
      return solution;
    },
  };
}

/** What a kept solution was solved with: HiGHS's WebAssembly, and the code that sets it up and solves in order (highs.ts, mip.ts), so a change to any of them solves anew. */
async function solverId(): Promise<string> {
  const { createRequire } = await import("node:module");
  const wasm = path.join(path.dirname(createRequire(import.meta.url).resolve("highs")), "highs.wasm");
  const hash = createHash("sha256").update(await readFile(wasm));
  for (const file of ["highs.ts", "mip.ts"]) hash.update(await readFile(fileURLToPath(new URL(`../planner/${file}`, import.meta.url))));
  return hash.digest("hex");
}

/** Each lesson's worked example (its `plan`: a package, a household and days; every meal, all equipment), by lesson slug. */
export async function lessonMenus(content: Content, plan: MenuPlanner): Promise<Record<string, PlanResult>> {
  const results: Record<string, PlanResult> = {};
  for (const lesson of content.lessons) {
    if (!lesson.data.plan) continue;
    const { package: id, adults, children, days } = lesson.data.plan;
    results[lesson.slug] = await plan(menuRequest({ ...defaultQuery(id), adults, children, days }, (pack) => packageStockOf(content, pack)));
  }
  return results;
}
