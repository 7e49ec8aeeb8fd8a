// Tests for which aid products a recipe uses and their share of its weight.
import { describe, expect, it } from "vitest";
import { aidCoverage } from "./coverage.ts";
import { cukurs, griki, sals, sipols, udens } from "./fixtures.ts";

describe("aidCoverage", () => {
  it("should leave water out of the weight share by default", () => {
    // griki 300 g (aid), sipols 100 g, udens 600 g → 300 / (300 + 100) = 0.75
    const coverage = aidCoverage([
      { grams: 300, product: griki },
      { grams: 100, product: sipols },
      { grams: 600, product: udens },
    ]);
    expect(coverage).toEqual({ aidProducts: ["griki"], aidWeightShare: 0.75 });
  });

  it("should count water when its product does not say to leave it out", () => {
    // 300 / (300 + 100 + 600) = 0.3
    const coverage = aidCoverage([
      { grams: 300, product: griki },
      { grams: 100, product: sipols },
      { grams: 600, product: { ...udens, countInAidShare: true } },
    ]);
    expect(coverage.aidWeightShare).toBeCloseTo(0.3, 12);
  });

  it("should list each aid product once in recipe order, including a to-taste one", () => {
    const coverage = aidCoverage([
      { grams: 0, product: cukurs },
      { grams: 50, product: griki },
      { grams: 20, product: griki },
      { grams: 1, product: sals },
    ]);
    expect(coverage.aidProducts).toEqual(["cukurs", "griki"]);
    // (0 + 50 + 20) / (0 + 50 + 20 + 1)
    expect(coverage.aidWeightShare).toBeCloseTo(70 / 71, 12);
  });

  it("should give a share of 0 when nothing counted weighs anything", () => {
    expect(aidCoverage([{ grams: 500, product: udens }]).aidWeightShare).toBe(0);
    expect(aidCoverage([]).aidWeightShare).toBe(0);
  });
});
