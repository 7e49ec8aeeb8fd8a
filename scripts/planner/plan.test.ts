// Tests for the planner: every rule holds on random requests, small plans are as good as a brute-force search, blocked plans name why, same input → same plan.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { PRODUCTS, RECIPES, REQUEST, testSolver } from "./fixtures.ts";
import { objectiveWeights } from "./choose.ts";
import { fitsMeal } from "./meals.ts";
import type { MipSolver } from "./mip.ts";
import { makePlan } from "./plan.ts";
import { energyBandKcal, householdSaltMaxG, persons } from "./reference.ts";
import { maxUses, repetitionAllows } from "./repetition.ts";
import { summarise } from "./totals.ts";
import { warmUpRequest } from "./warm-up.ts";
import { PLAN_MEALS, type Plan, type PlannedMeal, type PlannerRecipe, type PlanRequest } from "./types.ts";

let solver: MipSolver;
beforeAll(async () => {
  solver = await testSolver();
});

const recipesBySlug = new Map(RECIPES.map((recipe) => [recipe.slug, recipe]));
const productsById = new Map(PRODUCTS.map((product) => [product.id, product]));
const TOLERANCE = 1e-6;

function planOf(request: PlanRequest, recipes: readonly PlannerRecipe[] = RECIPES): Plan {
  const result = makePlan(request, { recipes, products: PRODUCTS }, solver);
  if (!result.ok) throw new Error(`no plan: ${JSON.stringify(result)}`);
  return result.plan;
}

/** Every rule of a plan, checked from its meals with the recipes' own figures; returns what is broken. */
function brokenRules(plan: Plan, request: PlanRequest): string[] {
  const broken: string[] = [];
  const people = persons(request.household);
  const wholeDay = PLAN_MEALS.every((meal) => request.meals.includes(meal));
  const band = energyBandKcal(request.household, wholeDay);
  const daysOf = new Map<string, number[]>();
  if (plan.days.length !== request.days) broken.push(`${plan.days.length} days, asked ${request.days}`);
  let energy = 0;
  let salt = 0;
  for (const day of plan.days) {
    expect(day.meals.map((meal) => meal.meal)).toEqual(PLAN_MEALS.filter((meal) => request.meals.includes(meal)));
    let dayKcal = 0;
    let daySalt = 0;
    for (const meal of day.meals) {
      const recipe = recipesBySlug.get(meal.recipe)!;
      if (!fitsMeal(recipe, meal.meal)) broken.push(`${meal.recipe} is no ${meal.meal}`);
      if (recipe.allergens.some((code) => request.avoid.includes(code))) broken.push(`${meal.recipe} has an avoided allergen`);
      if (!recipe.equipment.every((item) => item === "none" || request.equipment.includes(item))) broken.push(`${meal.recipe} needs missing equipment`);
      if (meal.servings < people || meal.servings > 2 * people || !Number.isInteger(meal.servings)) broken.push(`${meal.servings} servings of ${meal.recipe}`);
      dayKcal += meal.servings * recipe.nutritionPerServing.energyKcal;
      daySalt += meal.servings * recipe.nutritionPerServing.salt;
      daysOf.set(meal.recipe, [...(daysOf.get(meal.recipe) ?? []), day.day]);
    }
    energy += dayKcal;
    salt += daySalt;
  }
  if (band.min !== null && energy / request.days < band.min - TOLERANCE) broken.push(`average ${energy / request.days} kcal under ${band.min}`);
  if (energy / request.days > band.max + TOLERANCE) broken.push(`average ${energy / request.days} kcal over ${band.max}`);
  if (salt / request.days > householdSaltMaxG(request.household) + TOLERANCE) broken.push(`average ${salt / request.days} g salt`);
  for (const [slug, days] of daysOf) if (!repetitionAllows(days)) broken.push(`${slug} on days ${days.join(", ")}`);
  for (const item of plan.stock) if (item.usedGrams > item.availableGrams + TOLERANCE) broken.push(`${item.product}: ${item.usedGrams} g used of ${item.availableGrams}`);
  if (request.budgetEur !== undefined && plan.totals.extraCostEur > request.budgetEur + TOLERANCE) broken.push(`cost ${plan.totals.extraCostEur} over budget`);
  return broken;
}

