// Before solving: are there enough recipes for the meals at all, once equipment and allergens have removed some?
import type { AllergenCode } from "../kitchen/types.ts";
import { filterRecipes, fitsMeal } from "./meals.ts";
import { maxUses } from "./repetition.ts";
import type { Blocker, Equipment, PlanMeal, PlannerRecipe, RecipeFilter } from "./types.ts";

type Shortage = Extract<Blocker, { constraint: "recipes" }>;

/**
 * Every group of meals (one meal, two, all three) needs days × meals uses, and each recipe that fits any of them
 * gives at most maxUses(days). A group that falls short cannot be planned, whatever the solver does; only the
 * smallest short groups are named. For each, the filters whose lifting would leave enough recipes are named too.
 */
export function recipeShortages(recipes: readonly PlannerRecipe[], meals: readonly PlanMeal[], days: number, equipment: readonly Equipment[], avoid: readonly AllergenCode[]): Shortage[] {
  const uses = maxUses(days);
  const groups = subsets(meals).sort((a, b) => a.length - b.length);
  const short: Shortage[] = [];
  for (const group of groups) {
    if (short.some((found) => found.meals.every((meal) => group.includes(meal)))) continue;
    const count = (lifted: readonly RecipeFilter[]) => filterRecipes(recipes, equipment, avoid, lifted).filter((recipe) => group.some((meal) => fitsMeal(recipe, meal))).length;
    const needed = days * group.length;
    const left = count([]);
    if (left * uses >= needed) continue;
    const enoughWithout = (lifted: RecipeFilter[]) => count(lifted) * uses >= needed;
    const single = (["equipment", "allergens"] as const).filter((filter) => enoughWithout([filter]));
    const filters: RecipeFilter[] = single.length > 0 ? single : enoughWithout(["equipment", "allergens"]) ? ["equipment", "allergens"] : [];
    short.push({ constraint: "recipes", filters, meals: [...group], needed, possible: left * uses, recipes: left });
  }
  return short;
}

/** Every non-empty subset, each in the order of `items`. */
function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask += 1) out.push(items.filter((_, index) => mask & (1 << index)));
  return out;
}
