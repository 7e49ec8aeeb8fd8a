// `npm run plan --json` on the real content: a week for a household of three from a package, checked against the open data.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "../../scripts/content/check.ts";
import { formatIssue } from "../../scripts/content/issues.ts";
import type { Content } from "../../scripts/content/load.ts";
import { computeRecipe, type ComputedRecipe } from "../../scripts/kitchen/index.ts";
import { maxUses, repetitionAllows } from "../../scripts/planner/repetition.ts";
import type { Plan } from "../../scripts/planner/types.ts";
import { apiProducts, apiRecipes, type ApiProduct, type ApiRecipe } from "../../scripts/present/api.ts";
import { projectRoot } from "../helpers/fixture.ts";

let content: Content;
let plan: Plan;
let recipes: Map<string, ApiRecipe>;
let products: Map<string, ApiProduct>;

beforeAll(async () => {
  const checked = await checkContent(projectRoot);
  if (!checked.content) throw new Error(checked.issues.map(formatIssue).join("\n"));
  content = checked.content;
  const byId = new Map(content.products.map((product) => [product.id, product]));
  const computed: Record<string, ComputedRecipe> = {};
  for (const recipe of content.recipes) {
    const result = computeRecipe({ slug: recipe.slug, servings: recipe.lv.data.servings, ingredients: recipe.lv.data.ingredients }, byId);
    if (result.ok) computed[recipe.slug] = result.recipe;
  }
  // The open data as the build publishes it: dist/api/recipes.json and dist/api/products.json.
  recipes = new Map(apiRecipes(content.recipes, computed).map((recipe) => [recipe.slug, recipe]));
  products = new Map(apiProducts(content.products).map((product) => [product.id, product]));
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/plan/command.ts", "--package", "es-paka-2013", "--adults", "2", "--children", "1", "--days", "7", "--json"], { cwd: projectRoot, maxBuffer: 1 << 24 });
  plan = JSON.parse(stdout) as Plan;
});

describe("a week's plan from the 2013 package for two adults and a child", () => {
  it("should fill 21 meals with dishes for the household, none twice in a row or more than twice a week", () => {
    expect(plan.package).toBe("es-paka-2013");
    expect(plan.days.map((day) => day.meals.map((meal) => meal.meal))).toEqual(Array.from({ length: 7 }, () => ["breakfast", "lunch", "dinner"]));
    const days = new Map<string, number[]>();
    for (const day of plan.days) {
      for (const meal of day.meals) {
        expect(recipes.has(meal.recipe), meal.recipe).toBe(true);
        expect(meal.servings).toBeGreaterThanOrEqual(3);
        expect(meal.servings).toBeLessThanOrEqual(6);
        days.set(meal.recipe, [...(days.get(meal.recipe) ?? []), day.day]);
      }
    }
    for (const [slug, used] of days) expect(repetitionAllows(used), `${slug}: ${used.join(", ")}`).toBe(true);
    expect(Math.max(...[...days.values()].map((used) => used.length))).toBeLessThanOrEqual(maxUses(7));
  });

  it("should use no more of a package product than the package holds, and say what is left", () => {
    const pack = content.packages.find((item) => item.id === "es-paka-2013")!;
    expect(plan.stock.map((item) => item.product)).toEqual(pack.products.map((item) => item.product).sort());
    for (const item of plan.stock) {
      expect(item.usedGrams).toBeLessThanOrEqual(item.availableGrams + 1e-6);
      expect(item.leftGrams).toBeCloseTo(item.availableGrams - item.usedGrams, 9);
    }
  });

  it("should recompute its grams, packs, cost and nutrition from api/recipes.json and api/products.json", () => {
    const grams = new Map<string, number>();
    const energy: number[] = [];
    for (const day of plan.days) {
      let kcal = 0;
      for (const meal of day.meals) {
        const recipe = recipes.get(meal.recipe)!;
        for (const line of recipe.ingredients) grams.set(line.product, (grams.get(line.product) ?? 0) + (line.grams * meal.servings) / recipe.servings);
        kcal += recipe.nutritionPerServing.energyKcal * meal.servings;
      }
      expect(day.nutrition.energyKcal).toBeCloseTo(kcal, 6);
      energy.push(kcal);
    }
    for (const item of plan.stock) expect(item.usedGrams).toBeCloseTo(grams.get(item.product) ?? 0, 6);
    let cost = 0;
    for (const item of plan.shopping) {
      const product = products.get(item.product)!;
      expect(product.inAidPackage && plan.stock.some((stock) => stock.product === item.product)).toBe(false);
      expect(item.neededGrams).toBeCloseTo(grams.get(item.product)!, 6);
      expect(item.packs).toBe(Math.ceil(item.neededGrams / product.packageGrams - 1e-9));
      expect(item.costEur).toBeCloseTo(item.packs * product.priceEur, 9);
      cost += item.costEur;
    }
    // Everything needed that is neither at hand nor free is on the list.
    for (const [id, needed] of grams) {
      if (needed > 0 && products.get(id)!.priceEur > 0 && !plan.stock.some((item) => item.product === id)) expect(plan.shopping.some((item) => item.product === id), id).toBe(true);
    }
    expect(plan.totals.extraCostEur).toBeCloseTo(cost, 9);
    expect(plan.totals.extraCostPerPersonPerDayEur).toBeCloseTo(cost / 3 / 7, 9);
    expect(plan.nutrition.perPersonPerDay.energyKcal).toBeCloseTo(energy.reduce((a, b) => a + b, 0) / 3 / 7, 6);
  });

  it("should keep the average energy per person per day within the band and salt under its limit", () => {
    const { perPersonPerDay, reference } = plan.nutrition;
    expect(perPersonPerDay.energyKcal).toBeGreaterThanOrEqual(reference.energyBandKcal.min! - 1e-6);
    expect(perPersonPerDay.energyKcal).toBeLessThanOrEqual(reference.energyBandKcal.max + 1e-6);
    expect(perPersonPerDay.salt).toBeLessThanOrEqual(reference.saltMaxG + 1e-6);
    // Two adults at 2 000 kcal and a child at 1 500–1 600 kcal, per person.
    expect(reference.energyKcal).toEqual({ min: 5500 / 3, max: 5600 / 3 });
  });
});
