// The compute step: the kitchen engine over every checked recipe, and which recipes use each product.
import type { Content, Product } from "../content/load.ts";
import { recipeProblemMessage } from "../content/messages.ts";
import { computeRecipe, productUsage, type ComputedRecipe } from "../kitchen/index.ts";
import type { Kitchen } from "../present/index.ts";

/** Computes every recipe; content was checked, so a recipe the engine cannot compute is a programming error. */
export function computeKitchen(content: Content): Kitchen {
  const products = new Map<string, Product>(content.products.map((product) => [product.id, product]));
  const recipes: Record<string, ComputedRecipe> = {};
  for (const recipe of content.recipes) {
    const result = computeRecipe({ slug: recipe.slug, servings: recipe.data.servings, ingredients: recipe.data.ingredients }, products);
    if (!result.ok) throw new Error(`${recipe.lv.file}: ${result.problems.map((problem) => recipeProblemMessage(problem, recipe.data.ingredients)).join("; ")}`);
    recipes[recipe.slug] = result.recipe;
  }
  return { recipes, usage: productUsage(Object.values(recipes), content.products.map((product) => product.id)) };
}
