// Public API of the kitchen engine: pure functions from validated content to numbers and display strings.
export type * from "./types.ts";
export { ALLERGEN_CODES, ALLERGEN_NAMES, ALLERGEN_SHORT_NAMES, allergenUnion } from "./allergens.ts";
export { ingredientCostEur, recipeCost, type GramsOfProduct, type RecipeCost } from "./cost.ts";
export { aidCoverage, DEFAULT_EXCLUDED_FROM_SHARE, type Coverage } from "./coverage.ts";
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
  type ComputeOptions,
  type RecipeProblem,
  type RecipeResult,
} from "./recipe.ts";
export {
  FORM_NAMES,
  formsNeeded,
  ingredientLine,
  lineWords,
  UNIT_WORD_KEYS,
  unitFormsNeeded,
  type EnForm,
  type FormName,
  type LineInput,
  type LineText,
  type LineWords,
  type LvForm,
  type MeasureUnit,
  type ProductForms,
  type WordForms,
} from "./lines.ts";
export { formatAmount, roundQuantity, scaleLines, scaleQty, type ScaledLine } from "./scale.ts";
export { productFile, toGrams, UNIT_CODES, VOLUME_ML, type GramsResult, type UnitField } from "./units.ts";
export { productUsage, type ProductUse, type RecipeIngredientsGrams } from "./usage.ts";
