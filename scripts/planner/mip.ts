// A mixed-integer program as plain data, and the interface a solver offers; the planner builds the first and calls the second.
import type { ConstraintGroup } from "./types.ts";

export interface Column {
  name: string;
  lower: number;
  upper: number;
  integer: boolean;
}

/** A constraint `lower ≤ Σ coefficient × column ≤ upper` (use ±Infinity for a missing side). */
export interface Row {
  name: string;
  /** Constraints of one group are relaxed together when the planner looks for what blocks a plan; null: never relaxed. */
  group: ConstraintGroup | null;
  lower: number;
  upper: number;
  columns: number[];
  coefficients: number[];
}

/** One objective of the lexicographic order. */
export interface Objective {
  name: string;
  sense: "minimize" | "maximize";
  columns: number[];
  coefficients: number[];
  /** How far from its optimum this objective may move while the later ones are optimised. */
  tolerance: number;
}

export interface Mip {
  columns: Column[];
  rows: Row[];
  /** Optimised in order: each later objective only among the solutions (nearly) optimal for the earlier ones. Empty: any feasible solution. */
  objectives: Objective[];
  /** The solution may be this share (0…1) short of the proved best for the last objective; 0 (default): proved best. */
  gap?: number;
  /** The solution may be this much short of the proved best (in the objective's units); default 1e-7. */
  absoluteGap?: number;
}

export type MipSolution =
  | { status: "optimal"; values: number[]; objectives: number[] }
  | { status: "infeasible" }
  /** The solver stopped (time or iteration limit, numerical trouble) before it proved anything. */
  | { status: "stopped"; reason: string };

export interface MipSolver {
  name: string;
  solve(mip: Mip): MipSolution;
}

/** A solver for one objective (or none); `lexicographic` builds the full MipSolver from it. */
export type SingleObjectiveSolve = (mip: Mip, start?: readonly number[]) => MipSolution;

/**
 * Sequential lexicographic solving: optimise the first objective, keep it within its tolerance of that optimum as a
 * constraint, optimise the next, and so on. One solve per objective, each a plain single-objective program.
 */
export function lexicographic(solveOne: SingleObjectiveSolve, mip: Mip): MipSolution {
  if (mip.objectives.length <= 1) return solveOne(mip);
  const rows = [...mip.rows];
  const found: number[] = [];
  let last: MipSolution = { status: "infeasible" };
  for (const [index, objective] of mip.objectives.entries()) {
    const final = index === mip.objectives.length - 1;
    // The previous optimum fits every row kept so far: a feasible start for the next solve.
    last = solveOne({ columns: mip.columns, rows, objectives: [objective], gap: final ? (mip.gap ?? 0) : 0 }, last.status === "optimal" ? last.values : undefined);
    if (last.status !== "optimal") return last;
    const value = last.objectives[0]!;
    found.push(value);
    const keep = objective.sense === "minimize" ? { lower: -Infinity, upper: value + objective.tolerance } : { lower: value - objective.tolerance, upper: Infinity };
    rows.push({ name: `keep_${index}`, group: null, ...keep, columns: objective.columns, coefficients: objective.coefficients });
  }
  return last.status === "optimal" ? { status: "optimal", values: last.values, objectives: mip.objectives.map((objective) => evaluate(objective.columns, objective.coefficients, last.status === "optimal" ? last.values : [])) } : last;
}

/** A row from (column, coefficient) terms: a column named twice gets the sum, zeros are left out (solvers refuse repeats). */
export function makeRow(name: string, group: Row["group"], lower: number, upper: number, terms: Iterable<readonly [number, number]>): Row {
  const sums = new Map<number, number>();
  for (const [column, coefficient] of terms) sums.set(column, (sums.get(column) ?? 0) + coefficient);
  const entries = [...sums].filter(([, coefficient]) => coefficient !== 0);
  return { name, group, lower, upper, columns: entries.map(([column]) => column), coefficients: entries.map(([, coefficient]) => coefficient) };
}

/** The same program without the rows of `groups`. */
export function withoutGroups(mip: Mip, groups: readonly ConstraintGroup[]): Mip {
  return { ...mip, rows: mip.rows.filter((row) => row.group === null || !groups.includes(row.group)) };
}

/** The value of a linear expression for the given column values. */
export function evaluate(columns: readonly number[], coefficients: readonly number[], values: readonly number[]): number {
  let total = 0;
  columns.forEach((column, index) => {
    total += coefficients[index]! * values[column]!;
  });
  return total;
}
