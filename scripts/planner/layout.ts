// Second step, tried first: lays the chosen cookings out on the days by a small deterministic search, each dish's servings split evenly.
import type { Chosen } from "./assign.ts";
import { repetitionAllows } from "./repetition.ts";
import type { PlanMeal, PlannedMeal } from "./types.ts";

/** A chosen dish with the servings of all its cookings together, as the choice settled them. */
export interface ChosenServings extends Chosen {
  servings: number;
}

/** Places the search may try before it gives up: a count, not a time, so the same input always ends the same way. */
const MAX_STEPS = 20_000;

/**
 * Fills the meals day by day, each with a chosen dish that fits it and that the repetition rule allows on that day;
 * dishes with more cookings left come first, then dishes that fit fewer meals, then by slug. Every dish keeps the total
 * servings of the choice, split as evenly as the number of cookings allows (larger shares first), so the grams, the cost
 * and the stock used are exactly the choice's. With `dayBand`, each day's energy (kcal, all persons) stays within it.
 * Returns null when no layout is found within MAX_STEPS placements (the program of assign.ts then decides).
 */
export function searchLayout(chosen: readonly ChosenServings[], days: number, meals: readonly PlanMeal[], dayBand: { min: number; max: number } | null): { day: number; meals: PlannedMeal[] }[] | null {
  const dishes = chosen.map((dish) => {
    const base = Math.floor(dish.servings / dish.times);
    const larger = dish.servings - base * dish.times;
    return { dish, shares: Array.from({ length: dish.times }, (_, index) => base + (index < larger ? 1 : 0)), placed: [] as number[] };
  });
  const slots = Array.from({ length: days * meals.length }, (_, index) => ({ day: Math.floor(index / meals.length) + 1, meal: meals[index % meals.length]! }));
  const picked: (typeof dishes)[number][] = [];
  let steps = 0;

  /** Whether every dish can still fit its remaining cookings into the days left, two days apart at least. */
  const roomLeft = (day: number, endOfDay: boolean): boolean =>
    dishes.every(({ dish, placed }) => {
      const left = dish.times - placed.length;
      if (left === 0) return true;
      const last = placed.at(-1);
      const earliest = Math.max(endOfDay ? day + 1 : day, last === undefined ? 1 : last + 2);
      return earliest + 2 * (left - 1) <= days;
    });

  const place = (index: number, dayKcal: number): boolean => {
    if (index === slots.length) return true;
    const { day, meal } = slots[index]!;
    const endOfDay = (index + 1) % meals.length === 0;
    const candidates = dishes
      .filter(({ dish, placed }) => placed.length < dish.times && dish.meals.includes(meal) && repetitionAllows([...placed, day]))
      .sort((a, b) => b.dish.times - b.placed.length - (a.dish.times - a.placed.length) || a.dish.meals.length - b.dish.meals.length || (a.dish.recipe.slug < b.dish.recipe.slug ? -1 : 1));
    for (const candidate of candidates) {
      steps += 1;
      if (steps > MAX_STEPS) return false;
      const kcal = dayKcal + candidate.shares[candidate.placed.length]! * candidate.dish.recipe.nutritionPerServing.energyKcal;
      if (endOfDay && dayBand && (kcal < dayBand.min || kcal > dayBand.max)) continue;
      candidate.placed.push(day);
      picked[index] = candidate;
      if (roomLeft(day, endOfDay) && place(index + 1, endOfDay ? 0 : kcal)) return true;
      candidate.placed.pop();
    }
    return false;
  };
  if (!place(0, 0)) return null;

  const out = Array.from({ length: days }, (_, index) => ({ day: index + 1, meals: [] as PlannedMeal[] }));
  const used = new Map<(typeof dishes)[number], number>();
  slots.forEach(({ day, meal }, index) => {
    const dish = picked[index]!;
    const count = used.get(dish) ?? 0;
    used.set(dish, count + 1);
    out[day - 1]!.meals.push({ meal, recipe: dish.dish.recipe.slug, servings: dish.shares[count]! });
  });
  return out;
}
