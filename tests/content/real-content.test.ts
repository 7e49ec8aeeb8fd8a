// The project's own content: complete, consistent and usable as a notebook and a course.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "../../scripts/content/check.ts";
import type { Content } from "../../scripts/content/load.ts";
import { computeRecipe } from "../../scripts/kitchen/index.ts";
import { formatIssue } from "../../scripts/content/issues.ts";
import { projectRoot } from "../helpers/fixture.ts";

let content: Content;
beforeAll(async () => {
  const checked = await checkContent(projectRoot);
  if (!checked.content) throw new Error(checked.issues.map(formatIssue).join("\n"));
  content = checked.content;
});

describe("the notebook and course content", () => {
  it("should have at least 24 recipes and six lessons numbered 1 to 6", () => {
    expect(content.recipes.length).toBeGreaterThanOrEqual(24);
    expect(content.lessons.map((lesson) => lesson.lv.data.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("should use every aid-package product in at least two recipes", () => {
    for (const product of content.products.filter((item) => item.inAidPackage)) {
      const users = content.recipes.filter((recipe) => recipe.lv.data.ingredients.some((line) => line.product === product.id));
      expect(users.length, product.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("should cover breakfast, soups, main dishes, baking and desserts, one-person dishes and dishes without an oven", () => {
    const meals = new Set(content.recipes.map((recipe) => recipe.lv.data.meal));
    for (const meal of ["breakfast", "soup", "main", "baking", "dessert"]) expect(meals.has(meal as never), meal).toBe(true);
    expect(content.recipes.some((recipe) => recipe.lv.data.servings === 1)).toBe(true);
    expect(content.recipes.filter((recipe) => !recipe.lv.data.equipment.includes("oven")).length).toBeGreaterThan(10);
  });

  it("should compute every recipe from the catalogue", () => {
    const products = new Map(content.products.map((product) => [product.id, product]));
    for (const recipe of content.recipes) {
      const result = computeRecipe({ slug: recipe.slug, servings: recipe.lv.data.servings, ingredients: recipe.lv.data.ingredients }, products);
      expect(result.ok, recipe.slug).toBe(true);
    }
  });

  it("should give every recipe a picture in its own folder", () => {
    for (const recipe of content.recipes) expect(path.dirname(recipe.imageFile)).toBe(recipe.dir);
  });
});
