// Tests for the shortlist: small kinds are kept whole, large ones cut to their best scores (ties by slug), and plans over many recipes come from the shortlist or, when it cannot make one, from all recipes.
import { beforeAll, describe, expect, it } from "vitest";
import { PRODUCTS, RECIPES, REQUEST, testSolver } from "./fixtures.ts";
import type { MipSolver } from "./mip.ts";
import { makePlan } from "./plan.ts";
import { costPerKcal, shortlist, SHORTLIST_PER_KIND } from "./shortlist.ts";
import type { Plan, PlannerRecipe, PlanRequest } from "./types.ts";

let solver: MipSolver;
beforeAll(async () => {
  solver = await testSolver();
});

const products = new Map(PRODUCTS.map((product) => [product.id, product]));
const slugs = (recipes: readonly PlannerRecipe[]) => recipes.map((recipe) => recipe.slug);

/** A recipe like `base` under another slug, with every ingredient's grams scaled. */
function variant(base: PlannerRecipe, slug: string, scale: number, extra: Partial<PlannerRecipe> = {}): PlannerRecipe {
  return { ...base, slug, ingredients: base.ingredients.map(({ product, grams }) => ({ product, grams: grams * scale })), ...extra };
}

/** Ten varied copies of each breakfast, soup and main of the fixtures (80 recipes that fill meals, and the baking). */
const MANY: PlannerRecipe[] = [...RECIPES, ...RECIPES.filter((recipe) => recipe.meal !== "baking").flatMap((recipe) => Array.from({ length: 9 }, (_, n) => variant(recipe, `${recipe.slug}-${n + 1}`, 1 + (n + 1) / 20)))];

function planOf(request: PlanRequest, recipes: readonly PlannerRecipe[]): Plan {
  const result = makePlan(request, { recipes, products: PRODUCTS }, solver);
  if (!result.ok) throw new Error(`no plan: ${JSON.stringify(result)}`);
  return result.plan;
}

describe("costPerKcal", () => {
  it("should add each bought product's price per gram per serving in cents, leave out free products and divide by the kcal per serving", () => {
    const recipe = RECIPES.find((item) => item.slug === "putra")!; // 2 servings of 160 g graudi (1 € per 500 g), 300 g piens (1.5 € per 1 000 g); 550 kcal
    expect(costPerKcal(recipe, new Set(["graudi"]), products)).toBeCloseTo((150 * 0.15) / 550, 12);
    expect(costPerKcal(recipe, new Set(), products)).toBeCloseTo((150 * 0.15 + 80 * 0.2) / 550, 12);
  });
});

describe("shortlist", () => {
  it("should keep every recipe that fills a requested meal when no kind has more than the limit", () => {
    const result = shortlist(RECIPES, REQUEST.meals, REQUEST.stock, products);
    expect(slugs(result.recipes)).toEqual(slugs(RECIPES.filter((recipe) => recipe.meal !== "baking")));
    expect(result.of).toBe(result.recipes.length);
  });

  it("should keep a larger kind's recipes with the lowest cost per kcal, ties by slug, and leave smaller kinds whole", () => {
    const putra = RECIPES.find((item) => item.slug === "putra")!;
    // With nothing at hand both rankings agree: 38.5 c per serving of 550 kcal, times the scale.
    const breakfasts = [variant(putra, "e", 3), variant(putra, "d", 1), variant(putra, "c", 2), variant(putra, "b", 1), variant(putra, "a", 5)];
    const soups = RECIPES.filter((recipe) => recipe.meal === "soup");
    const result = shortlist([...breakfasts, ...soups], ["breakfast", "lunch"], [], products, 3);
    expect(slugs(result.recipes)).toEqual(["d", "c", "b", ...slugs(soups)]);
    expect(result.of).toBe(breakfasts.length + soups.length);
  });

  it("should take in turn the best with the products at hand free and the best with every product bought", () => {
    const putra = RECIPES.find((item) => item.slug === "putra")!;
    // "a…" use only graudi (at hand), "b…" only piens: with graudi free the a's come first, with everything bought the b's.
    const onGraudi = [1, 2, 3].map((n) => ({ ...putra, slug: `a${n}`, ingredients: [{ product: "graudi", grams: 100 * n }] }));
    const onPiens = [1, 2, 3].map((n) => ({ ...putra, slug: `b${n}`, ingredients: [{ product: "piens", grams: 10 * n }] }));
    const result = shortlist([...onGraudi, ...onPiens], ["breakfast"], [{ product: "graudi", grams: 1000 }], products, 3);
    expect(slugs(result.recipes)).toEqual(["a1", "a2", "b1"]);
  });

  it("should give the same shortlist whatever order the recipes come in", () => {
    const forward = shortlist(MANY, REQUEST.meals, REQUEST.stock, products);
    const backward = shortlist([...MANY].reverse(), REQUEST.meals, REQUEST.stock, products);
    expect(new Set(slugs(backward.recipes))).toEqual(new Set(slugs(forward.recipes)));
    expect(forward.recipes).toHaveLength(3 * SHORTLIST_PER_KIND);
  });
});

describe("makePlan over many recipes", () => {
  it("should plan from the shortlist, name it, and give the best plan of the shortlisted recipes alone", () => {
    const plan = planOf(REQUEST, MANY);
    const short = shortlist(MANY, REQUEST.meals, REQUEST.stock, products);
    expect(plan.shortlist).toEqual({ kept: 3 * SHORTLIST_PER_KIND, of: 80 });
    const kept = new Set(slugs(short.recipes));
    for (const day of plan.days) for (const meal of day.meals) expect(kept.has(meal.recipe)).toBe(true);
    const { shortlist: named, ...rest } = plan;
    expect(named).toBeDefined();
    expect(planOf(REQUEST, short.recipes)).toEqual(rest);
  });

  it("should plan from every recipe, without naming a shortlist, when the shortlisted ones cannot make a plan", () => {
    // Twelve breakfasts of water cost nothing and rank first either way, yet with 10 g of salt a serving none fits the salt limit.
    const putra = RECIPES.find((item) => item.slug === "putra")!;
    const greedy = Array.from({ length: SHORTLIST_PER_KIND }, (_, n) => ({ ...putra, slug: `salta-${n + 10}`, ingredients: [{ product: "udens", grams: 400 }], nutritionPerServing: { ...putra.nutritionPerServing, salt: 10 } }));
    const recipes = [...RECIPES, ...greedy];
    const breakfasts = shortlist(recipes, REQUEST.meals, REQUEST.stock, products).recipes.filter((recipe) => recipe.meal === "breakfast");
    expect(slugs(breakfasts)).toEqual(slugs(greedy));
    const plan = planOf(REQUEST, recipes);
    expect(plan.shortlist).toBeUndefined();
    expect(plan.days).toHaveLength(REQUEST.days);
  });
});
