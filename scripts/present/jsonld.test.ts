// Tests for the recipe pages' schema.org structured data: durations, nutrition per serving, and validity against the schema.org vocabulary.
import { describe, expect, it } from "vitest";
import { schemaOrgProblems } from "../../tests/helpers/schemaorg.ts";
import { isoDuration, recipeJsonLd, type RecipeFacts } from "./jsonld.ts";

const facts: RecipeFacts = {
  locale: "lv",
  url: "https://example.org/lv/receptes/griku-putra/",
  name: "Griķu putra",
  description: "Sātīgas pusdienas.",
  image: "https://example.org/img/abc-720.webp",
  ingredients: ["300 g Griķi", "750 ml Ūdens"],
  steps: ["Griķus noskalo.", "Liek katlā ar 750\u00a0ml ūdens."],
  servings: 4,
  prepMinutes: 15,
  cookMinutes: 70,
  category: "Pamatēdieni",
  nutritionPerServing: { energyKj: 1519.6, energyKcal: 362.4, fat: 10.26, saturates: 3.04, carbohydrate: 51.1, sugars: 2.45, fibre: 7.9, protein: 15.55, salt: 1.237 },
  organisation: { name: "Liepājas Diakonijas centrs", url: "https://example.org/dc" },
};

describe("isoDuration", () => {
  it("should write minutes as ISO 8601 durations", () => {
    expect([0, 5, 60, 85, 120].map(isoDuration)).toEqual(["PT0M", "PT5M", "PT1H", "PT1H25M", "PT2H"]);
  });
});

describe("recipeJsonLd", () => {
  const data = recipeJsonLd(facts) as unknown as Record<string, unknown>;

  it("should give times, yield, steps and nutrition per serving", () => {
    expect(data).toMatchObject({ "@type": "Recipe", prepTime: "PT15M", cookTime: "PT1H10M", totalTime: "PT1H25M", recipeYield: "4", inLanguage: "lv", isAccessibleForFree: true });
    expect(data.recipeInstructions).toEqual([
      { "@type": "HowToStep", position: 1, text: "Griķus noskalo." },
      { "@type": "HowToStep", position: 2, text: "Liek katlā ar 750\u00a0ml ūdens." },
    ]);
    expect(data.nutrition).toMatchObject({ calories: "362 kcal", fatContent: "10.3 g", saturatedFatContent: "3 g", proteinContent: "15.6 g" });
  });

  it("should give sodium in milligrams as salt in grams × 400, since schema.org has no salt", () => {
    // 1.237 g salt × 400 = 494.8 mg sodium.
    expect((data.nutrition as Record<string, string>).sodiumContent).toBe("495 mg");
  });

  it("should use only types and properties of the schema.org vocabulary, with values they accept", () => {
    expect(schemaOrgProblems(data)).toEqual([]);
  });
});

describe("schemaOrgProblems", () => {
  it("should report a property that schema.org does not have on the type", () => {
    const wrong = { ...recipeJsonLd(facts), nutrition: { "@type": "NutritionInformation", saltContent: "1 g" } };
    expect(schemaOrgProblems(wrong)).toEqual(['$.nutrition.saltContent: NutritionInformation has no property "saltContent" in schema.org']);
  });

  it("should report values of the wrong type and durations that are not ISO 8601", () => {
    const wrong = { ...recipeJsonLd(facts), isAccessibleForFree: "yes", prepTime: "15 min", author: { "@type": "HowToStep", text: "x" } };
    expect(schemaOrgProblems(wrong)).toEqual([
      '$.isAccessibleForFree: "yes" is not a value Recipe.isAccessibleForFree accepts',
      '$.author: {"@type":"HowToStep","text":"x"} is not a value Recipe.author accepts',
      '$.prepTime: "15 min" is not a value Recipe.prepTime accepts',
    ]);
  });

  it("should report a type schema.org does not have", () => {
    expect(schemaOrgProblems({ "@context": "https://schema.org", "@type": "Recepte" })).toEqual(['$: "Recepte" is not a schema.org type']);
  });
});
