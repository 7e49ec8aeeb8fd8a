// Energy from macronutrients by the EU conversion factors (Regulation (EU) No 1169/2011, Annex XIV).
import type { Nutrients } from "./types.ts";

/** kJ and kcal per gram of each declared component that carries energy (Annex XIV). */
export const EU_ENERGY_FACTORS = {
  fat: { kj: 37, kcal: 9 },
  carbohydrate: { kj: 17, kcal: 4 },
  protein: { kj: 17, kcal: 4 },
  fibre: { kj: 8, kcal: 2 },
} as const;

export type EnergySource = Pick<Nutrients, keyof typeof EU_ENERGY_FACTORS>;

/** The energy of `values` (grams per 100 g) by the Annex XIV factors; polyols, alcohol and organic acids are not declared here. */
export function euFactorEnergy(values: EnergySource): Pick<Nutrients, "energyKj" | "energyKcal"> {
  let energyKj = 0;
  let energyKcal = 0;
  for (const key of Object.keys(EU_ENERGY_FACTORS) as (keyof typeof EU_ENERGY_FACTORS)[]) {
    energyKj += values[key] * EU_ENERGY_FACTORS[key].kj;
    energyKcal += values[key] * EU_ENERGY_FACTORS[key].kcal;
  }
  return { energyKj, energyKcal };
}

/** How far `stated` is from `expected`, as a fraction of `expected` (−0.36 = 36 % low); 0 when both are 0. */
export function relativeDifference(stated: number, expected: number): number {
  if (expected === 0) return stated === 0 ? 0 : Number.POSITIVE_INFINITY;
  return (stated - expected) / expected;
}