const requests = fc.record({
  adults: fc.integer({ min: 1, max: 2 }),
  children: fc.integer({ min: 0, max: 1 }),
  days: fc.integer({ min: 1, max: 4 }),
  meals: fc.subarray([...PLAN_MEALS], { minLength: 1 }),
  avoid: fc.subarray(["gluten", "milk"] as const),
  equipment: fc.subarray(["stove", "oven", "kettle"] as const, { minLength: 1 }),
  graudi: fc.integer({ min: 0, max: 2000 }),
  milti: fc.integer({ min: 0, max: 2000 }),
  budget: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
});

type RandomInput = typeof requests extends fc.Arbitrary<infer T> ? T : never;

function requestFrom(input: RandomInput): PlanRequest {
  const request: PlanRequest = {
    package: null,
    stock: [
      { product: "graudi", grams: input.graudi },
      { product: "milti", grams: input.milti },
    ],
    household: { adults: input.adults, children: input.children },
    days: input.days,
    meals: input.meals,
    avoid: input.avoid,
    equipment: input.equipment,
  };
  if (input.budget !== undefined) request.budgetEur = input.budget;
  return request;
}

describe("makePlan on random requests", () => {
  it("should keep every rule, or say what blocks, and its figures should recompute from its meals", () => {
    let planned = 0;
    fc.assert(
      fc.property(requests, (input) => {
        const request = requestFrom(input);
        const result = makePlan(request, { recipes: RECIPES, products: PRODUCTS }, solver);
        if (!result.ok) {
          expect("blockers" in result && result.blockers.length > 0).toBe(true);
          return;
        }
        planned += 1;
        expect(brokenRules(result.plan, request)).toEqual([]);
        expect(result.plan).toEqual(summarise(request, result.plan.days, recipesBySlug, productsById));
      }),
      { numRuns: 40, seed: 20261130 },
    );
    // The random requests must also produce plans, or the property proves nothing.
    expect(planned).toBeGreaterThan(10);
  });
});

/** The planner's objective (choose.ts, objectiveWeights) of a plan: cost in cents − α × stock grams used − β × different recipes. */
function weightedScore(plan: Plan, request: PlanRequest, recipes: readonly PlannerRecipe[]): number {
  const { alpha, beta } = objectiveWeights(request.stock.reduce((sum, item) => sum + item.grams, 0), recipes.filter((recipe) => !recipe.allergens.some((code) => request.avoid.includes(code))).length);
  return Math.round(plan.totals.extraCostEur * 100) - alpha * plan.totals.stockUsedGrams - beta * plan.totals.recipes;
}

/** The least cost and the best objective over every plan of a tiny request, by brute force: each meal any fitting recipe with any allowed servings. */
function bruteForceBest(request: PlanRequest, recipes: readonly PlannerRecipe[]): { costEur: number; score: number } | null {
  const people = persons(request.household);
  const options = (meal: PlannedMeal["meal"]) =>
    recipes.filter((recipe) => fitsMeal(recipe, meal) && !recipe.allergens.some((code) => request.avoid.includes(code)) && recipe.equipment.every((item) => request.equipment.includes(item))).flatMap((recipe) => Array.from({ length: people + 1 }, (_, extra): PlannedMeal => ({ meal, recipe: recipe.slug, servings: people + extra })));
  const meals = PLAN_MEALS.filter((meal) => request.meals.includes(meal));
  let best: { costEur: number; score: number } | null = null;
  const choose = (index: number, chosen: PlannedMeal[]) => {
    if (index === request.days * meals.length) {
      const days = Array.from({ length: request.days }, (_, day) => ({ day: day + 1, meals: chosen.slice(day * meals.length, (day + 1) * meals.length) }));
      const plan = summarise(request, days, recipesBySlug, productsById);
      if (brokenRules(plan, request).length > 0) return;
      const score = weightedScore(plan, request, recipes);
      if (!best || score < best.score) best = { costEur: plan.totals.extraCostEur, score };
      return;
    }
    for (const option of options(meals[index % meals.length]!)) choose(index + 1, [...chosen, option]);
  };
  choose(0, []);
  return best;
}

