// schema.org Recipe structured data for a recipe page (JSON-LD), typed with schema-dts; numbers per serving, addresses absolute.
import type { HowToStep, NutritionInformation, Organization, Recipe as SchemaRecipe, WithContext } from "schema-dts";
import type { Nutrients } from "../kitchen/index.ts";
import type { Locale } from "../kitchen/vocabulary.ts";

/** What the structured data of one recipe is made of; every text in the page's language. */
export interface RecipeFacts {
  locale: Locale;
  /** The page's absolute address. */
  url: string;
  name: string;
  description: string;
  /** The picture's absolute address. */
  image: string;
  /** Each ingredient line as the page shows it. */
  ingredients: string[];
  /** Each step as plain text. */
  steps: string[];
  servings: number;
  prepMinutes: number;
  cookMinutes: number;
  /** The kind of dish in the page's language ("Zupas", "Breakfast"). */
  category: string;
  nutritionPerServing: Nutrients;
  organisation: { name: string; url?: string };
}

/** Minutes as an ISO 8601 duration: 75 → "PT1H15M", 0 → "PT0M". */
export function isoDuration(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return `PT${hours > 0 ? `${hours}H` : ""}${rest > 0 || hours === 0 ? `${rest}M` : ""}`;
}

/** A figure with its unit for NutritionInformation ("12.3 g"): decimals with a point, as schema.org's examples write them. */
function amount(value: number, unit: string, decimals: number): string {
  return `${Number(value.toFixed(decimals))} ${unit}`;
}

/**
 * NutritionInformation for one serving. schema.org has no salt field: sodium in mg is salt in g × 400
 * (salt = sodium × 2.5, Regulation (EU) 1169/2011 Annex I).
 */
function nutritionOf(values: Nutrients): NutritionInformation {
  return {
    "@type": "NutritionInformation",
    servingSize: "1",
    calories: amount(values.energyKcal, "kcal", 0),
    fatContent: amount(values.fat, "g", 1),
    saturatedFatContent: amount(values.saturates, "g", 1),
    carbohydrateContent: amount(values.carbohydrate, "g", 1),
    sugarContent: amount(values.sugars, "g", 1),
    fiberContent: amount(values.fibre, "g", 1),
    proteinContent: amount(values.protein, "g", 1),
    sodiumContent: amount(values.salt * 400, "mg", 0),
  };
}

/** The Recipe object written into the page as `<script type="application/ld+json">`. */
export function recipeJsonLd(facts: RecipeFacts): WithContext<SchemaRecipe> {
  const organisation: Organization = { "@type": "Organization", name: facts.organisation.name, ...(facts.organisation.url ? { url: facts.organisation.url } : {}) };
  const steps: HowToStep[] = facts.steps.map((text, index) => ({ "@type": "HowToStep", position: index + 1, text }));
  return {
    "@context": "https://schema.org",
    "@type": "Recipe",
    "@id": `${facts.url}#recipe`,
    url: facts.url,
    name: facts.name,
    description: facts.description,
    image: facts.image,
    inLanguage: facts.locale,
    isAccessibleForFree: true,
    author: organisation,
    publisher: organisation,
    recipeCategory: facts.category,
    recipeYield: String(facts.servings),
    prepTime: isoDuration(facts.prepMinutes),
    cookTime: isoDuration(facts.cookMinutes),
    totalTime: isoDuration(facts.prepMinutes + facts.cookMinutes),
    recipeIngredient: facts.ingredients,
    recipeInstructions: steps,
    nutrition: nutritionOf(facts.nutritionPerServing),
  };
}
