// First step of planning: which recipes to cook how often, with how many servings in all, and which packs to buy (days and meals come later).
import { energyBandKcal, householdSaltMaxG, persons } from "./reference.ts";
import { fitsMeal } from "./meals.ts";
import { maxUses } from "./repetition.ts";
import type { ChosenServings } from "./layout.ts";
import { evaluate, makeRow, type Mip, type Row } from "./mip.ts";
import { PLAN_MEALS, type PlanMeal, type PlannerProduct, type PlannerRecipe, type PlanRequest } from "./types.ts";

/** Each person eats at least one serving of a planned dish and at most this many. */
export const MAX_SERVINGS_PER_PERSON = 2;

/**
 * Recipes the planner cannot tell apart (same kind, equipment, allergens, grams per serving and nutrition), which may
 * fill some requested meal, and their columns. `times[t]` is 1 when one of them is cooked at least t + 1 times (one
 * recipe alone); a group of identical recipes has a count `cooked` instead, and `different` ≤ cooked, ≤ its size.
 */
interface Use {
  recipes: PlannerRecipe[];
  /** The requested meals they may fill. */
  meals: PlanMeal[];
  /** Cookings of the group: Σ times (one recipe) or the count column. */
  cooked: [number, number][];
  times: number[];
  /** Different recipes of the group cooked: times[0], or the column `different`. */
  different: number;
  /** Cookings that are a recipe's second one within three days (the three-day rule), as terms. */
  second: [number, number][];
  servings: number;
}

export interface ChoiceProgram {
  mip: Mip;
  uses: Use[];
  /** Products to buy and their pack-count columns. */
  buys: { product: PlannerProduct; packs: number }[];
  /** Servings one cooking of a dish may have. */
  servings: { min: number; max: number };
  /** Shopping cost in euros, grams of the stock used and different recipes, as (column, coefficient) terms. */
  measures: Record<"costEur" | "stockGrams" | "recipes", { columns: number[]; coefficients: number[] }>;
}

/**
 * Weights of the one objective, minimised: shopping cost in cents − α × stock grams used − β × different recipes.
 * Prices are whole cents, so plans of different cost differ by at least 1 cent; α × (all the stock) + β × (all the
 * recipes) < 1 cent, so no amount of stock used or variety can pay for one more cent: the least cost comes first, exactly.
 * β × (all the recipes) < α × 1 g, so variety only decides between plans whose stock use differs by less than a gram.
 */
export function objectiveWeights(stockGrams: number, recipes: number): { alpha: number; beta: number } {
  const alpha = 1 / (2 * (stockGrams + 1));
  return { alpha, beta: alpha / (recipes + 1) };
}

/**
 * The program over the whole plan, without days or meals (r: recipe, p: product):
 * - times[r,t] ∈ {0,1}, decreasing in t: how often r is cooked (at most maxUses(days): twice a week, never on consecutive days);
 * - for every set G of requested meals, the cookings of recipes that fit only meals in G are at most days × |G|, and all
 *   cookings together are days × (requested meals): exactly when the cookings can be given one meal each (Hall's theorem);
 * - servings[r] ∈ ℤ between persons × times and 2 × persons × times;
 * - packs[p] ∈ ℤ≥0 for products not at hand that cost something: grams needed ≤ packs × pack grams (valid inequalities
 *   "packs ≥ what t cookings of one recipe need at the fewest servings" were tried: HiGHS finds as much itself and they
 *   doubled the time; so were, measured as HiGHS's processor time over up to 11 requests: upper bounds on packs from the
 *   largest usage the column bounds or the linear relaxation allow, lower bounds from the least usage of the linear
 *   relaxation, "packs ≥ first cooking" rows for products whose largest usage fits in one pack, and the proven optimum
 *   given as a starting plan: each made some requests faster and others up to 3× slower (the 27 real recipes
 *   among them), with no consistent gain in all);
 * - grams of a product at hand ≤ what is at hand;
 * - energy of the whole plan within days × the daily band, salt within days × the daily limit, shopping within the budget.
 * One objective (objectiveWeights): least shopping cost, then most grams of the stock used, then most different recipes.
 * Cost, stock used and variety depend only on these totals, so laying the cookings out on days (assign.ts) keeps them.
 * `recipes` must be filtered for equipment and allergens and sorted by slug.
 */
