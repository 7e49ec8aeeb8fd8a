// The 14 allergens of Regulation (EU) 1169/2011 Annex II: codes, names per locale, and a recipe's union of them.
import type { AllergenCode, Localized, ProductData } from "./types.ts";

/** The allergen codes in Annex II order (the zod schema uses this list; displays keep this order). */
export const ALLERGEN_CODES = [
  "gluten",
  "crustaceans",
  "eggs",
  "fish",
  "peanuts",
  "soybeans",
  "milk",
  "nuts",
  "celery",
  "mustard",
  "sesame",
  "sulphites",
  "lupin",
  "molluscs",
] as const satisfies readonly AllergenCode[];

// Compile-time check that ALLERGEN_CODES lists every AllergenCode.
const allAllergensListed: [Exclude<AllergenCode, (typeof ALLERGEN_CODES)[number]>] extends [never] ? true : false = true;
void allAllergensListed;

/** Full names as in Annex II (shortened lists of examples), from shared/reference/eu-food-facts.md. */
export const ALLERGEN_NAMES: Readonly<Record<AllergenCode, Localized>> = {
  gluten: {
    lv: "Graudaugi, kas satur lipekli (kvieši, rudzi, mieži, auzas …)",
    en: "Cereals containing gluten: wheat (spelt, khorasan), rye, barley, oats, or their hybridised strains",
  },
  crustaceans: { lv: "Vēžveidīgie", en: "Crustaceans" },
  eggs: { lv: "Olas", en: "Eggs" },
  fish: { lv: "Zivis", en: "Fish" },
  peanuts: { lv: "Zemesrieksti", en: "Peanuts" },
  soybeans: { lv: "Sojas pupas", en: "Soybeans" },
  milk: { lv: "Piens (arī laktoze)", en: "Milk (including lactose)" },
  nuts: {
    lv: "Rieksti (mandeles, lazdu rieksti, valrieksti, …)",
    en: "Nuts: almonds, hazelnuts, walnuts, cashews, pecans, Brazil nuts, pistachios, macadamia",
  },
  celery: { lv: "Selerijas", en: "Celery" },
  mustard: { lv: "Sinepes", en: "Mustard" },
  sesame: { lv: "Sezama sēklas", en: "Sesame seeds" },
  sulphites: {
    lv: "Sēra dioksīds un sulfīti (> 10 mg/kg vai 10 mg/l)",
    en: "Sulphur dioxide and sulphites above 10 mg/kg or 10 mg/l as SO₂",
  },
  lupin: { lv: "Lupīna", en: "Lupin" },
  molluscs: { lv: "Mīkstmieši", en: "Molluscs" },
};

/** Short names for badges and lists, e.g. lv "Graudaugi ar lipekli", en "Gluten". */
export const ALLERGEN_SHORT_NAMES: Readonly<Record<AllergenCode, Localized>> = {
  gluten: { lv: "Graudaugi ar lipekli", en: "Gluten" },
  crustaceans: { lv: "Vēžveidīgie", en: "Crustaceans" },
  eggs: { lv: "Olas", en: "Eggs" },
  fish: { lv: "Zivis", en: "Fish" },
  peanuts: { lv: "Zemesrieksti", en: "Peanuts" },
  soybeans: { lv: "Soja", en: "Soya" },
  milk: { lv: "Piens", en: "Milk" },
  nuts: { lv: "Rieksti", en: "Nuts" },
  celery: { lv: "Selerijas", en: "Celery" },
  mustard: { lv: "Sinepes", en: "Mustard" },
  sesame: { lv: "Sezams", en: "Sesame" },
  sulphites: { lv: "Sulfīti", en: "Sulphites" },
  lupin: { lv: "Lupīna", en: "Lupin" },
  molluscs: { lv: "Mīkstmieši", en: "Molluscs" },
};

/** Every allergen of the given products, each once, in Annex II order (not the order found). */
export function allergenUnion(products: Iterable<Pick<ProductData, "allergens">>): AllergenCode[] {
  const found = new Set<AllergenCode>();
  for (const product of products) for (const code of product.allergens) found.add(code);
  return ALLERGEN_CODES.filter((code) => found.has(code));
}
