// The week menu's planner off the page's main thread: loads HiGHS's WebAssembly once (beside this script) and answers each request with its plan.
import loadHighs from "highs";
import { highsSolver, makePlan, type PlannerData, type PlanRequest, type PlanResult } from "../../scripts/planner/index.ts";

/** A request to plan; id 0 is the page's warm-up plan, whose answer it ignores. */
export interface PlanMessage { id: number; request: PlanRequest; data: PlannerData }
export type PlanAnswer = { id: number; result: PlanResult } | { id: number; error: string };

let solver: Promise<ReturnType<typeof highsSolver>> | undefined;

self.addEventListener("message", (event: MessageEvent<PlanMessage>) => {
  const { id, request, data } = event.data;
  solver ??= loadHighs({ locateFile: (file: string) => new URL(file, import.meta.url).href }).then((highs) => highsSolver(highs));
  solver
    .then((loaded): PlanAnswer => ({ id, result: makePlan(request, data, loaded) }))
    .catch((error: unknown): PlanAnswer => ({ id, error: error instanceof Error ? error.message : String(error) }))
    .then((answer) => self.postMessage(answer));
});
