// Second step of planning: lays the chosen cookings out on the days, splitting their servings, so every day keeps the rules.
import { energyBandKcal, householdSaltMaxG } from "./reference.ts";
import { USES_PER_WINDOW, WINDOW_DAYS } from "./repetition.ts";
import type { Mip, Row } from "./mip.ts";
import { PLAN_MEALS, type PlanMeal, type PlannerRecipe, type PlanRequest } from "./types.ts";

/** A dish chosen for a meal: how often and with how many servings in all. */
export interface Chosen {
  recipe: PlannerRecipe;
  meal: PlanMeal;
  times: number;
  servings: number;
}

/** Evening out the days is a courtesy, not a rule: a layout whose lowest day is within 5 % of the best possible will do. */
export const LAYOUT_GAP = 0.05;

export interface AssignmentProgram {
  mip: Mip;
  /** For each chosen dish and day: the column putting it on that day and the column of its servings there. */
  cells: { chosen: Chosen; day: number; on: number; servings: number }[];
}

/**
 * Columns on[c,d] ∈ {0,1} and servings[c,d] ∈ ℤ (c: chosen dish, d: day), with rows:
 * - each chosen dish on exactly `times` days, its servings adding up to the chosen total, each day's between the bounds;
 * - each meal of each day filled by exactly one dish;
 * - a recipe at most once in any two consecutive days and at most twice in any seven (over all its meals);
 * - each day's energy under the band's top and its salt under the limit.
 * What the plan costs and uses was settled by the choice (whose energy, over all days, is within the band); the layout
 * only makes the days even: its objective is the lowest day's energy, as high as it can be (column `lowest`).
 */
export function buildAssignment(request: PlanRequest, chosen: readonly Chosen[], servings: { min: number; max: number }): AssignmentProgram {
  const columns: Mip["columns"] = [];
  const rows: Row[] = [];
  const column = (name: string, lower: number, upper: number) => columns.push({ name, lower, upper, integer: true }) - 1;
  const row = (name: string, group: Row["group"], lower: number, upper: number, terms: [number, number][]) =>
    rows.push({ name, group, lower, upper, columns: terms.map(([index]) => index), coefficients: terms.map(([, coefficient]) => coefficient) });

  const cells: AssignmentProgram["cells"] = [];
  for (const dish of chosen) {
    const name = `${dish.recipe.slug}_${dish.meal}`;
    const mine: AssignmentProgram["cells"] = [];
    for (let day = 1; day <= request.days; day += 1) {
      const on = column(`on_${name}_${day}`, 0, 1);
      const count = column(`servings_${name}_${day}`, 0, servings.max);
      row(`least_${name}_${day}`, null, 0, Infinity, [[count, 1], [on, -servings.min]]);
      row(`most_${name}_${day}`, null, -Infinity, 0, [[count, 1], [on, -servings.max]]);
      mine.push({ chosen: dish, day, on, servings: count });
    }
    row(`times_${name}`, null, dish.times, dish.times, mine.map(({ on }) => [on, 1]));
    row(`total_${name}`, null, dish.servings, dish.servings, mine.map(({ servings: count }) => [count, 1]));
    cells.push(...mine);
  }
  const meals = PLAN_MEALS.filter((meal) => request.meals.includes(meal));
  for (let day = 1; day <= request.days; day += 1) {
    for (const meal of meals) row(`meal_${day}_${meal}`, null, 1, 1, cells.filter((cell) => cell.day === day && cell.chosen.meal === meal).map(({ on }) => [on, 1]));
  }

  const slugs = [...new Set(chosen.map((dish) => dish.recipe.slug))];
  for (const slug of slugs) {
    const on = (first: number, last: number) => cells.filter((cell) => cell.chosen.recipe.slug === slug && cell.day >= first && cell.day <= last).map(({ on: index }): [number, number] => [index, 1]);
    for (let day = 1; day <= Math.max(1, request.days - 1); day += 1) row(`apart_${slug}_${day}`, "repetition", -Infinity, 1, on(day, day + 1));
    for (let first = 1; first <= Math.max(1, request.days - WINDOW_DAYS + 1); first += 1) row(`week_${slug}_${first}`, "repetition", -Infinity, USES_PER_WINDOW, on(first, first + WINDOW_DAYS - 1));
  }

  const band = energyBandKcal(request.household, meals.length === PLAN_MEALS.length);
  const saltMax = householdSaltMaxG(request.household);
  const lowest = columns.push({ name: "lowest_day_kcal", lower: 0, upper: Infinity, integer: false }) - 1;
  for (let day = 1; day <= request.days; day += 1) {
    const today = cells.filter((cell) => cell.day === day);
    const energy = today.map((cell): [number, number] => [cell.servings, cell.chosen.recipe.nutritionPerServing.energyKcal]);
    row(`energy_max_${day}`, "energy-max", -Infinity, band.max, energy);
    row(`lowest_${day}`, null, 0, Infinity, [...energy, [lowest, -1]]);
    row(`salt_${day}`, "salt", -Infinity, saltMax, today.map((cell): [number, number] => [cell.servings, cell.chosen.recipe.nutritionPerServing.salt]));
  }
  return { mip: { columns, rows, objectives: [{ name: "lowest day (kcal)", sense: "maximize", columns: [lowest], coefficients: [1], tolerance: 0 }], gap: LAYOUT_GAP }, cells };
}