describe("makePlan against brute force", () => {
  // The weights make cost come first exactly (whole cents); stock used then variety are exact up to a gram of stock (choose.ts).
  it("should find the least cost, and the best cost − α × stock used − β × recipes, on small requests", () => {
    fc.assert(
      fc.property(
        fc.record({
          days: fc.integer({ min: 1, max: 3 }),
          meals: fc.constantFrom<PlanRequest["meals"]>(["lunch"], ["breakfast", "dinner"], ["dinner"]),
          graudi: fc.integer({ min: 0, max: 600 }),
          milti: fc.integer({ min: 0, max: 600 }),
          avoid: fc.subarray(["gluten"] as const),
        }),
        (input) => {
          const request: PlanRequest = { ...REQUEST, days: input.days, meals: input.meals, avoid: input.avoid, stock: [{ product: "graudi", grams: input.graudi }, { product: "milti", grams: input.milti }] };
          const best = bruteForceBest(request, RECIPES);
          const result = makePlan(request, { recipes: RECIPES, products: PRODUCTS }, solver);
          if (best === null) {
            expect(result.ok).toBe(false);
            return;
          }
          if (!result.ok) throw new Error(`no plan, brute force found ${JSON.stringify(best)}: ${JSON.stringify(result)}`);
          expect(result.plan.totals.extraCostEur).toBeCloseTo(best.costEur, 6);
          expect(weightedScore(result.plan, request, RECIPES)).toBeCloseTo(best.score, 6);
        },
      ),
      { numRuns: 20, seed: 7 },
    );
  });
});

describe("makePlan with identical recipes", () => {
  it("should plan them as one group, cook each at most as the rule allows, and cost no more than without the copies", () => {
    const copies = RECIPES.flatMap((recipe) => [recipe, { ...recipe, slug: `${recipe.slug}-2` }, { ...recipe, slug: `${recipe.slug}-3` }]);
    const request: PlanRequest = { ...REQUEST, days: 4 };
    const alone = planOf(request);
    const result = makePlan(request, { recipes: copies, products: PRODUCTS }, solver);
    if (!result.ok) throw new Error(`no plan: ${JSON.stringify(result)}`);
    expect(result.plan.totals.extraCostEur).toBeLessThanOrEqual(alone.totals.extraCostEur + TOLERANCE);
    expect(result.plan.totals.recipes).toBeGreaterThanOrEqual(alone.totals.recipes);
    const daysOf = new Map<string, number[]>();
    for (const day of result.plan.days) for (const meal of day.meals) daysOf.set(meal.recipe, [...(daysOf.get(meal.recipe) ?? []), day.day]);
    for (const [slug, days] of daysOf) expect(repetitionAllows(days), `${slug} on days ${days.join(", ")}`).toBe(true);
  });
});