export function buildChoice(request: PlanRequest, recipes: readonly PlannerRecipe[], products: ReadonlyMap<string, PlannerProduct>): ChoiceProgram {
  const columns: Mip["columns"] = [];
  const rows: Row[] = [];
  const column = (name: string, lower: number, upper: number) => columns.push({ name, lower, upper, integer: true }) - 1;
  const row = (name: string, group: Row["group"], lower: number, upper: number, terms: Iterable<[number, number]>) => {
    const made = makeRow(name, group, lower, upper, terms);
    if (made.columns.length > 0 || lower > 0 || upper < 0) rows.push(made);
  };

  const people = persons(request.household);
  const servings = { min: people, max: MAX_SERVINGS_PER_PERSON * people };
  const meals = PLAN_MEALS.filter((meal) => request.meals.includes(meal));
  const most = Math.min(maxUses(request.days), request.days);

  const uses: Use[] = [];
  for (const members of identicalGroups(recipes)) {
    const fits = meals.filter((meal) => fitsMeal(members[0]!, meal));
    if (fits.length === 0) continue;
    const name = members[0]!.slug;
    let use: Use;
    if (members.length === 1) {
      const times = Array.from({ length: most }, (_, t) => column(`times_${name}_${t + 1}`, 0, 1));
      times.slice(1).forEach((later, t) => row(`order_${name}_${t + 2}`, null, -Infinity, 0, [[later, 1], [times[t]!, -1]]));
      const cooked = times.map((time): [number, number] => [time, 1]);
      use = { recipes: members, meals: fits, cooked, times, different: times[0]!, second: times.slice(1, 2).map((time) => [time, 1]), servings: -1 };
    } else {
      // Spread over the group, its cookings give min(cooked, size) different recipes, each cooked at most `most` times.
      const cooked = column(`cooked_${name}`, 0, most * members.length);
      const different = column(`different_${name}`, 0, members.length);
      row(`different_${name}`, null, -Infinity, 0, [[different, 1], [cooked, -1]]);
      const second = column(`second_${name}`, 0, members.length);
      // Cookings beyond one per recipe are second ones: second ≥ cooked − size.
      row(`second_${name}`, "repetition", -members.length, Infinity, [[second, 1], [cooked, -1]]);
      use = { recipes: members, meals: fits, cooked: [[cooked, 1]], times: [], different, second: [[second, 1]], servings: -1 };
    }
    const total = column(`servings_${name}`, 0, servings.max * most * members.length);
    row(`least_${name}`, null, 0, Infinity, [[total, 1], ...use.cooked.map(([index]): [number, number] => [index, -servings.min])]);
    row(`most_${name}`, null, -Infinity, 0, [[total, 1], ...use.cooked.map(([index]): [number, number] => [index, -servings.max])]);
    uses.push({ ...use, servings: total });
  }
  const cookings = (group: readonly PlanMeal[], which: (use: Use) => [number, number][]) => uses.filter((use) => use.meals.every((meal) => group.includes(meal))).flatMap(which);
  for (const group of subsets(meals)) {
    const all = group.length === meals.length;
    row(`meals_${group.join("_")}`, null, all ? request.days * meals.length : -Infinity, request.days * group.length, cookings(group, (use) => use.cooked));
  }
  // In three days a recipe cooked twice can only be on days 1 and 3: those cookings need a meal each on day 1 (and on day 3).
  if (request.days === 3) for (const group of subsets(meals)) row(`twice_${group.join("_")}`, "repetition", -Infinity, group.length, cookings(group, (use) => use.second));

  // Grams of each product: Σ servings × recipe grams ÷ recipe servings.
  const grams = new Map<string, Map<number, number>>();
  for (const use of uses) {
    for (const { product, grams: amount } of use.recipes[0]!.ingredients) {
      if (amount <= 0) continue;
      let terms = grams.get(product);
      if (!terms) grams.set(product, (terms = new Map()));
      terms.set(use.servings, (terms.get(use.servings) ?? 0) + amount / use.recipes[0]!.servings);
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
      const packs = column(`packs_${id}`, 0, Infinity);
      buys.push({ product, packs });
      // In packs rather than grams, so the row's coefficients are near 1.
      row(`buy_${id}`, null, -Infinity, 0, [...[...terms].map(([index, coefficient]): [number, number] => [index, coefficient / product.packageGrams]), [packs, -1]]);
    }
  }

  const band = energyBandKcal(request.household, meals.length === PLAN_MEALS.length);
  const energy = uses.map((use): [number, number] => [use.servings, use.recipes[0]!.nutritionPerServing.energyKcal]);
  if (band.min !== null) row("energy_min", "energy-min", request.days * band.min, Infinity, energy);
  row("energy_max", "energy-max", -Infinity, request.days * band.max, energy);
  row("salt", "salt", -Infinity, request.days * householdSaltMaxG(request.household), uses.map((use): [number, number] => [use.servings, use.recipes[0]!.nutritionPerServing.salt]));

  const cost: [number, number][] = buys.map(({ product, packs }) => [packs, product.price.eur]);
  if (request.budgetEur !== undefined) row("budget", "budget", -Infinity, request.budgetEur, cost);
  const variety: [number, number][] = uses.map((use) => [use.different, 1]);

  const { alpha, beta } = objectiveWeights(request.stock.reduce((sum, item) => sum + item.grams, 0), recipes.length);
  const weighted = makeRow("objective", null, -Infinity, Infinity, [
    ...cost.map(([index, eur]): [number, number] => [index, Math.round(eur * 100)]),
    ...[...stockUse].map(([index, coefficient]): [number, number] => [index, -alpha * coefficient]),
    ...variety.map(([index]): [number, number] => [index, -beta]),
  ]);
  const terms = (entries: Iterable<[number, number]>) => {
    const list = [...entries];
    return { columns: list.map(([index]) => index), coefficients: list.map(([, coefficient]) => coefficient) };
  };
  return {
    // The objective can only take values β apart or more: prove it to well within that.
    mip: { columns, rows, objectives: [{ name: "cost, then stock used, then variety", sense: "minimize", columns: weighted.columns, coefficients: weighted.coefficients, tolerance: 0 }], absoluteGap: beta / 10 },
    uses,
    buys,
    servings,
    measures: { costEur: terms(cost), stockGrams: terms(stockUse), recipes: terms(variety) },
  };
}

