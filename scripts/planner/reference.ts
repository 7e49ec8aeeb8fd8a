// Reference figures for a household's day: adults by the EU food-information regulation, children by EFSA; the planner's energy band.
import type { Household } from "./types.ts";


/** Reference intakes of an average adult: Regulation (EU) No 1169/2011, Annex XIII Part B (8 400 kJ / 2 000 kcal; salt 6 g). */
export const ADULT_REFERENCE = { energyKcal: { min: 2000, max: 2000 }, saltG: 6 } as const;

/**
 * A child, taken as one aged 4–6 (the household says how many children, not their ages):
 * - energy: EFSA average requirement for girls and boys aged 6 with a moderately active lifestyle (PAL 1.6), 1 500–1 600 kcal a day —
 *   EFSA NDA Panel, Scientific Opinion on Dietary Reference Values for energy, EFSA Journal 2013;11(1):3005, as given in EFSA's
 *   press release of 10 January 2013 ("EFSA sets average requirements for energy intake");
 * - salt: EFSA's safe and adequate sodium intake for children aged 4–6 years, 1.3 g sodium a day × 2.5 = 3.25 g salt —
 *   EFSA NDA Panel, Dietary reference values for sodium, EFSA Journal 2019;17(9):5778.
 */
export const CHILD_REFERENCE = { energyKcal: { min: 1500, max: 1600 }, saltG: 1.3 * 2.5 } as const;

/**
 * The band the plan's energy per day (its average over the days) is kept in, as shares of the household's reference: a
 * planning choice, not a nutritional figure. Reference intakes describe intake over time, so the plan holds them on average
 * and then lays the dishes out so the days are as even as they can be; whole servings move a day by a few hundred kcal.
 */
export const ENERGY_BAND = { min: 0.9, max: 1.1 } as const;

/**
 * Each day's energy is first laid out within this share of the household's reference (no day a quarter below or above it);
 * when the chosen dishes cannot be laid out so, they are laid out without it (the plan's average stays in ENERGY_BAND).
 */
export const DAY_ENERGY_BAND = { min: 0.75, max: 1.25 } as const;

export function persons(household: Household): number {
  return household.adults + household.children;
}

/** The household's reference energy for a day (kcal), from the adults' and children's figures. */
export function householdEnergyKcal(household: Household): { min: number; max: number } {
  const { adults, children } = household;
  return {
    min: adults * ADULT_REFERENCE.energyKcal.min + children * CHILD_REFERENCE.energyKcal.min,
    max: adults * ADULT_REFERENCE.energyKcal.max + children * CHILD_REFERENCE.energyKcal.max,
  };
}

/** The band for one day's energy (kcal, all persons), when the dishes allow it. */
export function dayEnergyBandKcal(household: Household): { min: number; max: number } {
  const reference = householdEnergyKcal(household);
  return { min: DAY_ENERGY_BAND.min * reference.min, max: DAY_ENERGY_BAND.max * reference.max };
}

/** The most salt the household's meals may hold per day, on average over the plan (g). */
export function householdSaltMaxG(household: Household): number {
  return household.adults * ADULT_REFERENCE.saltG + household.children * CHILD_REFERENCE.saltG;
}

/**
 * The band for the energy per day (kcal, all persons, on average over the plan): from ENERGY_BAND.min × the lower reference to ENERGY_BAND.max × the upper one.
 * Without every meal of the day planned, the rest of the day's food comes from elsewhere, so there is no lower limit.
 */
export function energyBandKcal(household: Household, wholeDay: boolean): { min: number | null; max: number } {
  const reference = householdEnergyKcal(household);
  return { min: wholeDay ? ENERGY_BAND.min * reference.min : null, max: ENERGY_BAND.max * reference.max };
}
