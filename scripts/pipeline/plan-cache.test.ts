import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Mip, MipSolution, MipSolver } from "../planner/mip.ts";
import { cachedSolver, NotCached, solutionKey } from "./plan-cache.ts";

const mip = (upper: number): Mip => ({
  columns: [{ name: "x", lower: 0, upper, integer: true }],
  rows: [],
  objectives: [{ name: "x", sense: "maximize", columns: [0], coefficients: [1], tolerance: 0 }],
});

/** A solver for the one-column programs above that counts how often it was asked. */
function countingSolver(answer: (mip: Mip) => MipSolution = (program) => ({ status: "optimal", values: [program.columns[0]!.upper], objectives: [program.columns[0]!.upper] })) {
  const solver: MipSolver & { calls: number } = {
    name: "counting",
    calls: 0,
    solve(program) {
      solver.calls += 1;
      return answer(program);
    },
  };
  return solver;
}

let dir: string;
beforeEach(async () => void (dir = await mkdtemp(path.join(tmpdir(), "plan-cache-"))));
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("cachedSolver", () => {
  it("should answer a program solved before from the cache, without the solver", () => {
    const solver = countingSolver();
    const first = cachedSolver(dir, "v1", solver).solve(mip(3));
    expect(cachedSolver(dir, "v1").solve(mip(3))).toEqual(first);
    expect(first).toEqual({ status: "optimal", values: [3], objectives: [3] });
    expect(solver.calls).toBe(1);
  });

  it("should throw NotCached for a program it has not seen when it has no solver", () => {
    cachedSolver(dir, "v1", countingSolver()).solve(mip(3));
    expect(() => cachedSolver(dir, "v1").solve(mip(4))).toThrow(NotCached);
  });

  it("should tell apart programs that differ only in the sign of an infinite bound", () => {
    const open = (upper: number): Mip => ({ ...mip(3), rows: [{ name: "r", group: null, lower: 0, upper, columns: [0], coefficients: [1] }] });
    expect(solutionKey(open(Infinity), "v1")).not.toBe(solutionKey(open(-Infinity), "v1"));
  });

  it("should solve anew when the solver's id changes", () => {
    const solver = countingSolver();
    cachedSolver(dir, "v1", solver).solve(mip(3));
    cachedSolver(dir, "v2", solver).solve(mip(3));
    expect(solver.calls).toBe(2);
    expect(() => cachedSolver(dir, "v3").solve(mip(3))).toThrow(NotCached);
  });

  it("should keep an infeasible answer but not a stopped solve, which depends on time", async () => {
    cachedSolver(dir, "v1", countingSolver(() => ({ status: "infeasible" }))).solve(mip(1));
    cachedSolver(dir, "v1", countingSolver(() => ({ status: "stopped", reason: "time limit" }))).solve(mip(2));
    expect(cachedSolver(dir, "v1").solve(mip(1))).toEqual({ status: "infeasible" });
    expect(() => cachedSolver(dir, "v1").solve(mip(2))).toThrow(NotCached);
    expect(await readdir(dir)).toEqual([`${solutionKey(mip(1), "v1")}.json`]);
  });
});
