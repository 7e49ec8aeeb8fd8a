// A small plan to make before the reader asks for one, so HiGHS's WebAssembly is compiled and its hot code optimised when the first real plan comes.
import type { PlanRequest } from "./types.ts";

/**
 * The request cut down to one adult for one day, without a budget: it runs the same code (the program, HiGHS's presolve,
 * simplex, cuts and branching, the layout) on a smaller program. In headless Chromium with the CPU slowed down 4× (separate
 * runs at a load average of 8–10) it took 6.9 s against 12.6 s for a week for one adult, and the week's plan for two adults
 * and a child after it 6.0 s against 5.2 s: within the runs' spread, against 14–17 s for that plan on a fresh page.
 */
export function warmUpRequest(request: PlanRequest): PlanRequest {
  const { budgetEur: _budget, ...rest } = request;
  return { ...rest, household: { adults: 1, children: 0 }, days: 1 };
}
