// What npm run lighthouse reports of several runs of one page: the median of each category's score and of the main timing metrics.

/** The parts of a Lighthouse result (LHR) the summary reads. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  /** Lighthouse's measure of the host's speed when the run started (a fast desktop is about 1 000 to 2 000); TBT scales with its inverse. */
  environment?: { benchmarkIndex?: number };
}

/** The metrics reported beside the scores, by Lighthouse audit id. */
export const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"] as const;

export interface PageSummary {
  /** Median score of each category, 0–100. */
  scores: Record<string, number>;
  /** Median value of each metric (milliseconds; layout shift unitless), and the lowest and highest of the runs. */
  metrics: Record<(typeof METRICS)[number], { median: number; min: number; max: number }>;
  /** Median benchmark index of the runs; not a number when no run gives one. */
  benchmarkIndex: number;
}

/** The middle value (for an even count, the mean of the two middle values). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The medians of `runs` (results of the same page) for `categories`. */
export function summarise(runs: LighthouseResult[], categories: readonly string[]): PageSummary {
  const scores: Record<string, number> = {};
  for (const id of categories) scores[id] = Math.round(median(runs.map((run) => (run.categories[id]?.score ?? 0) * 100)));
  const metrics = {} as PageSummary["metrics"];
  for (const id of METRICS) {
    const values = runs.map((run) => run.audits[id]?.numericValue ?? Number.NaN).filter((value) => !Number.isNaN(value));
    metrics[id] = values.length ? { median: median(values), min: Math.min(...values), max: Math.max(...values) } : { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  }
  const indexes = runs.map((run) => run.environment?.benchmarkIndex).filter((value): value is number => value !== undefined);
  return { scores, metrics, benchmarkIndex: indexes.length ? median(indexes) : Number.NaN };
}
