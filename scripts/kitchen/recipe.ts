// The model of one recipe: grams, cost, nutrition, allergens and aid coverage, or every problem found in it.
import { allergenUnion } from "./allergens.ts";
import { recipeCost } from "./cost.ts";
import { aidCoverage, DEFAULT_EXCLUDED_FROM_SHARE } from "./coverage.ts";
import { nutritionPer100g, nutritionPerServing, percentOfReferenceIntake, sumNutrition, type PercentOfReferenceIntake } from "./nutrition.ts";
import { productFile, toGrams } from "./units.ts";
import type { AllergenCode, Nutrients, ProductData, ProductLookup, RecipeData, UnitCode } from "./types.ts";

export interface ComputedIngredient {
  product: string;
  qty?: number;
  unit: UnitCode;
  grams: number;
  costEur: number;
  fromAidPackage: boolean;
}

export interface ComputedRecipe {
  slug: string;
  servings: number;
  ingredients: ComputedIngredient[];
  /** Weight of all ingredients as they go into the pot (water included; evaporation not modelled). */
  totalGrams: number;
  cost: { totalEur: number; perServingEur: number; extraPerServingEur: number };
  nutritionTotal: Nutrients;
  nutritionPerServing: Nutrients;
  nutritionPer100g: Nutrients;
  riPerServing: PercentOfReferenceIntake;
  allergens: AllergenCode[];
  coverage: { aidProducts: string[]; aidWeightShare: number };
}

/** Something in the recipe the engine cannot compute; `field` is the front-matter path, e.g. "ingredients[2].unit". */
export interface RecipeProblem {
  /** Index into `ingredients`; absent for recipe-level fields such as servings. */
  ingredientIndex?: number;
  field: string;
  message: string;
}

export type RecipeResult = { ok: true; recipe: ComputedRecipe } | { ok: false; problems: RecipeProblem[] };

export interface ComputeOptions {
  /** Product ids left out of the aid weight share (default: water, "udens"). */
  excludedFromShare?: readonly string[];
}

/** Look a product up by id in a Map or a plain object (own keys only, so "constructor" is not a product). */
export function lookupProduct(products: ProductLookup, id: string): ProductData | undefined {
  if (products instanceof Map) return products.get(id);
  const record = products as Readonly<Record<string, ProductData>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** Compute a recipe's model; collects every problem (unknown products, quantities, unit conversions) before failing. */
export function computeRecipe(recipe: RecipeData, products: ProductLookup, options: ComputeOptions = {}): RecipeResult {
  const problems: RecipeProblem[] = [];
  if (!Number.isFinite(recipe.servings) || recipe.servings <= 0) {
    problems.push({ field: "servings", message: `servings must be a number greater than 0, not ${recipe.servings}` });
  }
  const resolved: { grams: number; product: ProductData }[] = [];
  recipe.ingredients.forEach((line, index) => {
    const product = lookupProduct(products, line.product);
    if (!product) {
      problems.push({
        ingredientIndex: index,
        field: `ingredients[${index}].product`,
        message: `unknown product "${line.product}": use the id of a file in content/products/ (${productFile(line.product)} does not exist)`,
      });
      return;
    }
    const result = toGrams(line, product);
    if (!result.ok) {
      problems.push({ ingredientIndex: index, field: `ingredients[${index}].${result.field}`, message: result.message });
      return;
    }
    resolved.push({ grams: result.grams, product });
  });
  if (problems.length > 0) return { ok: false, problems };

  const cost = recipeCost(resolved, recipe.servings);
  const ingredients = recipe.ingredients.map((line, index): ComputedIngredient => {
    const { grams, product } = resolved[index] as { grams: number; product: ProductData };
    const computed: ComputedIngredient = { product: line.product, unit: line.unit, grams, costEur: cost.ingredientsEur[index] ?? 0, fromAidPackage: product.inAidPackage };
    if (line.qty !== undefined) computed.qty = line.qty;
    return computed;
  });
  const totalGrams = resolved.reduce((sum, { grams }) => sum + grams, 0);
  const nutritionTotal = sumNutrition(resolved.map(({ grams, product }) => ({ grams, nutrition: product.nutrition })));
  const perServing = nutritionPerServing(nutritionTotal, recipe.servings);
  return {
    ok: true,
    recipe: {
      slug: recipe.slug,
      servings: recipe.servings,
      ingredients,
      totalGrams,
      cost: { totalEur: cost.totalEur, perServingEur: cost.perServingEur, extraPerServingEur: cost.extraPerServingEur },
      nutritionTotal,
      nutritionPerServing: perServing,
      nutritionPer100g: nutritionPer100g(nutritionTotal, totalGrams),
      riPerServing: percentOfReferenceIntake(perServing),
      allergens: allergenUnion(resolved.map(({ product }) => product)),
      coverage: aidCoverage(resolved, options.excludedFromShare ?? DEFAULT_EXCLUDED_FROM_SHARE),
    },
  };
}
