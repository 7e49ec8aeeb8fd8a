// The planner's input from the kitchen's results: a computed recipe with its kind and equipment, a package's products in grams.
import type { ComputedRecipe } from "../kitchen/recipe.ts";
import { toGrams } from "../kitchen/units.ts";
import type { IngredientLine, ProductData } from "../kitchen/types.ts";
import { gramsMessage } from "../content/messages.ts";
import type { Equipment, PlannerData, PlannerRecipe, RecipeKind, StockItem } from "./types.ts";

/** Recipes as the planner reads them: each computed recipe with its `meal` and `equipment` from the recipe file. */
export function plannerData(recipes: readonly { computed: ComputedRecipe; meal: RecipeKind; equipment: readonly Equipment[] }[], products: PlannerData["products"]): PlannerData {
  return {
    recipes: recipes.map(({ computed, meal, equipment }): PlannerRecipe => ({
      slug: computed.slug,
      meal,
      equipment: [...equipment],
      servings: computed.servings,
      ingredients: computed.ingredients.map(({ product, grams }) => ({ product, grams })),
      nutritionPerServing: computed.nutritionPerServing,
      allergens: computed.allergens,
    })),
    products,
  };
}

/** A package's products in grams (amounts were checked with the content, so a failing conversion is a programming error). */
export function packageStock(items: readonly Required<IngredientLine>[], products: ReadonlyMap<string, ProductData>): StockItem[] {
  return items.map((item) => {
    const product = products.get(item.product);
    if (!product) throw new Error(`package product "${item.product}" is not in the catalogue`);
    const grams = toGrams(item, product);
    if (!grams.ok) throw new Error(gramsMessage(grams.problem, item));
    return { product: item.product, grams: grams.grams };
  });
}
