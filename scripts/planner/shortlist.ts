// Narrows a large recipe set to the most promising recipes of each kind before the program is built, so it stays small enough to solve exactly.
import { fitsMeal } from "./meals.ts";
import type { PlanMeal, PlannerProduct, PlannerRecipe, StockItem } from "./types.ts";

/**
 * Recipes kept of each kind (breakfast, soup, main) when more than this many may fill the requested meals. Never less
 * than the real content's largest kind (11 mains) so its plans stay exact, and well above what 14 days need: each recipe
 * may be used about twice a week, so 14 breakfasts need 4 different ones and 28 lunches and dinners need 8.
 */
export const SHORTLIST_PER_KIND = 12;

/**
 * What a recipe's energy costs, lower first: the shopping cost of one serving in cents at each product's price per gram
 * (ignoring whole packs), products in `free` counting nothing, ÷ its kcal per serving (at least 1). Per kcal rather than
 * per serving, since the plan must feed the household: a cheap dish that gives little energy needs more servings.
 * Products the catalogue does not list count nothing (the program reports them).
 */
export function costPerKcal(recipe: PlannerRecipe, free: ReadonlySet<string>, products: ReadonlyMap<string, PlannerProduct>): number {
  let cents = 0;
  for (const { product, grams } of recipe.ingredients) {
    const found = products.get(product);
    if (grams <= 0 || free.has(product) || !found || found.packageGrams <= 0) continue;
    cents += (found.price.eur * 100 * grams) / recipe.servings / found.packageGrams;
  }
  return cents / Math.max(1, recipe.nutritionPerServing.energyKcal);
}

export interface Shortlist<R extends PlannerRecipe> {
  /** The recipes to plan from, in the order they came in. */
  recipes: R[];
  /** How many recipes may fill some requested meal (the shortlist is taken from these). */
  of: number;
}

/**
 * The recipes that may fill some requested meal, with each kind that has more than `perKind` of them cut to `perKind`,
 * taken in turn from two rankings by costPerKcal (ties by slug): with the products at hand free (the plan's aims: least
 * shopping, then most of the stock used) and with every product bought (the stock is limited: dishes that would need more
 * of it than there is must not crowd out the ones that can be bought for). Deterministic: the same recipes give the same
 * shortlist whatever order they come in.
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
    const rankings = [ranked(members, atHand, products), ranked(members, new Set(), products)];
    const ofKind = new Set<R>();
    for (let at = 0; ofKind.size < perKind; at += 1) for (const ranking of rankings) if (ofKind.size < perKind) ofKind.add(ranking[at]!);
    for (const recipe of ofKind) kept.add(recipe);
  }
  return { recipes: usable.filter((recipe) => kept.has(recipe)), of: usable.length };
}

/** The recipes from the lowest costPerKcal up, ties by slug. */
function ranked<R extends PlannerRecipe>(recipes: readonly R[], free: ReadonlySet<string>, products: ReadonlyMap<string, PlannerProduct>): R[] {
  const scored = recipes.map((recipe) => ({ recipe, score: costPerKcal(recipe, free, products) }));
  scored.sort((a, b) => a.score - b.score || (a.recipe.slug < b.recipe.slug ? -1 : a.recipe.slug > b.recipe.slug ? 1 : 0));
  return scored.map(({ recipe }) => recipe);
}
