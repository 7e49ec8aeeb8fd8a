// Which recipes may fill which meal of the day, and which recipes a household can cook at all (equipment, allergens).
import type { AllergenCode } from "../kitchen/types.ts";
import type { Equipment, PlanMeal, PlannerRecipe, RecipeFilter, RecipeKind } from "./types.ts";

/**
 * The recipe kinds (a recipe's `meal` field) each meal is planned from. One dish fills a meal.
 * - breakfast ← breakfast: the porridges, pancakes and omelette are written as breakfasts. "baking" (bread, cookies)
 *   is left out: bread or cookies alone are not a breakfast, and the energy band would let them stand in for one.
 * - lunch ← soup or main: lunch (pusdienas) is the day's main hot meal in Latvia, and the soups here are whole meals
 *   (with meat, beans, potatoes or dumplings); a soup and a main dish together would be two dishes in one meal.
 * - dinner ← main: a cooked dish; soups stay at lunch, where Latvian meals have them, so a day has at most one soup.
 * Desserts and snacks are not planned: they come on top of the three meals, and the day's energy counts the three meals only.
 */
export const MEAL_KINDS: Readonly<Record<PlanMeal, readonly RecipeKind[]>> = {
  breakfast: ["breakfast"],
  lunch: ["soup", "main"],
  dinner: ["main"],
};

/** Whether a recipe may fill a meal. */
export function fitsMeal(recipe: Pick<PlannerRecipe, "meal">, meal: PlanMeal): boolean {
  return MEAL_KINDS[meal].includes(recipe.meal);
}

/** Whether a kitchen with `available` equipment can cook the recipe ("none" needs nothing). */
export function hasEquipment(recipe: Pick<PlannerRecipe, "equipment">, available: readonly Equipment[]): boolean {
  return recipe.equipment.every((item) => item === "none" || available.includes(item));
}

/** Whether the recipe is free of every allergen to avoid. */
export function avoidsAllergens(recipe: Pick<PlannerRecipe, "allergens">, avoid: readonly AllergenCode[]): boolean {
  return !recipe.allergens.some((code) => avoid.includes(code));
}

/** The recipes left after the filters, except those named in `lifted`. */
export function filterRecipes<R extends PlannerRecipe>(recipes: readonly R[], equipment: readonly Equipment[], avoid: readonly AllergenCode[], lifted: readonly RecipeFilter[] = []): R[] {
  return recipes.filter((recipe) => (lifted.includes("equipment") || hasEquipment(recipe, equipment)) && (lifted.includes("allergens") || avoidsAllergens(recipe, avoid)));
}
