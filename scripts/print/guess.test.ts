import { describe, expect, it } from "vitest";
import { printAreaPx } from "./guess.ts";

describe("printAreaPx", () => {
  // The largest block that still fitted one printed page in Chromium 156, less its 1/64 px of slack, for each page box.
  it.each([
    { pageMm: [210, 297], marginMm: [16, 18, 18, 18], height: 995 },
    { pageMm: [148, 210], marginMm: [12, 12, 14, 12], height: 696 },
    { pageMm: [210, 297], marginMm: [18, 18, 20, 18], height: 979 },
    { pageMm: [148, 210], marginMm: [10.3, 12, 11.1, 12], height: 713 },
    { pageMm: [210, 297], marginMm: [20.2, 18, 20.1, 18], height: 971 },
  ] as const)("should give the height Chromium's print fits on a $pageMm mm page with margins $marginMm", ({ pageMm, marginMm, height }) => {
    expect(printAreaPx({ pageMm, marginMm })[1]).toBe(height);
  });

  it.each([
    { pageMm: [210, 297], marginMm: [16, 18, 18, 18], width: 658 },
    { pageMm: [148, 210], marginMm: [12, 12, 14, 12], width: 469 },
    { pageMm: [210, 297], marginMm: [18, 18.3, 20, 18.3], width: 656 },
  ] as const)("should give the width Chromium's print fits with margins $marginMm (rounded one by one, not as a sum)", ({ pageMm, marginMm, width }) => {
    expect(printAreaPx({ pageMm, marginMm })[0]).toBe(width);
  });
});
