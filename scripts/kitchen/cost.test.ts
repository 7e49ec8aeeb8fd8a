// Tests for ingredient and recipe cost.
import { describe, expect, it } from "vitest";
import { ingredientCostEur, recipeCost } from "./cost.ts";
import { griki, sipols, udens } from "./fixtures.ts";

describe("ingredientCostEur", () => {
  it("should charge the share of the pack used", () => {
    // griki: 0.80 € for 400 g → 100 g costs 0.20 €
    expect(ingredientCostEur(100, griki)).toBeCloseTo(0.2, 12);
    expect(ingredientCostEur(0, griki)).toBe(0);
  });
});

describe("recipeCost", () => {
  it("should give total, per serving and the extra cost of non-aid products per serving", () => {
    // griki 200 g = 0.40 € (aid); sipols 250 g = 250/1000 × 1.20 = 0.30 € (not aid); udens 500 g = 0 €
    const cost = recipeCost(
      [
        { grams: 200, product: griki },
        { grams: 250, product: sipols },
        { grams: 500, product: udens },
      ],
      2,
    );
    expect(cost.ingredientsEur[0]).toBeCloseTo(0.4, 12);
    expect(cost.ingredientsEur[1]).toBeCloseTo(0.3, 12);
    expect(cost.ingredientsEur[2]).toBe(0);
    expect(cost.totalEur).toBeCloseTo(0.7, 12);
    expect(cost.perServingEur).toBeCloseTo(0.35, 12);
    expect(cost.extraPerServingEur).toBeCloseTo(0.15, 12);
  });

  it("should keep costs unrounded", () => {
    // 1 g of griki: 1/400 × 0.80 = 0.002 €, per serving of 3: 0.000666…
    const cost = recipeCost([{ grams: 1, product: griki }], 3);
    expect(cost.perServingEur).toBeCloseTo(0.002 / 3, 15);
    expect(cost.extraPerServingEur).toBe(0);
  });
});
