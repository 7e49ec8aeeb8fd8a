// The model of one recipe: grams, cost, nutrition, allergens and aid coverage, or every problem found in it.
import { allergenUnion } from "./allergens.ts";
import { recipeCost } from "./cost.ts";
import { aidCoverage } from "./coverage.ts";
import { nutritionPer100g, nutritionPerServing, percentOfReferenceIntake, sumNutrition, type PercentOfReferenceIntake } from "./nutrition.ts";
import { toGrams, type GramsProblem } from "./units.ts";
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

/** Something in the recipe the engine cannot compute, as a code with its facts (scripts/content/messages.ts words it). */
export type RecipeProblem =
  | { code: "servings-not-positive"; path: "servings"; servings: number }
  | { code: "unknown-product"; ingredientIndex: number; path: string; product: string }
  | (GramsProblem & { ingredientIndex: number; path: string });

export type RecipeResult = { ok: true; recipe: ComputedRecipe } | { ok: false; problems: RecipeProblem[] };

/** Look a product up by id in a Map or a plain object (own keys only, so "constructor" is not a product). */
function lookupProduct(products: ProductLookup, id: string): ProductData | undefined {
  if (products instanceof Map) return products.get(id);
  const record = products as Readonly<Record<string, ProductData>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** Compute a recipe's model; collects every problem (unknown products, quantities, unit conversions) before failing. */
export function computeRecipe(recipe: RecipeData, products: ProductLookup): RecipeResult {
  const problems: RecipeProblem[] = [];
  if (!Number.isFinite(recipe.servings) || recipe.servings <= 0) problems.push({ code: "servings-not-positive", path: "servings", servings: recipe.servings });
  const resolved: { grams: number; product: ProductData }[] = [];
  recipe.ingredients.forEach((line, index) => {
    const product = lookupProduct(products, line.product);
    if (!product) return void problems.push({ code: "unknown-product", ingredientIndex: index, path: `ingredients[${index}].product`, product: line.product });
    const result = toGrams(line, product);
    if (!result.ok) return void problems.push({ ...result.problem, ingredientIndex: index, path: `ingredients[${index}].${result.problem.field}` });
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
      coverage: aidCoverage(resolved),
    },
  };
}
