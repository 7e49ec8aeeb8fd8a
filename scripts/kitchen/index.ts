// Public API of the kitchen engine: pure functions from validated content to numbers and display strings.
export type * from "./types.ts";
export { allergenUnion } from "./allergens.ts";
export { ingredientCostEur, recipeCost, type GramsOfProduct, type RecipeCost } from "./cost.ts";
export { aidCoverage, type Coverage } from "./coverage.ts";
export { decimalsOf, formatEur, formatMinutes, formatNumber, formatPercent, roundToStep, type NumberOptions } from "./format.ts";
export {
  addNutrients,
  displayNutrient,
  formatNutrient,
  NUTRIENT_KEYS,
  NUTRIENT_UNITS,
  nutritionOfGrams,
  nutritionPer100g,
  nutritionPerServing,
  percentOfReferenceIntake,
  REFERENCE_INTAKES,
  scaleNutrients,
  sumNutrition,
  zeroNutrients,
  type DisplayValue,
  type PercentOfReferenceIntake,
} from "./nutrition.ts";
export {
  computeRecipe,
  lookupProduct,
  type ComputedIngredient,
  type ComputedRecipe,
  type RecipeProblem,
  type RecipeResult,
} from "./recipe.ts";
export { displayQuantity, formatAmount, roundQuantity, scaleLines, scaleQty, type DisplayQuantity, type ScaledLine } from "./scale.ts";
export { isSingular, toGrams, UNIT_NAMES, unitLabel, VOLUME_ML, type GramsProblem, type GramsResult, type UnitField } from "./units.ts";
export * from "./vocabulary.ts";
export { productUsage, type ProductUse, type RecipeIngredientsGrams } from "./usage.ts";