describe("makePlan when nothing fits", () => {
  it("should name the equipment and the meals when too few recipes are left without an oven and a stove", () => {
    const result = makePlan({ ...REQUEST, days: 2, equipment: ["kettle"] }, { recipes: RECIPES, products: PRODUCTS }, solver);
    // Only the kettle porridge is left for breakfast: one recipe covers one of two breakfasts (not on the next day).
    expect(result).toEqual({
      ok: false,
      blockers: [
        { constraint: "recipes", filters: ["equipment"], meals: ["breakfast"], needed: 2, possible: 1, recipes: 1 },
        { constraint: "recipes", filters: ["equipment"], meals: ["lunch"], needed: 2, possible: 0, recipes: 0 },
        { constraint: "recipes", filters: ["equipment"], meals: ["dinner"], needed: 2, possible: 0, recipes: 0 },
      ],
    });
  });

  it("should name the allergens when avoiding them leaves too few dinners", () => {
    const mains = RECIPES.filter((recipe) => recipe.meal !== "main" || recipe.slug === "makaroni");
    const result = makePlan({ ...REQUEST, days: 1, meals: ["dinner"], avoid: ["gluten"] }, { recipes: mains, products: PRODUCTS }, solver);
    expect(result).toEqual({ ok: false, blockers: [{ constraint: "recipes", filters: ["allergens"], meals: ["dinner"], needed: 1, possible: 0, recipes: 0 }] });
  });

  it("should name the repetition rule when there are too few recipes for so many days whatever the filters", () => {
    const result = makePlan({ ...REQUEST, days: 4, meals: ["breakfast"] }, { recipes: RECIPES.filter((recipe) => recipe.slug === "putra"), products: PRODUCTS }, solver);
    // One breakfast recipe can be cooked on days 1 and 3 of four.
    expect(result).toEqual({ ok: false, blockers: [{ constraint: "recipes", filters: [], meals: ["breakfast"], needed: 4, possible: 2, recipes: 1 }] });
  });

  it("should name the budget and what the cheapest plan would cost", () => {
    const request = { ...REQUEST, days: 1, meals: ["dinner"] as PlanRequest["meals"] };
    const cheapest = planOf(request).totals.extraCostEur;
    expect(cheapest).toBeGreaterThan(0);
    const result = makePlan({ ...request, budgetEur: cheapest - 0.01 }, { recipes: RECIPES, products: PRODUCTS }, solver);
    expect(result).toEqual({ ok: false, blockers: [{ constraint: "budget", budgetEur: cheapest - 0.01, cheapestEur: expect.closeTo(cheapest, 6) }] });
  });

  it("should name the salt limit when every dish is too salty", () => {
    const salty = RECIPES.map((recipe) => ({ ...recipe, nutritionPerServing: { ...recipe.nutritionPerServing, salt: 3 } }));
    const result = makePlan({ ...REQUEST, days: 1 }, { recipes: salty, products: PRODUCTS }, solver);
    expect(result).toEqual({ ok: false, blockers: [{ constraint: "salt" }] });
  });

  it("should name the stock when the only dish needs more of a package product than there is", () => {
    const result = makePlan({ ...REQUEST, days: 1, meals: ["dinner"], equipment: ["stove"], avoid: ["gluten"], stock: [{ product: "graudi", grams: 10 }] }, { recipes: RECIPES, products: PRODUCTS }, solver);
    expect(result).toEqual({ ok: false, blockers: [{ constraint: "stock" }] });
  });

  it("should name the energy band when the dishes cannot feed the household", () => {
    const light = RECIPES.map((recipe) => ({ ...recipe, nutritionPerServing: { ...recipe.nutritionPerServing, energyKcal: 200 } }));
    const result = makePlan({ ...REQUEST, days: 1 }, { recipes: light, products: PRODUCTS }, solver);
    expect(result).toEqual({ ok: false, blockers: [{ constraint: "energy-min" }] });
  });
});

describe("makePlan determinism", () => {
  it("should give the same plan for the same request, whatever order recipes, products and stock come in", () => {
    const first = planOf(REQUEST);
    expect(planOf(REQUEST)).toEqual(first);
    const shuffled = makePlan({ ...REQUEST, stock: [...REQUEST.stock].reverse(), meals: [...REQUEST.meals].reverse() }, { recipes: [...RECIPES].reverse(), products: [...PRODUCTS].reverse() }, solver);
    expect(shuffled).toEqual({ ok: true, plan: first });
  });
});

describe("warmUpRequest", () => {
  it("should plan one day for one adult from the same stock, meals and kitchen, whatever the budget", () => {
    const request: PlanRequest = { ...REQUEST, household: { adults: 2, children: 1 }, days: 7, budgetEur: 0 };
    const warmUp = warmUpRequest(request);
    expect(warmUp).toEqual({ ...REQUEST, household: { adults: 1, children: 0 }, days: 1 });
    const plan = planOf(warmUp);
    expect(plan.days.map((day) => day.meals.map((meal) => meal.meal))).toEqual([["breakfast", "lunch", "dinner"]]);
  });
});

describe("maxUses", () => {
  it("should equal the largest set of days the repetition rule allows, found by trying every set", () => {
    for (let days = 1; days <= 14; days += 1) {
      let best = 0;
      for (let mask = 0; mask < 1 << days; mask += 1) {
        const chosen = Array.from({ length: days }, (_, index) => index + 1).filter((day) => mask & (1 << (day - 1)));
        if (chosen.length > best && repetitionAllows(chosen)) best = chosen.length;
      }
      expect(maxUses(days), `${days} days`).toBe(best);
    }
  });

  it("should refuse a recipe on consecutive days, twice a day and three times in seven days", () => {
    expect(repetitionAllows([1, 3, 8])).toBe(true);
    expect(repetitionAllows([1, 2])).toBe(false);
    expect(repetitionAllows([2, 2])).toBe(false);
    expect(repetitionAllows([1, 3, 7])).toBe(false);
  });
});
