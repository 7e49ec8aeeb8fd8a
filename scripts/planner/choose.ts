// First step of planning: which recipes to cook how often, with how many servings in all, and which packs to buy (days come later).
import { energyBandKcal, householdSaltMaxG, persons } from "./reference.ts";
import { fitsMeal } from "./meals.ts";
import { maxUses } from "./repetition.ts";
import { makeRow, type Mip, type Objective, type Row } from "./mip.ts";
import { PLAN_MEALS, type PlanMeal, type PlannerProduct, type PlannerRecipe, type PlanRequest } from "./types.ts";

/** Each person eats at least one serving of a planned dish and at most this many. */
export const MAX_SERVINGS_PER_PERSON = 2;

/** A recipe that may fill a meal, and its columns: `times[t]` is 1 when it is cooked at least t + 1 times, `servings` the servings of all those times together. */
export interface Use {
  recipe: PlannerRecipe;
  meal: PlanMeal;
  times: number[];
  servings: number;
}

export interface ChoiceProgram {
  mip: Mip;
  uses: Use[];
  /** Products to buy and their pack-count columns. */
  buys: { product: PlannerProduct; packs: number }[];
  /** Servings one cooking of a dish may have. */
  servings: { min: number; max: number };
}

/**
 * The program over the whole plan, without days (r: recipe, m: meal, p: product):
 * - times[r,m,t] ∈ {0,1}, decreasing in t: how often r is cooked for m; Σ over r = days for every meal;
 * - servings[r,m] ∈ ℤ between persons × times and 2 × persons × times;
 * - a recipe at most maxUses(days) times in all (twice a week, never on consecutive days);
 * - packs[p] ∈ ℤ≥0 for products not at hand that cost something: grams needed ≤ packs × pack grams;
 * - grams of a product at hand ≤ what is at hand;
 * - energy of the whole plan within days × the daily band, salt within days × the daily limit, shopping within the budget;
 * - used[r] ≤ Σ times[r,·,0] (1 when the recipe appears at all).
 * Objectives in order: least shopping cost; most grams of the stock used; most different recipes.
 * Cost, stock used and variety depend only on these totals, so laying the cookings out on days (assign.ts) keeps them.
 * `recipes` must be filtered for equipment and allergens and sorted by slug.
 */
