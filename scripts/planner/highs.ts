// The planner's solver: HiGHS (npm `highs`, WebAssembly; the same code in Node and the browser); several objectives are solved one after another.
//
// Chosen over yalps after measuring both on this program (npm run bench:plan, 2026-11-30, a shared 2-core machine at a load
// average of 12–15): with the first formulation (three objectives solved one after another), HiGHS found the best plan over
// the 27 real recipes in a median 8.5 s in Node while yalps stopped at its 60 s limit without one. yalps keeps the whole
// matrix dense and its README advises a few hundred integer columns at most. README.md ("Week menu") has the current figures.
import type { Highs, ModelData } from "highs";
import { evaluate, lexicographic, type Mip, type MipSolution, type MipSolver } from "./mip.ts";

export interface HighsOptions {
  /** Stop after this many seconds (the plan then says the solver stopped). */
  timeLimitSeconds?: number;
}

/** A solver over a loaded HiGHS module (`await loadHighs()` in Node, with `locateFile` for the wasm file in a browser). */
export function highsSolver(highs: Highs, options: HighsOptions = {}): MipSolver {
  const solveOne = (mip: Mip, start?: readonly number[]): MipSolution => {
    const model = highs.createModel(toModelData(highs, mip));
    try {
      model.options.set({
        output_flag: false,
        time_limit: options.timeLimitSeconds ?? 60,
        // Prove each objective optimal rather than within HiGHS's default 0.01 % gap, so equal inputs give equal, best plans.
        mip_rel_gap: mip.gap ?? 0,
        mip_abs_gap: mip.absoluteGap ?? 1e-7,
        // The feasibility-jump heuristic costs about 0.1 s per solve in this WebAssembly build, even on a program of two
        // columns, and found nothing the other heuristics miss on this program.
        mip_heuristic_run_feasibility_jump: false,
        // Trust a column's pseudocosts after one branching on it instead of HiGHS's default eight strong-branching LPs: on
        // the real recipes strong branching was two thirds of the LP iterations, and this took a week for two adults and a
        // child from 5 657 LP iterations (37 nodes) to 3 974 (111 nodes), 17–24 % less time on three requests (the proof stays exact).
        mip_pscost_minreliable: 1,
      });
      if (start) model.setSolution({ colValue: Float64Array.from(start) });
      model.run();
      const status = model.getModelStatus();
      const codes = highs.constants.modelStatus;
      if (status === codes.infeasible) return { status: "infeasible" };
      if (status !== codes.optimal) return { status: "stopped", reason: statusName(highs, status) };
      const values = Array.from(model.getSolution().colValue);
      return { status: "optimal", values, objectives: mip.objectives.map((objective) => evaluate(objective.columns, objective.coefficients, values)) };
    } finally {
      model.dispose();
    }
  };
  return { name: "HiGHS", solve: (mip) => lexicographic(solveOne, mip) };
}

function toModelData(highs: Highs, mip: Mip): ModelData {
  const numCols = mip.columns.length;
  const starts = new Int32Array(mip.rows.length + 1);
  let nonzeros = 0;
  mip.rows.forEach((row, index) => {
    nonzeros += row.columns.length;
    starts[index + 1] = nonzeros;
  });
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros);
  let at = 0;
  for (const row of mip.rows) {
    row.columns.forEach((column, index) => {
      indices[at] = column;
      values[at] = row.coefficients[index]!;
      at += 1;
    });
  }
  const single = mip.objectives.length === 1 ? mip.objectives[0] : undefined;
  const bound = (value: number) => (value === Infinity ? highs.infinity : value === -Infinity ? -highs.infinity : value);
  return {
    numCols,
    numRows: mip.rows.length,
    sense: single?.sense === "maximize" ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    colCost: single ? dense(numCols, single.columns, single.coefficients) : new Float64Array(numCols),
    colLower: Float64Array.from(mip.columns, (column) => bound(column.lower)),
    colUpper: Float64Array.from(mip.columns, (column) => bound(column.upper)),
    rowLower: Float64Array.from(mip.rows, (row) => bound(row.lower)),
    rowUpper: Float64Array.from(mip.rows, (row) => bound(row.upper)),
    matrix: { format: "csr", numRows: mip.rows.length, numCols, starts, indices, values },
    integrality: Int32Array.from(mip.columns, (column) => (column.integer ? highs.constants.variableType.integer : highs.constants.variableType.continuous)),
  };
}

function dense(length: number, columns: readonly number[], coefficients: readonly number[]): Float64Array {
  const out = new Float64Array(length);
  columns.forEach((column, index) => {
    out[column] = (out[column] ?? 0) + coefficients[index]!;
  });
  return out;
}

function statusName(highs: Highs, status: number): string {
  const entry = Object.entries(highs.constants.modelStatus).find(([, code]) => code === status);
  return entry ? entry[0] : `status ${status}`;
}
