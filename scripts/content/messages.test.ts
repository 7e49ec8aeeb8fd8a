// Tests for the words editors read for the kitchen engine's problem codes.
import { describe, expect, it } from "vitest";
import { griki, sipols } from "../kitchen/fixtures.ts";
import { computeRecipe, toGrams } from "../kitchen/index.ts";
import type { GramsProblem } from "../kitchen/index.ts";
import { gramsMessage, recipeProblemMessage } from "./messages.ts";

function problemOf(result: ReturnType<typeof toGrams>): GramsProblem {
  if (result.ok) throw new Error("expected a problem");
  return result.problem;
}

describe("gramsMessage", () => {
  it("should name the product field to add and the product's own file", () => {
    const line = { product: "sipols", qty: 1, unit: "šķipsniņa" } as const;
    expect(gramsMessage(problemOf(toGrams(line, sipols)), line)).toBe('unit "šķipsniņa" needs units.gramsPerPinch in content/products/sipols.yaml');
    const glass = { product: "bare", qty: 1, unit: "glāze" } as const;
    expect(gramsMessage(problemOf(toGrams(glass, { ...griki, id: "bare", units: {} })), glass)).toBe('unit "glāze" needs units.gramsPerGlass (or units.densityGPerMl) in content/products/bare.yaml');
  });

  it("should say how to fix a missing, zero or superfluous qty", () => {
    const missing = { product: "griki", unit: "g" } as const;
    expect(gramsMessage(problemOf(toGrams(missing, griki)), missing)).toBe('qty is missing: write how many g (for example qty: 1), or use unit "pēc garšas"');
    const zero = { product: "griki", qty: 0, unit: "g" } as const;
    expect(gramsMessage(problemOf(toGrams(zero, griki)), zero)).toBe("qty must be a number greater than 0, not 0");
    const toTaste = { product: "griki", qty: 1, unit: "pēc garšas" } as const;
    expect(gramsMessage(problemOf(toGrams(toTaste, griki)), toTaste)).toBe('unit "pēc garšas" (to taste) takes no qty: remove "qty: 1" or choose another unit');
  });
});

describe("recipeProblemMessage", () => {
  it("should word every problem of a recipe with its field path", () => {
    const ingredients = [{ product: "sipolss", qty: 1, unit: "gab." }, { product: "griki", unit: "g" }] as const;
    const result = computeRecipe({ slug: "x", servings: 0, ingredients }, new Map([["griki", griki]]));
    expect(result.ok ? [] : result.problems.map((problem) => recipeProblemMessage(problem, ingredients))).toEqual([
      "servings: servings must be a number greater than 0, not 0",
      'ingredients[0].product: unknown product "sipolss": use the id of a file in content/products/ (content/products/sipolss.yaml does not exist)',
      'ingredients[1].qty: qty is missing: write how many g (for example qty: 1), or use unit "pēc garšas"',
    ]);
  });
});
