// The project's own content: complete, consistent and usable as a notebook and a course.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "../../scripts/content/check.ts";
import type { Content } from "../../scripts/content/load.ts";
import { computeRecipe, ingredientLine, lineWords, type ProductForms } from "../../scripts/kitchen/index.ts";
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

  it("should write no ingredient line as quantity + capitalised base form, in either language", () => {
    const products = new Map(content.products.map((product) => [product.id, product]));
    let lines = 0;
    for (const locale of ["lv", "en"] as const) {
      const words = lineWords(content.strings[locale], locale).words;
      for (const recipe of content.recipes) {
        for (const line of recipe.lv.data.ingredients) {
          const product = products.get(line.product)!;
          const note = locale === "lv" ? line.note : recipe.en.data.ingredientNotes[line.product];
          const { text } = ingredientLine({ qty: line.qty, unit: line.unit, note }, product.forms as ProductForms, locale, words, { exact: true });
          const where = `${recipe.slug} (${locale}): "${text}"`;
          // "2 gab. Biete", "pēc garšas Sāls", "1 can Canned stewed beef": a number, maybe a unit, then a capital.
          expect(text, where).not.toMatch(/^[\d½⅓¼¾⅔][^\s]*\s+(?:\S+\s+)?\p{Lu}/u);
          expect(text, where).not.toContain(product.name[locale]);
          expect(text, where).not.toMatch(/\bgab\.|\bpcs?\b|^(pēc garšas|to taste)/);
          lines += 1;
        }
      }
    }
    expect(lines).toBeGreaterThan(400);
  });
});
