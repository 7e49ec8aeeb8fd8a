// Planning a week menu over the checked content and the computed kitchen: the site's example plan, `npm run plan`, and the course's worked example.
import type { Content } from "../content/load.ts";
import type { MipSolver } from "../planner/mip.ts";
import { highsSolver, makePlan, type PlanRequest, type PlanResult, type StockItem } from "../planner/index.ts";
import { menuData, packageStockOf } from "../plan/data.ts";
import { defaultQuery, menuRequest } from "../plan/query.ts";
import type { Kitchen } from "../present/index.ts";

/** A plan for a request whose stock is its package's (by id) unless given; `solver` is HiGHS (`highsSolver(await loadHighs())`). */
export function planMenu(request: Omit<PlanRequest, "stock"> & { stock?: readonly StockItem[] }, content: Content, kitchen: Kitchen, solver: MipSolver): PlanResult {
  const stock = request.stock ?? (request.package === null ? [] : packageStockOf(content, request.package));
  return makePlan({ ...request, stock }, menuData(content, kitchen), solver);
}

/** The week-menu page's example: its first state (the first package, two adults and a child, seven days, every meal and all equipment); null without a package. */
export async function exampleMenu(content: Content, kitchen: Kitchen, solver?: MipSolver): Promise<PlanResult | null> {
  const first = content.packages[0];
  if (!first) return null;
  return planMenu(menuRequest(defaultQuery(first.id), (id) => packageStockOf(content, id)), content, kitchen, solver ?? (await loadSolver()));
}

/** HiGHS behind the planner's solver interface (its WebAssembly loaded and compiled once per call). */
export async function loadSolver(): Promise<MipSolver> {
  const { default: loadHighs } = await import("highs");
  return highsSolver(await loadHighs());
}

/** Each lesson's worked example (its `plan`: a package, a household and days; every meal, all equipment), by lesson slug. */
export async function lessonMenus(content: Content, kitchen: Kitchen, given?: MipSolver): Promise<Record<string, PlanResult>> {
  const lessons = content.lessons.filter((lesson) => lesson.data.plan);
  if (lessons.length === 0) return {};
  const solver = given ?? (await loadSolver());
  return Object.fromEntries(
    lessons.map((lesson) => {
      const { package: id, adults, children, days } = lesson.data.plan!;
      return [lesson.slug, planMenu(menuRequest({ ...defaultQuery(id), adults, children, days }, (pack) => packageStockOf(content, pack)), content, kitchen, solver)];
    }),
  );
}
