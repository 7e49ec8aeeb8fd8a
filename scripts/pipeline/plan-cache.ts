// Remembered solutions of the planner's programs, on disk: the same program gets the same answer without loading HiGHS, so a rebuild of the same content solves nothing.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Mip, MipSolution, MipSolver } from "../planner/mip.ts";

/** Thrown by a solver that may only answer from the cache, when the program is not there. */
export class NotCached extends Error {
  constructor() {
    super("this program has not been solved before");
    this.name = "NotCached";
  }
}

/** A program as text, every column, row, objective and gap in it: equal programs, equal texts (±Infinity, a missing side, kept apart, where plain JSON writes both as null). */
export function programKey(mip: Mip): string {
  return JSON.stringify(mip, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? String(value) : value));
}

/** A file name for a program and the solver that solves it: the hash of both. */
export function solutionKey(mip: Mip, solverId: string): string {
  return createHash("sha256").update(solverId).update("\0").update(programKey(mip)).digest("hex");
}

/**
 * A solver that answers from `dir` when it has solved the same program before, and otherwise asks `solver` (or throws
 * NotCached when there is none) and keeps what it proved (optimal or infeasible; a stopped solve depends on time, so it is
 * not kept). `solverId` names the solver and its version: a new version solves everything anew.
 */
export function cachedSolver(dir: string, solverId: string, solver?: MipSolver): MipSolver {
  return {
    name: solver?.name ?? "cache",
    solve(mip) {
      const file = path.join(dir, `${solutionKey(mip, solverId)}.json`);
      const known = readSolution(file);
      if (known) return known;
      if (!solver) throw new NotCached();
      const solution = solver.solve(mip);
      if (solution.status !== "stopped") writeSolution(file, solution);
      return solution;
    },
  };
}

function readSolution(file: string): MipSolution | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as MipSolution;
  } catch {
    return undefined;
  }
}

/** Written beside and renamed into place, so a build that stops half-way never leaves half a file to read. */
function writeSolution(file: string, solution: MipSolution): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(solution));
  renameSync(partial, file);
}
