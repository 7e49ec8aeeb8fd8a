// Second step of planning: lays the chosen cookings out on the days, splitting their servings, so every day keeps the rules.
import { energyBandKcal, householdSaltMaxG } from "./reference.ts";
import { USES_PER_WINDOW, WINDOW_DAYS } from "./repetition.ts";
import { makeRow, type Mip, type Row } from "./mip.ts";
import { PLAN_MEALS, type PlanMeal, type PlannerRecipe, type PlanRequest } from "./types.ts";

/** A dish chosen: the requested meals it may fill, and how often it is cooked. */
export interface Chosen {
  recipe: PlannerRecipe;
  meals: readonly PlanMeal[];
  times: number;
}

/** What the choice settled: grams of each product there may be (bought packs or stock), and the stock grams to use at least. */
export interface Limits {
  gramsAvailable: ReadonlyMap<string, number>;
  stockUsedAtLeast: number;
}

export interface AssignmentProgram {
  mip: Mip;
  /** For each chosen dish, meal it fits and day: the column putting it there and the column of its servings there. */
  cells: { chosen: Chosen; meal: PlanMeal; day: number; on: number; servings: number }[];
}

/**
 * Columns on[c,m,d] ∈ {0,1} and servings[c,m,d] ∈ ℤ (c: chosen dish, m: a requested meal it fits, d: day), with rows:
 * - each chosen dish on exactly `times` days, with servings between the bounds each time;
 * - grams of each product within the bought packs or the stock, at least as much stock used as the choice used, and
 *   energy and salt over all days within the band and the limit, as in the choice (servings may be split differently
 *   from the choice; what it costs and uses stays);
 * - each meal of each day filled by exactly one dish;
 * - a recipe at most once in any two consecutive days and at most twice in any seven (over all its meals).
 * - with `dayBand`, each day's energy (kcal, all persons) within it, so no day is far from the others.
 * No objective: any layout keeps what the choice costs and uses.
 */
export function buildAssignment(request: PlanRequest, chosen: readonly Chosen[], servings: { min: number; max: number }, limits: Limits, dayBand: { min: number; max: number } | null): AssignmentProgram {
  const columns: Mip["columns"] = [];
  const rows: Row[] = [];
  const column = (name: string, lower: number, upper: number) => columns.push({ name, lower, upper, integer: true }) - 1;
  const row = (name: string, group: Row["group"], lower: number, upper: number, terms: [number, number][]) => rows.push(makeRow(name, group, lower, upper, terms));

  const cells: AssignmentProgram["cells"] = [];
  for (const dish of chosen) {
    const name = dish.recipe.slug;
    const mine: AssignmentProgram["cells"] = [];
    for (let day = 1; day <= request.days; day += 1) {
      for (const meal of dish.meals) {
        const on = column(`on_${name}_${meal}_${day}`, 0, 1);
        const count = column(`servings_${name}_${meal}_${day}`, 0, servings.max);
        row(`least_${name}_${meal}_${day}`, null, 0, Infinity, [[count, 1], [on, -servings.min]]);
        row(`most_${name}_${meal}_${day}`, null, -Infinity, 0, [[count, 1], [on, -servings.max]]);
        mine.push({ chosen: dish, meal, day, on, servings: count });
      }
    }
    row(`times_${name}`, null, dish.times, dish.times, mine.map(({ on }) => [on, 1]));
    cells.push(...mine);
  }
  const grams = new Map<string, [number, number][]>();
  for (const cell of cells) {
    const recipe = cell.chosen.recipe;
    for (const { product, grams: amount } of recipe.ingredients) if (amount > 0) grams.set(product, [...(grams.get(product) ?? []), [cell.servings, amount / recipe.servings]]);
  }
  const stock = new Set(request.stock.map((item) => item.product));
  const stockUsed: [number, number][] = [];
  for (const [product, terms] of grams) {
    const available = limits.gramsAvailable.get(product);
    if (available !== undefined) row(`grams_${product}`, null, -Infinity, available, terms);
    if (stock.has(product)) stockUsed.push(...terms);
  }
  if (stockUsed.length > 0) row("stock_used", null, limits.stockUsedAtLeast, Infinity, stockUsed);
  const meals = PLAN_MEALS.filter((meal) => request.meals.includes(meal));
  for (let day = 1; day <= request.days; day += 1) {
    for (const meal of meals) row(`meal_${day}_${meal}`, null, 1, 1, cells.filter((cell) => cell.day === day && cell.meal === meal).map(({ on }) => [on, 1]));
  }

  const slugs = [...new Set(chosen.map((dish) => dish.recipe.slug))];
  for (const slug of slugs) {
    const on = (first: number, last: number) => cells.filter((cell) => cell.chosen.recipe.slug === slug && cell.day >= first && cell.day <= last).map(({ on: index }): [number, number] => [index, 1]);
    for (let day = 1; day <= Math.max(1, request.days - 1); day += 1) row(`apart_${slug}_${day}`, "repetition", -Infinity, 1, on(day, day + 1));
    for (let first = 1; first <= Math.max(1, request.days - WINDOW_DAYS + 1); first += 1) row(`week_${slug}_${first}`, "repetition", -Infinity, USES_PER_WINDOW, on(first, first + WINDOW_DAYS - 1));
  }

  const band = energyBandKcal(request.household, meals.length === PLAN_MEALS.length);
  const energy = cells.map((cell): [number, number] => [cell.servings, cell.chosen.recipe.nutritionPerServing.energyKcal]);
  if (band.min !== null) row("energy_min", "energy-min", request.days * band.min, Infinity, energy);
  row("energy_max", "energy-max", -Infinity, request.days * band.max, energy);
  row("salt", "salt", -Infinity, request.days * householdSaltMaxG(request.household), cells.map((cell): [number, number] => [cell.servings, cell.chosen.recipe.nutritionPerServing.salt]));
  if (dayBand) {
    for (let day = 1; day <= request.days; day += 1) row(`day_${day}`, null, dayBand.min, dayBand.max, energy.filter((_, index) => cells[index]!.day === day));
  }
  return { mip: { columns, rows, objectives: [] }, cells };
}
