// Tests for unit codes, labels and the conversion of ingredient lines to grams.
import { describe, expect, it } from "vitest";
import { cukurs, ella, griki, milti, pulveris, sals, sipols, udens } from "./fixtures.ts";
import type { IngredientLine, ProductData, UnitCode } from "./types.ts";
import { toGrams, VOLUME_ML } from "./units.ts";
import { UNIT_CODES } from "./vocabulary.ts";

/** A product with no unit conversions at all, to provoke every failure. */
const bare: ProductData = { ...griki, id: "bare", units: {} };

function grams(line: IngredientLine, product: ProductData): number {
  const result = toGrams(line, product);
  if (!result.ok) throw new Error(result.problem.code);
  return result.grams;
}

describe("UNIT_CODES", () => {
  it("should list the twelve units in the documented order", () => {
    expect(UNIT_CODES).toEqual(["g", "kg", "ml", "l", "gab.", "ēdamkarote", "tējkarote", "glāze", "šķipsniņa", "paka", "kārba", "pēc garšas"]);
  });

  it("should use 15 ml, 5 ml and 200 ml for tablespoon, teaspoon and glass", () => {
    expect(VOLUME_ML).toEqual({ ml: 1, l: 1000, ēdamkarote: 15, tējkarote: 5, glāze: 200 });
  });
});

describe("toGrams", () => {
  it("should take grams as they are and kilograms × 1000", () => {
    expect(grams({ product: "griki", qty: 437, unit: "g" }, griki)).toBe(437);
    expect(grams({ product: "griki", qty: 0.25, unit: "kg" }, griki)).toBe(250);
  });

  it("should turn ml and l into grams with the density", () => {
    // 250 ml × 0.92 g/ml = 230 g; 0.5 l = 500 ml × 1 g/ml = 500 g
    expect(grams({ product: "augu-ella", qty: 250, unit: "ml" }, ella)).toBeCloseTo(230, 10);
    expect(grams({ product: "udens", qty: 0.5, unit: "l" }, udens)).toBe(500);
  });

  it("should use the explicit grams per tablespoon, teaspoon and glass over the density", () => {
    // kviesu-milti: density 0.55 would give 8.25 g per tablespoon, but gramsPerTablespoon 10 wins: 2 × 10 = 20
    expect(grams({ product: "kviesu-milti", qty: 2, unit: "ēdamkarote" }, milti)).toBe(20);
    // sals: gramsPerTeaspoon 6 → 1.5 × 6 = 9
    expect(grams({ product: "sals", qty: 1.5, unit: "tējkarote" }, sals)).toBe(9);
    // kviesu-milti: gramsPerGlass 130, not 0.55 × 200 = 110
    expect(grams({ product: "kviesu-milti", qty: 1, unit: "glāze" }, milti)).toBe(130);
  });

  it("should fall back to density × volume for spoons and glass", () => {
    // cukurs density 0.8: tablespoon 15 ml → 12 g, teaspoon 5 ml → 4 g, glass 200 ml → 160 g
    expect(grams({ product: "cukurs", qty: 1, unit: "ēdamkarote" }, cukurs)).toBeCloseTo(12, 10);
    expect(grams({ product: "cukurs", qty: 3, unit: "tējkarote" }, cukurs)).toBeCloseTo(12, 10);
    expect(grams({ product: "cukurs", qty: 0.5, unit: "glāze" }, cukurs)).toBeCloseTo(80, 10);
  });

  it("should multiply pieces by gramsPerPiece and pinches by gramsPerPinch", () => {
    expect(grams({ product: "sipols", qty: 1.5, unit: "gab." }, sipols)).toBe(150);
    expect(grams({ product: "sals", qty: 2, unit: "šķipsniņa" }, sals)).toBe(1);
  });

  it("should count paka and kārba as whole packs of packageGrams", () => {
    expect(grams({ product: "piena-pulveris", qty: 0.5, unit: "paka" }, pulveris)).toBe(200);
    expect(grams({ product: "griki", qty: 2, unit: "kārba" }, griki)).toBe(800);
  });

  it("should count pēc garšas as 0 g", () => {
    expect(toGrams({ product: "sals", unit: "pēc garšas" }, sals)).toEqual({ ok: true, grams: 0 });
  });

  it.each<[UnitCode, string, string | undefined]>([
    ["ml", "units.densityGPerMl", undefined],
    ["l", "units.densityGPerMl", undefined],
    ["gab.", "units.gramsPerPiece", undefined],
    ["ēdamkarote", "units.gramsPerTablespoon", "units.densityGPerMl"],
    ["tējkarote", "units.gramsPerTeaspoon", "units.densityGPerMl"],
    ["glāze", "units.gramsPerGlass", "units.densityGPerMl"],
    ["šķipsniņa", "units.gramsPerPinch", undefined],
  ])("should say which product field unit %s needs", (unit, needs, or) => {
    expect(toGrams({ product: "bare", qty: 1, unit }, bare)).toEqual({ ok: false, problem: { code: "needs-conversion", field: "unit", needs, ...(or ? { or } : {}) } });
  });

  it("should refuse a missing qty for every unit except pēc garšas", () => {
    for (const unit of UNIT_CODES.filter((u) => u !== "pēc garšas")) {
      expect(toGrams({ product: "griki", unit }, griki)).toEqual({ ok: false, problem: { code: "qty-missing", field: "qty" } });
    }
  });

  it("should refuse a qty on pēc garšas", () => {
    expect(toGrams({ product: "sals", qty: 1, unit: "pēc garšas" }, sals)).toEqual({ ok: false, problem: { code: "qty-with-to-taste", field: "qty", qty: 1 } });
  });

  it("should refuse a qty of 0 or less", () => {
    expect(toGrams({ product: "griki", qty: 0, unit: "g" }, griki)).toEqual({ ok: false, problem: { code: "qty-not-positive", field: "qty", qty: 0 } });
    expect(toGrams({ product: "griki", qty: -2, unit: "g" }, griki)).toMatchObject({ ok: false, problem: { code: "qty-not-positive", field: "qty" } });
  });

  it("should refuse a unit it does not know", () => {
    const line = { product: "griki", qty: 1, unit: "cup" } as unknown as IngredientLine;
    expect(toGrams(line, griki)).toEqual({ ok: false, problem: { code: "unknown-unit", field: "unit" } });
  });
});
