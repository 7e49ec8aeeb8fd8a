import { describe, expect, it } from "vitest";
import { median, summarise, type LighthouseResult } from "./summary.ts";

function run(performance: number, tbt: number, cls: number, benchmarkIndex?: number): LighthouseResult {
  return {
    ...(benchmarkIndex === undefined ? {} : { environment: { benchmarkIndex } }),
    categories: { performance: { score: performance }, seo: { score: 1 } },
    audits: { "total-blocking-time": { numericValue: tbt }, "cumulative-layout-shift": { numericValue: cls } },
  };
}

describe("median", () => {
  it("takes the middle of an odd count whatever the order", () => {
    expect(median([9, 1, 5])).toBe(5);
  });
  it("takes the mean of the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("refuses no values", () => {
    expect(() => median([])).toThrow();
  });
});

describe("summarise", () => {
  it("reports each category's median score and each metric's median and range over the runs", () => {
    const summary = summarise([run(0.77, 900, 0.44, 330), run(0.99, 40, 0, 1200), run(0.93, 190, 0.01, 700)], ["performance", "seo"]);
    expect(summary.benchmarkIndex).toBe(700);
    expect(summary.scores).toEqual({ performance: 93, seo: 100 });
    expect(summary.metrics["total-blocking-time"]).toEqual({ median: 190, min: 40, max: 900 });
    expect(summary.metrics["cumulative-layout-shift"]).toEqual({ median: 0.01, min: 0, max: 0.44 });
  });
  it("leaves a metric no run measured as not a number", () => {
    expect(summary([run(1, 0, 0)]).metrics["speed-index"].median).toBeNaN();
  });
});

function summary(runs: LighthouseResult[]) {
  return summarise(runs, ["performance"]);
}
