// A small plan to make before the reader asks for one, so HiGHS's WebAssembly is compiled and its hot code optimised when the first real plan comes.
import type { PlanRequest } from "./types.ts";

/**
 * The request cut down to one adult for one day, without a budget: it runs the same code (the program, HiGHS's presolve,
 * simplex, cuts and branching, the layout) on a program a seventh of the size. In headless Chromium with the CPU slowed
 * down 4× it took about as long as a week's warm-up for one adult and left the next plan as fast (README, "Week menu").
 */
export function warmUpRequest(request: PlanRequest): PlanRequest {
  const { budgetEur: _budget, ...rest } = request;
  return { ...rest, household: { adults: 1, children: 0 }, days: 1 };
}