export function buildChoice(request: PlanRequest, recipes: readonly PlannerRecipe[], products: ReadonlyMap<string, PlannerProduct>): ChoiceProgram {
  const columns: Mip["columns"] = [];
  const rows: Row[] = [];
  const column = (name: string, lower: number, upper: number, integer: boolean) => columns.push({ name, lower, upper, integer }) - 1;
  const row = (name: string, group: Row["group"], lower: number, upper: number, terms: Iterable<[number, number]>) => {
    rows.push(makeRow(name, group, lower, upper, terms));
  };

  const people = persons(request.household);
  const servings = { min: people, max: MAX_SERVINGS_PER_PERSON * people };
  const meals = PLAN_MEALS.filter((meal) => request.meals.includes(meal));
  const most = maxUses(request.days);

  const uses: Use[] = [];
  for (const recipe of recipes) {
    for (const meal of meals) {
      if (!fitsMeal(recipe, meal)) continue;
      const times = Array.from({ length: Math.min(most, request.days) }, (_, t) => column(`times_${recipe.slug}_${meal}_${t + 1}`, 0, 1, true));
      const total = column(`servings_${recipe.slug}_${meal}`, 0, servings.max * times.length, true);
      times.slice(1).forEach((later, t) => row(`order_${recipe.slug}_${meal}_${t + 2}`, null, -Infinity, 0, [[later, 1], [times[t]!, -1]]));
      row(`least_${recipe.slug}_${meal}`, null, 0, Infinity, [[total, 1], ...times.map((time): [number, number] => [time, -servings.min])]);
      row(`most_${recipe.slug}_${meal}`, null, -Infinity, 0, [[total, 1], ...times.map((time): [number, number] => [time, -servings.max])]);
      uses.push({ recipe, meal, times, servings: total });
    }
  }
  for (const meal of meals) row(`meal_${meal}`, null, request.days, request.days, uses.filter((use) => use.meal === meal).flatMap((use) => use.times.map((time): [number, number] => [time, 1])));
  for (const recipe of recipes) {
    const terms = uses.filter((use) => use.recipe === recipe).flatMap((use) => use.times.map((time): [number, number] => [time, 1]));
    if (terms.length > most) row(`repeat_${recipe.slug}`, "repetition", -Infinity, most, terms);
  }
  if (request.days === 3) threeDays(recipes, uses, meals, column, row);

  // Grams of each product: Σ servings × recipe grams ÷ recipe servings.
  const grams = new Map<string, Map<number, number>>();
  for (const use of uses) {
    for (const { product, grams: amount } of use.recipe.ingredients) {
      if (amount <= 0) continue;
      let terms = grams.get(product);
      if (!terms) grams.set(product, (terms = new Map()));
      terms.set(use.servings, (terms.get(use.servings) ?? 0) + amount / use.recipe.servings);
    }
  }
  const stock = new Map(request.stock.map((item) => [item.product, item.grams]));
  const buys: ChoiceProgram["buys"] = [];
  const stockUse = new Map<number, number>();
  for (const [id, terms] of [...grams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const product = products.get(id);
    if (!product) throw new Error(`recipe product "${id}" is not among the planner's products`);
    const atHand = stock.get(id);
    if (atHand !== undefined) {
      row(`stock_${id}`, "stock", -Infinity, atHand, terms);
      for (const [index, coefficient] of terms) stockUse.set(index, (stockUse.get(index) ?? 0) + coefficient);
    } else if (product.price.eur > 0) {
      const packs = column(`packs_${id}`, 0, Infinity, true);
      buys.push({ product, packs });
      row(`buy_${id}`, null, -Infinity, 0, [...terms, [packs, -product.packageGrams]]);
    }
  }

  const band = energyBandKcal(request.household, meals.length === PLAN_MEALS.length);
  const energy = uses.map((use): [number, number] => [use.servings, use.recipe.nutritionPerServing.energyKcal]);
  if (band.min !== null) row("energy_min", "energy-min", request.days * band.min, Infinity, energy);
  row("energy_max", "energy-max", -Infinity, request.days * band.max, energy);
  row("salt", "salt", -Infinity, request.days * householdSaltMaxG(request.household), uses.map((use): [number, number] => [use.servings, use.recipe.nutritionPerServing.salt]));

  const cost: [number, number][] = buys.map(({ product, packs }) => [packs, product.price.eur]);
  if (request.budgetEur !== undefined) row("budget", "budget", -Infinity, request.budgetEur, cost);

  const variety: [number, number][] = [];
  for (const recipe of recipes) {
    const first = uses.filter((use) => use.recipe === recipe).map((use): [number, number] => [use.times[0]!, -1]);
    if (first.length === 0) continue;
    const used = column(`used_${recipe.slug}`, 0, 1, false);
    variety.push([used, 1]);
    row(`variety_${recipe.slug}`, null, -Infinity, 0, [[used, 1], ...first]);
  }

  const objective = (name: string, sense: Objective["sense"], terms: Iterable<[number, number]>, tolerance: number): Objective => {
    const entries = [...terms];
    return { name, sense, columns: entries.map(([index]) => index), coefficients: entries.map(([, coefficient]) => coefficient), tolerance };
  };
  const objectives = [
    // Prices are whole cents, so a tenth of a cent keeps the least cost exact.
    objective("shopping cost (EUR)", "minimize", cost, 0.001),
    objective("stock used (g)", "maximize", stockUse, 0.01),
    objective("different recipes", "maximize", variety, 0.001),
  ];
  return { mip: { columns, rows, objectives }, uses, buys, servings };
}

/**
 * In three days a recipe cooked twice can only be on days 1 and 3, so those two days must hold every such recipe's
 * two meals: for each meal, the recipes cooked twice may have at most two cookings of it (one on day 1, one on day 3).
 * That is also enough: the recipes cooked twice can then always be split between day 1 and day 3.
 * twice[r] ≥ Σ times[r] − 1; atMeal[r,m] ≥ times[r,m] + twice[r] − 1; Σ_r atMeal[r,m] ≤ 2.
 */
function threeDays(recipes: readonly PlannerRecipe[], uses: readonly Use[], meals: readonly PlanMeal[], column: (name: string, lower: number, upper: number, integer: boolean) => number, row: (name: string, group: Row["group"], lower: number, upper: number, terms: Iterable<[number, number]>) => void): void {
  const atMeal = new Map<PlanMeal, [number, number][]>(meals.map((meal) => [meal, []]));
  for (const recipe of recipes) {
    const mine = uses.filter((use) => use.recipe === recipe);
    if (mine.reduce((sum, use) => sum + use.times.length, 0) < 2) continue;
    const twice = column(`twice_${recipe.slug}`, 0, 1, true);
    row(`twice_${recipe.slug}`, "repetition", -Infinity, 1, [...mine.flatMap((use) => use.times.map((time): [number, number] => [time, 1])), [twice, -1]]);
    for (const use of mine) {
      const count = column(`twice_${recipe.slug}_${use.meal}`, 0, 2, false);
      row(`twice_${recipe.slug}_${use.meal}`, "repetition", -Infinity, 1, [...use.times.map((time): [number, number] => [time, 1]), [twice, 1], [count, -1]]);
      atMeal.get(use.meal)!.push([count, 1]);
    }
  }
  for (const [meal, terms] of atMeal) if (terms.length > 0) row(`twice_${meal}`, "repetition", -Infinity, 2, terms);
}

/** How often each use is cooked, read from a solution. */
export function readChoice(program: ChoiceProgram, values: readonly number[]): { use: Use; times: number }[] {
  return program.uses.map((use) => ({ use, times: use.times.reduce((sum, column) => sum + Math.round(values[column]!), 0) })).filter((chosen) => chosen.times > 0);
}

/** The grams each product may reach (bought packs × pack grams, or the stock) and the stock grams used, from a solution. */
export function readLimits(program: ChoiceProgram, request: PlanRequest, values: readonly number[], stockUsed: number): { gramsAvailable: Map<string, number>; stockUsedAtLeast: number } {
  const gramsAvailable = new Map<string, number>(request.stock.map((item) => [item.product, item.grams]));
  for (const { product, packs } of program.buys) gramsAvailable.set(product.id, Math.round(values[packs]!) * product.packageGrams);
  return { gramsAvailable, stockUsedAtLeast: stockUsed - program.mip.objectives[1]!.tolerance };
}

/** A row that no later solution may repeat this choice of recipes and times (it may still change servings). */
export function excludeChoice(program: ChoiceProgram, values: readonly number[]): Row {
  const columns: number[] = [];
  const coefficients: number[] = [];
  let ones = 0;
  for (const use of program.uses) {
    for (const column of use.times) {
      const on = Math.round(values[column]!) === 1;
      columns.push(column);
      coefficients.push(on ? -1 : 1);
      if (on) ones += 1;
    }
  }
  // Σ_{on} (1 − t) + Σ_{off} t ≥ 1  ⇔  Σ_{off} t − Σ_{on} t ≥ 1 − ones
  return { name: "exclude", group: null, lower: 1 - ones, upper: Infinity, columns, coefficients };
}
