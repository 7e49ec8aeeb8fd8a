// Nutrition of a dish: sums per ingredient, per serving, per 100 g, % of EU reference intakes, EU display rounding.
import { decimalsOf, formatNumber, roundToStep } from "./format.ts";
import type { Locale, NutrientKey, Nutrients } from "./types.ts";

/** The nutrition declaration's fields in the order of Regulation (EU) 1169/2011 Art. 30(1). */
export const NUTRIENT_KEYS = [
  "energyKj",
  "energyKcal",
  "fat",
  "saturates",
  "carbohydrate",
  "sugars",
  "fibre",
  "protein",
  "salt",
] as const satisfies readonly NutrientKey[];

const NUTRIENT_UNITS: Readonly<Record<NutrientKey, "kJ" | "kcal" | "g">> = {
  energyKj: "kJ",
  energyKcal: "kcal",
  fat: "g",
  saturates: "g",
  carbohydrate: "g",
  sugars: "g",
  fibre: "g",
  protein: "g",
  salt: "g",
};

/** Reference intakes of an average adult (Annex XIII Part B); fibre has none. */
const REFERENCE_INTAKES: Readonly<Record<NutrientKey, number | undefined>> = {
  energyKj: 8400,
  energyKcal: 2000,
  fat: 70,
  saturates: 20,
  carbohydrate: 260,
  sugars: 90,
  fibre: undefined,
  protein: 50,
  salt: 6,
};

export type PercentOfReferenceIntake = Record<NutrientKey, number | undefined>;

function mapNutrients(f: (key: NutrientKey) => number): Nutrients {
  const out = {} as Nutrients;
  for (const key of NUTRIENT_KEYS) out[key] = f(key);
  return out;
}

export function zeroNutrients(): Nutrients {
  return mapNutrients(() => 0);
}

/** Every value times `factor`. */
export function scaleNutrients(values: Nutrients, factor: number): Nutrients {
  return mapNutrients((key) => values[key] * factor);
}

/** Field by field sum of two sets of values. */
export function addNutrients(a: Nutrients, b: Nutrients): Nutrients {
  return mapNutrients((key) => a[key] + b[key]);
}

/** Nutrition of `grams` of a product whose values are per 100 g. */
export function nutritionOfGrams(grams: number, per100g: Nutrients): Nutrients {
  return mapNutrients((key) => (grams / 100) * per100g[key]);
}

/** Sum of the ingredients' nutrition: Σ grams/100 × per-100-g value, for each of the nine fields. */
export function sumNutrition(items: readonly { grams: number; nutrition: Nutrients }[]): Nutrients {
  return items.reduce((total, item) => addNutrients(total, nutritionOfGrams(item.grams, item.nutrition)), zeroNutrients());
}

export function nutritionPerServing(total: Nutrients, servings: number): Nutrients {
  return scaleNutrients(total, 1 / servings);
}

/**
 * Per 100 g of the dish, by the total weight of the raw ingredients. Water that evaporates in cooking
 * (or is absorbed from the pot) is not modelled, so this is per 100 g of what went into the pot.
 * A dish with no weight (only "pēc garšas" lines) gives zeros.
 */
export function nutritionPer100g(total: Nutrients, totalGrams: number): Nutrients {
  return totalGrams > 0 ? scaleNutrients(total, 100 / totalGrams) : zeroNutrients();
}

/** Percent (0…100+) of the reference intake for each field; fibre is undefined (no reference intake). */
export function percentOfReferenceIntake(values: Nutrients): PercentOfReferenceIntake {
  const out = {} as PercentOfReferenceIntake;
  for (const key of NUTRIENT_KEYS) {
    const reference = REFERENCE_INTAKES[key];
    out[key] = reference === undefined ? undefined : (values[key] / reference) * 100;
  }
  return out;
}

/** A value rounded for display and how many decimals to show it with. */
export interface DisplayValue {
  value: number;
  decimals: number;
}

// EU guidance (2012) on rounding: [at or above `coarseFrom` → whole grams, above `zeroUpTo` → fine step, else 0].
const MACRO = { coarseFrom: 10, coarse: 1, fine: 0.1, zeroUpTo: 0.5 };
const RULES: Record<Exclude<NutrientKey, "energyKj" | "energyKcal">, typeof MACRO> = {
  fat: MACRO,
  carbohydrate: MACRO,
  sugars: MACRO,
  protein: MACRO,
  fibre: MACRO,
  saturates: { coarseFrom: 10, coarse: 1, fine: 0.1, zeroUpTo: 0.1 },
  salt: { coarseFrom: 1, coarse: 0.1, fine: 0.01, zeroUpTo: 0.0125 },
};

/**
 * Round a nutrient for display by the EU 2012 guidance: energy to 1 kJ/kcal; fat, carbohydrate, sugars,
 * protein, fibre ≥ 10 g → 1 g, > 0.5 g → 0.1 g, else 0; saturates the same with 0.1 g as the zero limit;
 * salt ≥ 1 g → 0.1 g, > 0.0125 g → 0.01 g, else 0. The band is chosen from the unrounded value.
 */
export function displayNutrient(key: NutrientKey, value: number): DisplayValue {
  if (key === "energyKj" || key === "energyKcal") return { value: roundToStep(value, 1), decimals: 0 };
  const rule = RULES[key];
  if (value >= rule.coarseFrom) return { value: roundToStep(value, rule.coarse), decimals: decimalsOf(rule.coarse) };
  if (value > rule.zeroUpTo) return { value: roundToStep(value, rule.fine), decimals: decimalsOf(rule.fine) };
  return { value: 0, decimals: 0 };
}

/** A nutrient rounded and formatted for a label, with its unit: lv "2,7 g", en "2.7 g", "1453 kJ". */
export function formatNutrient(key: NutrientKey, value: number, locale: Locale): string {
  const { value: rounded, decimals } = displayNutrient(key, value);
  const number = formatNumber(rounded, locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return `${number}\u00a0${NUTRIENT_UNITS[key]}`;
}