/** Shopping cost, stock grams used and different recipes of a solution. */
export function measure(program: ChoiceProgram, values: readonly number[]): { costEur: number; stockGrams: number; recipes: number } {
  const { costEur, stockGrams, recipes } = program.measures;
  return { costEur: evaluate(costEur.columns, costEur.coefficients, values), stockGrams: evaluate(stockGrams.columns, stockGrams.coefficients, values), recipes: evaluate(recipes.columns, recipes.coefficients, values) };
}

/**
 * How often each recipe is cooked and with how many servings in all, read from a solution. A group's cookings go to its
 * recipes in slug order, one each round after round (so as many different ones as possible); its servings are split
 * between them as evenly as their cookings allow.
 */
export function readChoice(program: ChoiceProgram, values: readonly number[]): ChosenServings[] {
  const out: ChosenServings[] = [];
  for (const use of program.uses) {
    const cooked = Math.round(evaluate(use.cooked.map(([index]) => index), use.cooked.map(([, coefficient]) => coefficient), values));
    if (cooked === 0) continue;
    const servings = Math.round(values[use.servings]!);
    const perCooking = Math.floor(servings / cooked);
    let larger = servings - perCooking * cooked;
    use.recipes.forEach((recipe, index) => {
      const times = Math.floor(cooked / use.recipes.length) + (index < cooked % use.recipes.length ? 1 : 0);
      if (times === 0) return;
      const extra = Math.min(larger, times);
      larger -= extra;
      out.push({ recipe, meals: use.meals, times, servings: times * perCooking + extra });
    });
  }
  return out;
}

/** The grams each product may reach (bought packs × pack grams, or the stock) and the stock grams used, from a solution. */
export function readLimits(program: ChoiceProgram, request: PlanRequest, values: readonly number[]): { gramsAvailable: Map<string, number>; stockUsedAtLeast: number } {
  const gramsAvailable = new Map<string, number>(request.stock.map((item) => [item.product, item.grams]));
  for (const { product, packs } of program.buys) gramsAvailable.set(product.id, Math.round(values[packs]!) * product.packageGrams);
  return { gramsAvailable, stockUsedAtLeast: measure(program, values).stockGrams - 0.01 };
}

/**
 * A row that no later solution may repeat this choice of single recipes and times (it may still change servings). Groups of
 * identical recipes have counts, not 0/1 columns, and are left out of the row: a choice that differs only in them is cut
 * off too, so after a failed layout the next choice may be a little worse than the best one possible.
 */
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

/** Recipes grouped when the planner cannot tell them apart: same kind, equipment, allergens, grams per serving and nutrition (each group in slug order). */
function identicalGroups(recipes: readonly PlannerRecipe[]): PlannerRecipe[][] {
  const groups = new Map<string, PlannerRecipe[]>();
  for (const recipe of recipes) {
    const grams = recipe.ingredients.filter((item) => item.grams > 0).map((item) => [item.product, item.grams / recipe.servings] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const key = JSON.stringify([recipe.meal, [...recipe.equipment].sort(), [...recipe.allergens].sort(), grams, recipe.nutritionPerServing]);
    groups.set(key, [...(groups.get(key) ?? []), recipe]);
  }
  return [...groups.values()];
}

/** Every non-empty subset, each in the order of `items`. */
function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask += 1) out.push(items.filter((_, index) => mask & (1 << index)));
  return out;
}
