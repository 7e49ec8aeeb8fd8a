// Narrows a large recipe set to the most promising recipes of each kind before the program is built, so it stays small enough to solve exactly.
import { fitsMeal } from "./meals.ts";
import type { PlanMeal, PlannerProduct, PlannerRecipe, StockItem } from "./types.ts";

/**
 * Recipes kept of each kind (breakfast, soup, main) when more than this many may fill the requested meals. Never less
 * than the real content's largest kind (11 mains) so its plans stay exact, and well above what 14 days need: each recipe
 * may be used about twice a week, so 14 breakfasts need 4 different ones and 28 lunches and dinners need 8.
 */
export const SHORTLIST_PER_KIND = 12;

/** What a gram of a product at hand is worth in the score, in cents: stock used counts as much as a cheap staple bought (1 €/kg). */
export const STOCK_BONUS_CENTS_PER_GRAM = 0.1;

/**
 * How promising a recipe is, lower first: the shopping cost of one serving in cents at each product's price per gram
 * (ignoring whole packs), less STOCK_BONUS_CENTS_PER_GRAM for every gram per serving of a product at hand (free, and the
 * plan's second aim is to use it). Products the catalogue does not list count nothing (the program reports them).
 */
export function recipeScore(recipe: PlannerRecipe, atHand: ReadonlySet<string>, products: ReadonlyMap<string, PlannerProduct>): number {
  let score = 0;
  for (const { product, grams } of recipe.ingredients) {
    if (grams <= 0) continue;
    const perServing = grams / recipe.servings;
    if (atHand.has(product)) {
      score -= STOCK_BONUS_CENTS_PER_GRAM * perServing;
      continue;
    }
    const found = products.get(product);
    if (found && found.packageGrams > 0) score += (found.price.eur * 100 * perServing) / found.packageGrams;
  }
  return score;
}

export interface Shortlist<R extends PlannerRecipe> {
  /** The recipes to plan from, in the order they came in. */
  recipes: R[];
  /** How many recipes may fill some requested meal (the shortlist is taken from these). */
  of: number;
}

/**
 * The recipes that may fill some requested meal, with each kind that has more than `perKind` of them cut to its `perKind`
 * lowest scores (ties by slug). Deterministic: the same recipes give the same shortlist whatever order they come in.
 */
export function shortlist<R extends PlannerRecipe>(recipes: readonly R[], meals: readonly PlanMeal[], stock: readonly StockItem[], products: ReadonlyMap<string, PlannerProduct>, perKind = SHORTLIST_PER_KIND): Shortlist<R> {
  const usable = recipes.filter((recipe) => meals.some((meal) => fitsMeal(recipe, meal)));
  const atHand = new Set(stock.filter((item) => item.grams > 0).map((item) => item.product));
  const byKind = new Map<string, R[]>();
  for (const recipe of usable) {
    const members = byKind.get(recipe.meal);
    if (members) members.push(recipe);
    else byKind.set(recipe.meal, [recipe]);
  }
  const kept = new Set<R>();
  for (const members of byKind.values()) {
    if (members.length <= perKind) {
      for (const recipe of members) kept.add(recipe);
      continue;
    }
    const scored = members.map((recipe) => ({ recipe, score: recipeScore(recipe, atHand, products) }));
    scored.sort((a, b) => a.score - b.score || (a.recipe.slug < b.recipe.slug ? -1 : a.recipe.slug > b.recipe.slug ? 1 : 0));
    for (const { recipe } of scored.slice(0, perKind)) kept.add(recipe);
  }
  return { recipes: usable.filter((recipe) => kept.has(recipe)), of: usable.length };
}
