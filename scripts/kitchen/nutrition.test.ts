// Tests for nutrition sums, per-serving and per-100-g values, reference intakes and EU display rounding.
import { describe, expect, it } from "vitest";
import { ella, griki } from "./fixtures.ts";
import {
  displayNutrient,
  formatNutrient,
  NUTRIENT_KEYS,
  nutritionOfGrams,
  nutritionPer100g,
  nutritionPerServing,
  percentOfReferenceIntake,
  sumNutrition,
  zeroNutrients,
} from "./nutrition.ts";
import type { NutrientKey, Nutrients } from "./types.ts";

const NBSP = "\u00a0";

describe("NUTRIENT_KEYS", () => {
  it("should follow the order of the EU nutrition declaration", () => {
    expect(NUTRIENT_KEYS).toEqual(["energyKj", "energyKcal", "fat", "saturates", "carbohydrate", "sugars", "fibre", "protein", "salt"]);
  });
});

describe("sums", () => {
  it("should take grams/100 of the per-100-g values", () => {
    // 250 g griki: 2.5 × 1400 kJ = 3500 kJ; 2.5 × 12 g protein = 30 g
    const n = nutritionOfGrams(250, griki.nutrition);
    expect(n.energyKj).toBe(3500);
    expect(n.protein).toBe(30);
  });

  it("should add the nine fields of every ingredient", () => {
    // 100 g griki + 10 g eļļa: fat 3 + 0.1 × 100 = 13; kcal 340 + 0.1 × 900 = 430; salt 0 + 0 = 0
    const total = sumNutrition([
      { grams: 100, nutrition: griki.nutrition },
      { grams: 10, nutrition: ella.nutrition },
    ]);
    expect(total.fat).toBeCloseTo(13, 10);
    expect(total.energyKcal).toBeCloseTo(430, 10);
    expect(total.salt).toBe(0);
    expect(Object.keys(total)).toEqual([...NUTRIENT_KEYS]);
  });

  it("should divide by servings and by total grams", () => {
    const total: Nutrients = { ...zeroNutrients(), energyKj: 2000, fat: 40 };
    expect(nutritionPerServing(total, 4).energyKj).toBe(500);
    // 2000 kJ in 800 g → 250 kJ per 100 g
    expect(nutritionPer100g(total, 800).energyKj).toBe(250);
    expect(nutritionPer100g(total, 800).fat).toBe(5);
  });

  it("should give zeros per 100 g for a dish with no weight", () => {
    expect(nutritionPer100g({ ...zeroNutrients(), salt: 1 }, 0)).toEqual(zeroNutrients());
  });
});

describe("percentOfReferenceIntake", () => {
  it("should use the EU reference intakes and leave fibre without one", () => {
    const ri: Nutrients = { energyKj: 8400, energyKcal: 2000, fat: 70, saturates: 20, carbohydrate: 260, sugars: 90, fibre: 25, protein: 50, salt: 6 };
    const percent = percentOfReferenceIntake(ri);
    for (const key of NUTRIENT_KEYS) {
      if (key === "fibre") expect(percent[key]).toBeUndefined();
      else expect(percent[key]).toBeCloseTo(100, 10);
    }
    // 840 kJ is 10 % of 8400; 1.5 g salt is 25 % of 6 g
    const some = percentOfReferenceIntake({ ...zeroNutrients(), energyKj: 840, salt: 1.5 });
    expect(some.energyKj).toBeCloseTo(10, 10);
    expect(some.salt).toBeCloseTo(25, 10);
  });
});

describe("displayNutrient", () => {
  it("should round energy to the nearest whole kJ and kcal", () => {
    expect(displayNutrient("energyKj", 1452.5)).toEqual({ value: 1453, decimals: 0 });
    expect(displayNutrient("energyKcal", 346.49)).toEqual({ value: 346, decimals: 0 });
    expect(displayNutrient("energyKj", 0.4)).toEqual({ value: 0, decimals: 0 });
  });

  it.each<NutrientKey>(["fat", "carbohydrate", "sugars", "protein", "fibre"])("should round %s at 10 g and 0.5 g", (key) => {
    expect(displayNutrient(key, 12.5)).toEqual({ value: 13, decimals: 0 });
    expect(displayNutrient(key, 10)).toEqual({ value: 10, decimals: 0 });
    expect(displayNutrient(key, 9.99)).toEqual({ value: 10, decimals: 1 });
    expect(displayNutrient(key, 9.94)).toEqual({ value: 9.9, decimals: 1 });
    expect(displayNutrient(key, 0.55)).toEqual({ value: 0.6, decimals: 1 });
    expect(displayNutrient(key, 0.51)).toEqual({ value: 0.5, decimals: 1 });
    expect(displayNutrient(key, 0.5)).toEqual({ value: 0, decimals: 0 });
    expect(displayNutrient(key, 0.2)).toEqual({ value: 0, decimals: 0 });
  });

  it("should round saturates at 10 g and 0.1 g", () => {
    expect(displayNutrient("saturates", 10.5)).toEqual({ value: 11, decimals: 0 });
    expect(displayNutrient("saturates", 9.96)).toEqual({ value: 10, decimals: 1 });
    expect(displayNutrient("saturates", 0.5)).toEqual({ value: 0.5, decimals: 1 });
    expect(displayNutrient("saturates", 0.11)).toEqual({ value: 0.1, decimals: 1 });
    expect(displayNutrient("saturates", 0.1)).toEqual({ value: 0, decimals: 0 });
  });

  it("should round salt at 1 g and 0.0125 g", () => {
    expect(displayNutrient("salt", 2.25)).toEqual({ value: 2.3, decimals: 1 });
    expect(displayNutrient("salt", 1)).toEqual({ value: 1, decimals: 1 });
    expect(displayNutrient("salt", 0.999)).toEqual({ value: 1, decimals: 2 });
    expect(displayNutrient("salt", 0.015)).toEqual({ value: 0.02, decimals: 2 });
    expect(displayNutrient("salt", 0.013)).toEqual({ value: 0.01, decimals: 2 });
    expect(displayNutrient("salt", 0.0125)).toEqual({ value: 0, decimals: 0 });
  });
});

describe("formatNutrient", () => {
  it("should format the rounded value with the locale's decimal sign and the unit", () => {
    expect(formatNutrient("fat", 2.74, "lv")).toBe(`2,7${NBSP}g`);
    expect(formatNutrient("fat", 2.74, "en")).toBe(`2.7${NBSP}g`);
    expect(formatNutrient("salt", 1, "lv")).toBe(`1,0${NBSP}g`);
    expect(formatNutrient("salt", 0.0125, "en")).toBe(`0${NBSP}g`);
    expect(formatNutrient("energyKj", 1452.6, "en")).toBe(`1,453${NBSP}kJ`);
    expect(formatNutrient("energyKcal", 346.2, "lv")).toBe(`346${NBSP}kcal`);
  });
});
