// Public API of the week-menu planner: pure functions from recipes, products and a request to a plan (Node and the browser).
export type * from "./types.ts";
export { PLAN_MEALS } from "./types.ts";
export { makePlan, canonicalRequest, MAX_DAYS } from "./plan.ts";
export { summarise, gramsNeeded, packsFor } from "./totals.ts";
export { MEAL_KINDS, fitsMeal, hasEquipment, avoidsAllergens, filterRecipes } from "./meals.ts";
export { ADULT_REFERENCE, CHILD_REFERENCE, ENERGY_BAND, KJ_PER_KCAL, energyBandKcal, householdEnergyKcal, householdSaltMaxG, persons } from "./reference.ts";
export { maxUses, repetitionAllows, MIN_DAYS_APART, USES_PER_WINDOW, WINDOW_DAYS } from "./repetition.ts";
export { highsSolver, type HighsOptions } from "./highs.ts";
export { plannerData, packageStock } from "./data.ts";
export type { Mip, MipSolution, MipSolver } from "./mip.ts";
