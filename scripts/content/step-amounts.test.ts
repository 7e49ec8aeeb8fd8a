// Tests for the step-amount notation `[750 ml](=udens)`: found in the steps with their lines, and checked against the recipe's ingredients.
import { describe, expect, it } from "vitest";
import { griki, sals, udens, ella } from "../kitchen/fixtures.ts";
import type { Product, Text } from "./load.ts";
import { inspectBody } from "./markdown-checks.ts";
import type { RecipeEn, RecipeLv } from "./schemas.ts";
import { checkStepAmounts, findStepAmounts } from "./step-amounts.ts";

const products = [griki, sals, udens, ella].map((product) => ({ ...product, file: `content/products/${product.id}.yaml` }) as unknown as Product);
const productIds = [...products.map((product) => product.id), "sipols"];

/** A recipe whose Latvian and English bodies are given; its body starts on line 10 of each file. */
function recipe(lvBody: string, enBody: string): { lv: Text<RecipeLv>; en: Text<RecipeEn> } {
  const data = {
    title: "Putra",
    summary: "Putra.",
    servings: 4,
    time: { prep: 5, cook: 10 },
    meal: "breakfast",
    equipment: ["stove"],
    image: "putra.svg",
    imageAlt: "Putra.",
    ingredients: [
      { product: "griki", qty: 300, unit: "g" },
      { product: "udens", qty: 750, unit: "ml" },
      { product: "augu-ella", qty: 2, unit: "ēdamkarote" },
      { product: "sals", unit: "pēc garšas" },
    ],
  } as RecipeLv;
  const draft = <T>(file: string, value: T, body: string): Text<T> => {
    const { steps, amounts } = inspectBody(body, file, 10);
    return { data: value, body, steps, amounts, file, bodyLine: 10, lineOf: () => 2 };
  };
  return { lv: draft("content/recipes/putra/index.lv.md", data, lvBody), en: draft("content/recipes/putra/index.en.md", { title: "Porridge", summary: "Porridge.", imageAlt: "Porridge.", ingredientNotes: {} }, enBody) };
}

const issues = (lvBody: string, enBody: string) => checkStepAmounts({ ...recipe(lvBody, enBody), productIds, products }).map((issue) => `${issue.file}:${issue.line} ${issue.field}: ${issue.message}`);
const LV = "content/recipes/putra/index.lv.md";
const EN = "content/recipes/putra/index.en.md";

describe("findStepAmounts", () => {
  it("should find each amount with its step, its line and its product, and leave other links alone", () => {
    const body = "1. Griķus noskalo.\n2. Liek katlā ar [750 ml](=udens) ūdens\n   un [1 ēd. k.](=augu-ella) eļļas.\n3. Skaties [šeit](https://example.org).";
    expect(findStepAmounts(body)).toEqual([
      { step: 2, line: 1, text: "750 ml", product: "udens", plain: true },
      { step: 2, line: 2, text: "1 ēd. k.", product: "augu-ella", plain: true },
    ]);
  });

  it("should mark an amount whose words carry formatting", () => {
    expect(findStepAmounts("1. Ielej [**750** ml](=udens).")).toMatchObject([{ plain: false }]);
  });
});

describe("checkStepAmounts", () => {
  const good = ["1. Liek katlā [300 g](=griki) griķu un [750 ml](=udens) ūdens.", "1. Put [300 g](=griki) of buckwheat and [750 ml](=udens) of water in a pot."] as const;

  it("should accept amounts of the recipe's ingredients given alike in both languages", () => {
    expect(issues(...good)).toEqual([]);
    expect(issues("1. Ielej [0,75 l](=udens) ūdens.", "1. Pour in [750 ml](=udens) of water.")).toEqual([]);
  });

  it("should name an unknown product with the closest ingredient", () => {
    expect(issues("1. Ielej [750 ml](=udes) ūdens.", "1. Pour in [750 ml](=udens) of water.")).toEqual([
      `${LV}:10 body: step 1: unknown product "udes" in [750 ml](=udes) — did you mean "udens"?`,
      `${EN}:10 body: step 1 gives [750 ml](=udens), but the Latvian step 1 gives no amount — give the same amounts of the same products in both languages`,
    ]);
  });

  it("should name a product that exists but is not an ingredient of this recipe", () => {
    expect(issues("1. Liek [1 ēd. k.](=sipols).", "1. Add [1 tbsp](=sipols).")[0]).toBe(
      `${LV}:10 body: step 1: "sipols" is not an ingredient of this recipe — add it to ingredients in ${LV}, or refer to one of: griki, udens, augu-ella, sals`,
    );
  });

  it("should name a unit a step cannot scale, and list the ones it can", () => {
    expect(issues("1. Ielej [1 glāzi](=udens) ūdens.", "1. Pour in [1 glass](=udens) of water.")).toEqual([
      `${LV}:10 body: step 1: unknown unit "glāzi" in [1 glāzi](=udens) — a step can scale only g, kg, ml, l, ēd. k., tējk. (words that stay the same for every number); write the amount in one of them or as plain text`,
      `${EN}:10 body: step 1: unknown unit "glass" in [1 glass](=udens) — a step can scale only g, kg, ml, l, tbsp, tsp (words that stay the same for every number); write the amount in one of them or as plain text`,
    ]);
  });

  it("should refuse an amount for a product that is only to taste", () => {
    expect(issues("1. Pieber [1 tējk.](=sals) sāls.", "1. Add [1 tsp](=sals) of salt.")[0]).toBe(
      `${LV}:10 body: step 1: "sals" is "pēc garšas" in the ingredients, so a step cannot give it an amount — give it a qty and a unit in ingredients, or write the step without an amount`,
    );
  });

  it("should refuse more than the ingredient list has", () => {
    expect(issues("1. Ielej [800 ml](=udens) ūdens.", "1. Pour in [800 ml](=udens) of water.")[0]).toBe(
      `${LV}:10 body: step 1: [800 ml](=udens) is more than the ingredients list (750 ml) — correct the amount in the step or in ingredients`,
    );
  });

  it("should name a unit the product cannot turn into grams", () => {
    expect(issues("1. Pieber [1 ēd. k.](=griki).", "1. Add [1 tbsp](=griki).")[0]).toBe(
      `${LV}:10 body: step 1: [1 ēd. k.](=griki): unit "ēdamkarote" needs units.gramsPerTablespoon (or units.densityGPerMl) in content/products/griki.yaml`,
    );
  });

  it("should report English steps whose amounts differ from the Latvian ones, at the English line", () => {
    expect(issues("1. Noskalo.\n2. Ielej [750 ml](=udens).", "1. Rinse.\n2. Pour in [700 ml](=udens).")).toEqual([
      `${EN}:11 body: step 2 gives [700 ml](=udens), but the Latvian step 2 gives [750 ml](=udens) — give the same amounts of the same products in both languages`,
    ]);
  });
});
