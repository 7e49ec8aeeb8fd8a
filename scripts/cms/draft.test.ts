// The form editor's live check of a recipe being written: the content check's problems, and the recipe page once the numbers can be computed.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../content/load.ts";
import { computeRecipe, formatEur } from "../kitchen/index.ts";
import { checkDraft, type FormFile } from "./draft.ts";
import { previewData, type PreviewData } from "./preview-data.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let data: PreviewData;

beforeAll(async () => {
  const loaded = await loadContent(root);
  if (!loaded.content) throw new Error("the project's content does not pass the check");
  data = previewData(loaded.content, "https://example.org/", "2026-01-01");
});

const ingredients = [
  { product: "griki", qty: 200, unit: "g" },
  { product: "sipols", qty: 1, unit: "gab." },
];
const LV: FormFile = { title: "Griķi ar sīpolu", summary: "Ātras pusdienas.", servings: 2, time: { prep: 5, cook: 20 }, meal: "main", equipment: ["stove"], image: "griki.jpg", imageAlt: "Šķīvis.", ingredients, body: "1. Griķus vāra.\n2. Sīpolu cep." };
const EN: FormFile = { title: "Buckwheat with onion", summary: "A quick lunch.", imageAlt: "A plate.", body: "1. Boil the buckwheat.\n2. Fry the onion." };

describe("checkDraft", () => {
  it("should make both language views with the kitchen's cost when both files are valid", () => {
    const result = checkDraft({ slug: "griki-ar-sipolu", lv: LV, en: EN }, data);
    const computed = computeRecipe({ slug: "griki-ar-sipolu", servings: 2, ingredients: ingredients as never }, new Map(data.products.map((product) => [product.id, product])));
    if (!computed.ok) throw new Error("the kitchen could not compute the test recipe");
    expect(result.problems).toEqual([]);
    expect(result.numbersOnly).toBe(false);
    expect(result.views.lv?.cost.perServing).toBe(formatEur(computed.recipe.cost.perServingEur, "lv"));
    expect(result.views.en?.title).toBe("Buckwheat with onion");
  });

  it("should show the numbers while the rest of the Latvian file is still empty", () => {
    const result = checkDraft({ lv: { servings: 2, ingredients }, en: {} }, data);
    expect(result.numbersOnly).toBe(true);
    expect(Object.keys(result.views)).toEqual(["lv"]);
    expect(result.views.lv?.allergens).toEqual([]);
    expect(result.problems.map((problem) => problem.field)).toContain("title");
  });

  it("should name a missing conversion to grams before the form is complete", () => {
    const result = checkDraft({ lv: { servings: 2, ingredients: [ingredients[0], { product: "sipols", qty: 1, unit: "šķipsniņa" }] }, en: {} }, data);
    expect(result.views).toEqual({});
    expect(result.problems).toContainEqual({ file: "content/recipes/…/index.lv.md", line: undefined, field: "ingredients[1].unit", message: 'unit "šķipsniņa" needs units.gramsPerPinch in content/products/sipols.yaml — or use a unit that works for sipols: g, kg, gab., paka, kārba' });
  });

  it("should name an unknown product with the closest one", () => {
    const result = checkDraft({ slug: "x", lv: { ...LV, ingredients: [{ product: "grikki", qty: 200, unit: "g" }] }, en: EN }, data);
    expect(result.problems).toEqual([{ file: "content/recipes/x/index.lv.md", line: undefined, field: "ingredients[0].product", message: 'unknown product "grikki" — did you mean "griki"? Product ids are the file names in content/products/ without .yaml' }]);
  });

  it("should say what npm run check says about the two files together", () => {
    const result = checkDraft({ slug: "x", lv: LV, en: { ...EN, body: "1. Boil the buckwheat." } }, data);
    expect(result.problems).toEqual([{ file: "content/recipes/x/index.en.md", line: 1, field: "body", message: "has 1 steps, the Latvian file has 2 — translate every step, one for one" }]);
  });
});
