// Plans a household's meals from what is at hand: checks the request, builds the program, solves it, and says what blocks when nothing fits.
import { ALLERGEN_CODES } from "../kitchen/vocabulary.ts";
import { searchLayout } from "./layout.ts";
import { filterRecipes } from "./meals.ts";
import { buildAssignment, type AssignmentProgram } from "./assign.ts";
import { buildChoice, excludeChoice, readChoice, readLimits } from "./choose.ts";
import { withoutGroups, type Mip, type MipSolver } from "./mip.ts";
import { dayEnergyBandKcal } from "./reference.ts";
import { recipeShortages } from "./shortage.ts";
import { shortlist } from "./shortlist.ts";
import { summarise } from "./totals.ts";
import { PLAN_MEALS, type Blocker, type ConstraintGroup, type Equipment, type PlannedMeal, type PlannerData, type PlannerProduct, type PlannerRecipe, type PlanRequest, type PlanResult, type StockItem } from "./types.ts";

export const MAX_DAYS = 14;
const EQUIPMENT_ORDER: readonly Equipment[] = ["stove", "oven", "kettle", "none"];
/** The order groups are relaxed in when looking for what blocks a plan. */
const GROUPS: readonly ConstraintGroup[] = ["repetition", "stock", "energy-min", "energy-max", "salt", "budget"];
/** Choices tried before giving up when the best ones cannot be laid out on days. */
export const MAX_CHOICES = 20;

/**
 * The best plan for the request: least shopping cost, then most of the stock used, then most different recipes.
 * Over many recipes, the best among a shortlist of each kind's most promising ones (the plan names it), else the whole set.
 * The same request and data give the same plan whatever order recipes, products and stock come in.
 * Throws a RangeError for a request no form should send (days outside 1–14, nobody in the household, …).
 */
export function makePlan(request: PlanRequest, data: PlannerData, solver: MipSolver): PlanResult {
  const canonical = canonicalRequest(request);
  const recipes = [...data.recipes].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const products = new Map(data.products.map((product) => [product.id, product]));

  const shortages = recipeShortages(recipes, canonical.meals, canonical.days, canonical.equipment, canonical.avoid);
  if (shortages.length > 0) return { ok: false, blockers: shortages };

  const usable = filterRecipes(recipes, canonical.equipment, canonical.avoid);
  const short = shortlist(usable, canonical.meals, canonical.stock, products);
  if (short.recipes.length < short.of) {
    // Least cost among the shortlisted recipes; when they cannot make a plan at all, the whole set says what blocks.
    const result = planFrom(canonical, short.recipes, recipes, products, solver);
    if (result.ok) return { ok: true, plan: { ...result.plan, shortlist: { kept: short.recipes.length, of: short.of } } };
    if ("stopped" in result) return result;
  }
  return planFrom(canonical, usable, recipes, products, solver);
}

/** The best plan from `usable` (filtered and sorted by slug), laid out on days; `recipes` are all of them, by which the plan is summed up. */
function planFrom(canonical: PlanRequest, usable: readonly PlannerRecipe[], recipes: readonly PlannerRecipe[], products: ReadonlyMap<string, PlannerProduct>, solver: MipSolver): PlanResult {
  const choice = buildChoice(canonical, usable, products);
  const recipesBySlug = new Map(recipes.map((recipe) => [recipe.slug, recipe]));
  let firstLayout: AssignmentProgram | undefined;
  for (let attempt = 0; attempt < MAX_CHOICES; attempt += 1) {
    const solution = solver.solve(choice.mip);
    if (solution.status === "stopped") return { ok: false, stopped: solution.reason };
    if (solution.status === "infeasible") return attempt === 0 ? blocked(choice.mip, canonical, solver, choice.measures.costEur) : blocked(firstLayout!.mip, canonical, solver);

    const chosen = readChoice(choice, solution.values);
    const limits = readLimits(choice, canonical, solution.values);
    // Days close to the reference when the dishes allow it, else any layout (the average is in the band either way);
    // the search first, the program when the search gives up (it may also split servings unevenly).
    const wholeDay = canonical.meals.length === PLAN_MEALS.length;
    const dayBand = wholeDay ? dayEnergyBandKcal(canonical.household) : null;
    const found = searchLayout(chosen, canonical.days, canonical.meals, dayBand) ?? (dayBand ? searchLayout(chosen, canonical.days, canonical.meals, null) : null);
    if (found) return { ok: true, plan: summarise(canonical, found, recipesBySlug, products) };
    let layout = buildAssignment(canonical, chosen, choice.servings, limits, dayBand);
    let placed = solver.solve(layout.mip);
    if (placed.status === "infeasible" && wholeDay) {
      layout = buildAssignment(canonical, chosen, choice.servings, limits, null);
      placed = solver.solve(layout.mip);
    }
    firstLayout ??= layout;
    if (placed.status === "stopped") return { ok: false, stopped: placed.reason };
    if (placed.status === "optimal") return { ok: true, plan: summarise(canonical, readDays(layout, placed.values, canonical.days), recipesBySlug, products) };
    // These dishes cannot be spread over the days without a recipe on two days in a row: try the next best choice.
    choice.mip.rows.push(excludeChoice(choice, solution.values));
  }
  return { ok: false, stopped: `no layout on days for the ${MAX_CHOICES} best choices of dishes` };
}

