// A plan's figures worked out from its meals alone: products used and left, packs to buy and their cost, nutrition per person per day.
import { addNutrients, scaleNutrients, zeroNutrients } from "../kitchen/nutrition.ts";
import { energyBandKcal, householdEnergyKcal, householdSaltMaxG, persons } from "./reference.ts";
import { PLAN_MEALS, type Plan, type PlanDay, type PlannedMeal, type PlannerProduct, type PlannerRecipe, type PlanRequest, type ShoppingItem, type StockUse } from "./types.ts";

/** Grams a bought pack may fall short by and still count as enough (solver round-off, not food). */
const GRAMS_TOLERANCE = 1e-6;

/** Grams of each product the meals need: Σ servings × the recipe's grams ÷ the recipe's servings. */
export function gramsNeeded(meals: readonly PlannedMeal[], recipes: ReadonlyMap<string, PlannerRecipe>): Map<string, number> {
  const needed = new Map<string, number>();
  for (const meal of meals) {
    const recipe = recipeOf(recipes, meal.recipe);
    for (const { product, grams } of recipe.ingredients) needed.set(product, (needed.get(product) ?? 0) + (grams * meal.servings) / recipe.servings);
  }
  return needed;
}

/** Whole packs that hold `grams`. */
export function packsFor(grams: number, packGrams: number): number {
  return Math.max(0, Math.ceil((grams - GRAMS_TOLERANCE) / packGrams));
}

/** Every figure of a plan from its days' meals; the planner and anyone checking a plan compute them the same way. */
export function summarise(request: PlanRequest, days: readonly { day: number; meals: readonly PlannedMeal[] }[], recipes: ReadonlyMap<string, PlannerRecipe>, products: ReadonlyMap<string, PlannerProduct>): Plan {
  const people = persons(request.household);
  const planDays: PlanDay[] = days.map(({ day, meals }) => ({
    day,
    meals: meals.map((meal) => ({ ...meal })),
    nutrition: meals.reduce((total, meal) => addNutrients(total, scaleNutrients(recipeOf(recipes, meal.recipe).nutritionPerServing, meal.servings)), zeroNutrients()),
  }));
  const needed = gramsNeeded(planDays.flatMap((day) => day.meals), recipes);
  const atHand = new Map(request.stock.map((item) => [item.product, item.grams]));

  const stock: StockUse[] = [...atHand].sort(byKey).map(([product, availableGrams]) => {
    const usedGrams = needed.get(product) ?? 0;
    return { product, availableGrams, usedGrams, leftGrams: availableGrams - usedGrams };
  });
  const shopping: ShoppingItem[] = [];
  const toTaste: string[] = [];
  for (const [id, grams] of [...needed].sort(byKey)) {
    if (atHand.has(id)) continue;
    const product = products.get(id);
    if (!product) throw new Error(`product "${id}" is not among the planner's products`);
    if (grams <= 0) toTaste.push(id);
    else if (product.price.eur > 0) {
      const packs = packsFor(grams, product.packageGrams);
      shopping.push({ product: id, neededGrams: grams, packs, packGrams: product.packageGrams, costEur: packs * product.price.eur, leftGrams: packs * product.packageGrams - grams });
    }
  }

  const extraCostEur = shopping.reduce((sum, item) => sum + item.costEur, 0);
  const whole = planDays.reduce((total, day) => addNutrients(total, day.nutrition), zeroNutrients());
  const reference = householdEnergyKcal(request.household);
  const band = energyBandKcal(request.household, PLAN_MEALS.every((meal) => request.meals.includes(meal)));
  return {
    package: request.package,
    household: { ...request.household },
    meals: PLAN_MEALS.filter((meal) => request.meals.includes(meal)),
    days: planDays,
    stock,
    shopping,
    toTaste,
    totals: {
      extraCostEur,
      extraCostPerPersonPerDayEur: extraCostEur / people / planDays.length,
      stockUsedGrams: stock.reduce((sum, item) => sum + item.usedGrams, 0),
      stockLeftGrams: stock.reduce((sum, item) => sum + item.leftGrams, 0),
      recipes: new Set(planDays.flatMap((day) => day.meals.map((meal) => meal.recipe))).size,
    },
    nutrition: {
      perPersonPerDay: scaleNutrients(whole, 1 / people / planDays.length),
      reference: {
        energyKcal: { min: reference.min / people, max: reference.max / people },
        energyBandKcal: { min: band.min === null ? null : band.min / people, max: band.max / people },
        saltMaxG: householdSaltMaxG(request.household) / people,
      },
    },
  };
}

function recipeOf(recipes: ReadonlyMap<string, PlannerRecipe>, slug: string): PlannerRecipe {
  const recipe = recipes.get(slug);
  if (!recipe) throw new Error(`recipe "${slug}" is not among the planner's recipes`);
  return recipe;
}

function byKey<T>([a]: [string, T], [b]: [string, T]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
