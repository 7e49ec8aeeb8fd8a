// Input types of the kitchen engine: minimal structural shapes that the zod-inferred content types satisfy.

import type { AllergenCode, Localized, UnitCode } from "./vocabulary.ts";
export type { AllergenCode, Locale, Localized, UnitCode } from "./vocabulary.ts";

/** Nutrition values per 100 g as sold (EU 1169/2011 Art. 30 order); energy in kJ and kcal, the rest in grams. */
export interface Nutrients {
  energyKj: number;
  energyKcal: number;
  fat: number;
  saturates: number;
  carbohydrate: number;
  sugars: number;
  fibre: number;
  protein: number;
  salt: number;
}

export type NutrientKey = keyof Nutrients;

/** What turns kitchen units into grams; every field is optional, recipes only need some. */
export interface ProductUnits {
  densityGPerMl?: number;
  gramsPerPiece?: number;
  gramsPerTablespoon?: number;
  gramsPerTeaspoon?: number;
  gramsPerGlass?: number;
  gramsPerPinch?: number;
}

/** A catalogue product; `id` is the file name in content/products/ without `.yaml`. */
export interface ProductData {
  id: string;
  name: Localized;
  inAidPackage: boolean;
  /** False for products left out of a recipe's aid weight share (water); counted when absent. */
  countInAidShare?: boolean;
  /** The size of one pack or can; also what units "paka" and "kārba" mean. */
  packageGrams: number;
  /** Price of one pack of packageGrams. */
  price: { eur: number };
  /** Per 100 g as sold. */
  nutrition: Nutrients;
  allergens: readonly AllergenCode[];
  units: ProductUnits;
}

/** One line of a recipe's `ingredients`; `qty` is absent only for "pēc garšas". */
export interface IngredientLine {
  product: string;
  qty?: number;
  unit: UnitCode;
}

/** The recipe data the engine needs; `slug` is the recipe's folder name. */
export interface RecipeData {
  slug: string;
  servings: number;
  ingredients: readonly IngredientLine[];
}

/** Products looked up by id: a Map or a plain object keyed by id. */
export type ProductLookup = ReadonlyMap<string, ProductData> | Readonly<Record<string, ProductData>>;
