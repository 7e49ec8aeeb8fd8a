// Tests for ingredient and recipe cost.
import { describe, expect, it } from "vitest";
import { ingredientCostEur, recipeCost, scaledCost, type PricedLine } from "./cost.ts";
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

describe("scaledCost", () => {
  // For 4: 400 g griki 0.80 € (aid), 1 sipols 0.12 € (not aid), 1 kārba 2.50 € (aid), salt to taste.
  const lines: PricedLine[] = [
    { qty: 400, unit: "g", costEur: 0.8, fromAidPackage: true },
    { qty: 1, unit: "gab.", costEur: 0.12, fromAidPackage: false },
    { qty: 1, unit: "kārba", costEur: 2.5, fromAidPackage: true },
    { qty: null, unit: "pēc garšas", costEur: 0, fromAidPackage: false },
  ];

  it("should give the engine's figures at the recipe's own servings", () => {
    const cost = scaledCost(lines, 4, 4);
    expect(cost.totalEur).toBeCloseTo(3.42, 12);
    expect(cost.perServingEur).toBeCloseTo(0.855, 12);
    expect(cost.extraPerServingEur).toBeCloseTo(0.03, 12);
  });

  it("should price the rounded amounts the page shows for other servings", () => {
    // For 3: 300 g → 0.60 €; ¾ onion → 0.09 €; ¾ can → 1.875 €. Total 2.565 €, per serving 0.855 €, extra 0.09 / 3.
    const three = scaledCost(lines, 4, 3);
    expect(three.totalEur).toBeCloseTo(2.565, 12);
    expect(three.extraPerServingEur).toBeCloseTo(0.03, 12);
    // For 1: 100 g → 0.20 €; ¼ onion → 0.03 €; ¼ can → 0.625 €.
    expect(scaledCost(lines, 4, 1).totalEur).toBeCloseTo(0.855, 12);
    // For 5 from 3: 1 onion × 5/3 = 1.67 → 1¾ (nearer than 1½), so the onion costs 1.75 × its own 0.12 €.
    expect(scaledCost([{ qty: 1, unit: "gab.", costEur: 0.12, fromAidPackage: false }], 3, 5).totalEur).toBeCloseTo(0.21, 12);
  });
});
