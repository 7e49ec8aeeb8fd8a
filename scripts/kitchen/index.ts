// Public API of the kitchen engine for the other layers: pure functions from validated content to numbers and display strings.
export type * from "./types.ts";
export { formatEur, formatMinutes, formatNumber, formatPercent } from "./format.ts";
export { formatNutrient, NUTRIENT_KEYS } from "./nutrition.ts";
export { computeRecipe, type ComputedRecipe, type RecipeProblem } from "./recipe.ts";
export { toGrams, VOLUME_ML, type GramsProblem } from "./units.ts";
export { productUsage, type ProductUse } from "./usage.ts";
export { ingredientLine, lineWords, type LineWords, type ProductForms, type WordForms } from "./lines.ts";