/** Each day's meals in the order of the day, from a solved layout. */
function readDays(layout: AssignmentProgram, values: readonly number[], days: number): { day: number; meals: PlannedMeal[] }[] {
  const out = Array.from({ length: days }, (_, index) => ({ day: index + 1, meals: [] as PlannedMeal[] }));
  for (const cell of layout.cells) {
    if (values[cell.on]! < 0.5) continue;
    out[cell.day - 1]!.meals.push({ meal: cell.meal, recipe: cell.chosen.recipe.slug, servings: Math.round(values[cell.servings]!) });
  }
  for (const day of out) day.meals.sort((a, b) => PLAN_MEALS.indexOf(a.meal) - PLAN_MEALS.indexOf(b.meal));
  return out;
}

/** The request with its lists in a fixed order and the stock merged per product; invalid requests throw. */
export function canonicalRequest(request: PlanRequest): PlanRequest {
  const { adults, children } = request.household;
  const whole = (value: number) => Number.isInteger(value) && value >= 0;
  if (!Number.isInteger(request.days) || request.days < 1 || request.days > MAX_DAYS) throw new RangeError(`days must be a whole number from 1 to ${MAX_DAYS}, not ${request.days}`);
  if (!whole(adults) || !whole(children) || adults + children < 1) throw new RangeError(`the household needs at least one person, in whole numbers (adults ${adults}, children ${children})`);
  if (request.meals.length === 0 || request.meals.some((meal) => !PLAN_MEALS.includes(meal))) throw new RangeError(`meals must be some of ${PLAN_MEALS.join(", ")}`);
  if (request.budgetEur !== undefined && !(request.budgetEur >= 0)) throw new RangeError(`the budget must be 0 € or more, not ${request.budgetEur}`);
  const stock = new Map<string, number>();
  for (const item of request.stock) {
    if (!(item.grams >= 0) || !Number.isFinite(item.grams)) throw new RangeError(`stock of "${item.product}" must be 0 g or more, not ${item.grams}`);
    stock.set(item.product, (stock.get(item.product) ?? 0) + item.grams);
  }
  const canonical: PlanRequest = {
    package: request.package,
    stock: [...stock].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([product, grams]): StockItem => ({ product, grams })),
    household: { adults, children },
    days: request.days,
    meals: PLAN_MEALS.filter((meal) => request.meals.includes(meal)),
    avoid: ALLERGEN_CODES.filter((code) => request.avoid.includes(code)),
    equipment: EQUIPMENT_ORDER.filter((item) => request.equipment.includes(item)),
  };
  if (request.budgetEur !== undefined) canonical.budgetEur = request.budgetEur;
  return canonical;
}

/** Finds what blocks an infeasible program: each group whose relaxation alone lets a plan through, else the smallest set found that does. */
function blocked(mip: Mip, request: PlanRequest, solver: MipSolver, cost?: Cost): PlanResult {
  const present = GROUPS.filter((group) => mip.rows.some((row) => row.group === group));
  const feasibleWithout = (groups: readonly ConstraintGroup[]) => solver.solve(feasibility(withoutGroups(mip, groups))).status === "optimal";
  const single = present.filter((group) => feasibleWithout([group]));
  if (single.length > 0) return { ok: false, blockers: single.map((group) => blocker(group, mip, request, solver, cost)) };

  // Relax groups one after another until a plan fits, then keep back every group the plan still fits with.
  const relaxed: ConstraintGroup[] = [];
  for (const group of present) {
    relaxed.push(group);
    if (feasibleWithout(relaxed)) break;
  }
  if (!feasibleWithout(relaxed)) throw new Error("no plan fits even with every constraint group relaxed");
  const needed = relaxed.filter((group) => !feasibleWithout(relaxed.filter((other) => other !== group)));
  return { ok: false, blockers: [{ constraint: "combined", groups: needed.length > 0 ? needed : relaxed }] };
}

/** The shopping cost in euros as a linear expression over a program's columns. */
type Cost = { columns: number[]; coefficients: number[] };

function blocker(group: ConstraintGroup, mip: Mip, request: PlanRequest, solver: MipSolver, cost?: Cost): Blocker {
  if (group !== "budget") return { constraint: group };
  if (!cost) return { constraint: "budget", budgetEur: request.budgetEur ?? 0, cheapestEur: null };
  const cheapest = solver.solve({ ...withoutGroups(mip, ["budget"]), objectives: [{ name: "shopping cost (EUR)", sense: "minimize", ...cost, tolerance: 0 }], absoluteGap: 1e-4 });
  return { constraint: "budget", budgetEur: request.budgetEur ?? 0, cheapestEur: cheapest.status === "optimal" ? cheapest.objectives[0]! : null };
}

/** The program with no objective: any plan that fits proves the constraints can be met. */
function feasibility(mip: Mip): Mip {
  return { ...mip, objectives: [] };
}
