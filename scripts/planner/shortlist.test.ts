// Tests for the shortlist: small kinds are kept whole, large ones cut to their best scores (ties by slug), and plans over many recipes come from the shortlist or, when it cannot make one, from all recipes.
import { beforeAll, describe, expect, it } from "vitest";
import { PRODUCTS, RECIPES, REQUEST, testSolver } from "./fixtures.ts";
import type { MipSolver } from "./mip.ts";
import { makePlan } from "./plan.ts";
import { recipeScore, shortlist, SHORTLIST_PER_KIND, STOCK_BONUS_CENTS_PER_GRAM } from "./shortlist.ts";
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

describe("recipeScore", () => {
  it("should add each bought product's price per gram per serving in cents and take off the bonus for products at hand", () => {
    const recipe = RECIPES.find((item) => item.slug === "putra")!; // 2 servings of 160 g graudi (at hand), 300 g piens (1.5 € per 1 000 g)
    expect(recipeScore(recipe, new Set(["graudi"]), products)).toBeCloseTo(150 * 0.15 - 80 * STOCK_BONUS_CENTS_PER_GRAM, 9);
    expect(recipeScore(recipe, new Set(), products)).toBeCloseTo(150 * 0.15 + 80 * 0.2, 9);
  });
});

describe("shortlist", () => {
  it("should keep every recipe that fills a requested meal when no kind has more than the limit", () => {
    const result = shortlist(RECIPES, REQUEST.meals, REQUEST.stock, products);
    expect(slugs(result.recipes)).toEqual(slugs(RECIPES.filter((recipe) => recipe.meal !== "baking")));
    expect(result.of).toBe(result.recipes.length);
  });

  it("should keep a larger kind's recipes with the lowest scores, ties by slug, and leave smaller kinds whole", () => {
    const putra = RECIPES.find((item) => item.slug === "putra")!;
    // Scores with no stock: 150 g piens × 0.15 c + 80 g graudi × 0.2 c = 38.5 c per serving, times the scale.
    const breakfasts = [variant(putra, "e", 3), variant(putra, "d", 1), variant(putra, "c", 2), variant(putra, "b", 1), variant(putra, "a", 5)];
    const soups = RECIPES.filter((recipe) => recipe.meal === "soup");
    const result = shortlist([...breakfasts, ...soups], ["breakfast", "lunch"], [], products, 3);
    expect(slugs(result.recipes)).toEqual(["d", "c", "b", ...slugs(soups)]);
    expect(result.of).toBe(breakfasts.length + soups.length);
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
    // Twelve breakfasts that need 400 g of the 1 000 g of graudi at hand per serving score best, yet three of them are too many.
    const putra = RECIPES.find((item) => item.slug === "putra")!;
    const greedy = Array.from({ length: SHORTLIST_PER_KIND }, (_, n) => ({ ...putra, slug: `graudu-${n + 10}`, servings: 1, ingredients: [{ product: "graudi", grams: 400 + n }] }));
    const recipes = [...RECIPES, ...greedy];
    const breakfasts = shortlist(recipes, REQUEST.meals, REQUEST.stock, products).recipes.filter((recipe) => recipe.meal === "breakfast");
    expect(slugs(breakfasts)).toEqual(slugs(greedy));
    const plan = planOf(REQUEST, recipes);
    expect(plan.shortlist).toBeUndefined();
    expect(plan.stock.find((item) => item.product === "graudi")!.usedGrams).toBeLessThanOrEqual(1000);
  });
});
