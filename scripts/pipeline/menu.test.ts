// Tests for planning over the real content: the page's example request gives a full week, and the same request the same plan, solved or kept; a solver asked the same program twice solves it once.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import loadHighs from "highs";
import { describe, expect, it } from "vitest";
import { checkContent } from "../content/check.ts";
import { highsSolver } from "../planner/index.ts";
import { defaultQuery, menuRequest } from "../plan/query.ts";
import { packageStockOf } from "../plan/data.ts";
import { computeKitchen } from "./compute.ts";
import type { Mip, MipSolver } from "../planner/mip.ts";
import { exampleMenu, menuPlanner, planMenu, remembering } from "./menu.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("planMenu", () => {
  it("should plan the page's example (es-paka-2013, 2 adults and a child, 7 days, 3 meals) and give the same plan for the same request", async () => {
    const { content } = await checkContent(root);
    if (!content) throw new Error("the project's content does not pass the check");
    const kitchen = computeKitchen(content);
    const example = await exampleMenu(content, menuPlanner(content, kitchen));
    if (!example?.ok) throw new Error(`no example plan: ${JSON.stringify(example)}`);
    expect(example.plan.package).toBe("es-paka-2013");
    expect(example.plan.days.map((day) => day.meals.map((meal) => meal.meal))).toEqual(Array.from({ length: 7 }, () => ["breakfast", "lunch", "dinner"]));
    const again = planMenu(menuRequest(defaultQuery("es-paka-2013"), (id) => packageStockOf(content, id)), content, kitchen, highsSolver(await loadHighs()));
    expect(again).toEqual(example);
  });

  it("should give the same plan from the solutions it kept as from HiGHS", async () => {
    const { content } = await checkContent(root);
    if (!content) throw new Error("the project's content does not pass the check");
    const kitchen = computeKitchen(content);
    const cacheDir = await mkdtemp(path.join(tmpdir(), "plans-"));
    try {
      const solved = await exampleMenu(content, menuPlanner(content, kitchen, { cacheDir }));
      expect((await readdir(cacheDir)).length).toBeGreaterThan(0);
      expect(await exampleMenu(content, menuPlanner(content, kitchen, { cacheDir }))).toEqual(solved);
      expect(solved).toEqual(await exampleMenu(content, menuPlanner(content, kitchen)));
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});

describe("remembering", () => {
  const program = (upper: number): Mip => ({ columns: [{ name: "x", lower: 0, upper, integer: true }], rows: [{ name: "r", group: null, lower: -Infinity, upper: 3, columns: [0], coefficients: [1] }], objectives: [] });

  it("should solve a program once however often it is asked, and each different program anew", () => {
    const asked: Mip[] = [];
    const inner: MipSolver = { name: "counting", solve: (mip) => (asked.push(mip), { status: "stopped", reason: `upper ${mip.columns[0]!.upper}` }) };
    const solver = remembering(inner);
    const first = solver.solve(program(2));
    expect(solver.solve(program(2))).toBe(first);
    expect(solver.solve(program(Infinity))).toEqual({ status: "stopped", reason: "upper Infinity" });
    expect(solver.solve(program(-Infinity))).toEqual({ status: "stopped", reason: "upper -Infinity" });
    expect(asked).toHaveLength(3);
    expect(solver.name).toBe("counting");
  });
});
