// Tests for energy computed from macronutrients with the EU factors of Regulation 1169/2011 Annex XIV.
import { describe, expect, it } from "vitest";
import { euFactorEnergy, relativeDifference } from "./energy.ts";

describe("euFactorEnergy", () => {
  it("should weigh fat 37 kJ / 9 kcal, carbohydrate and protein 17 / 4, fibre 8 / 2 per gram", () => {
    expect(euFactorEnergy({ fat: 1, carbohydrate: 0, protein: 0, fibre: 0 })).toEqual({ energyKj: 37, energyKcal: 9 });
    expect(euFactorEnergy({ fat: 0, carbohydrate: 1, protein: 0, fibre: 0 })).toEqual({ energyKj: 17, energyKcal: 4 });
    expect(euFactorEnergy({ fat: 0, carbohydrate: 0, protein: 1, fibre: 0 })).toEqual({ energyKj: 17, energyKcal: 4 });
    expect(euFactorEnergy({ fat: 0, carbohydrate: 0, protein: 0, fibre: 1 })).toEqual({ energyKj: 8, energyKcal: 2 });
  });

  it("should add the components up", () => {
    // 10 g fat + 50 g carbohydrate + 20 g protein + 5 g fibre: 370 + 850 + 340 + 40 = 1600 kJ; 90 + 200 + 80 + 10 = 380 kcal
    expect(euFactorEnergy({ fat: 10, carbohydrate: 50, protein: 20, fibre: 5 })).toEqual({ energyKj: 1600, energyKcal: 380 });
  });
});

describe("relativeDifference", () => {
  it("should give the stated value's distance as a share of the expected one, negative when low", () => {
    expect(relativeDifference(64, 100)).toBeCloseTo(-0.36, 10);
    expect(relativeDifference(113, 100)).toBeCloseTo(0.13, 10);
  });

  it("should treat zero against zero as no difference and anything against zero as unbounded", () => {
    expect(relativeDifference(0, 0)).toBe(0);
    expect(relativeDifference(5, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});
