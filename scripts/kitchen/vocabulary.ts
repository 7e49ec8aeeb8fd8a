// The project's code lists, each defined once: locales, meals, equipment, allergens, units, the servings range. Types are inferred from them.

/** The site's and the books' languages; Latvian is the source language and comes first. */
export const LOCALES = ["lv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Record<Locale, string>;

/** Kinds of dish, in the order the site and the notebook list them. */
export const MEALS = ["breakfast", "soup", "main", "baking", "dessert", "snack"] as const;
export type Meal = (typeof MEALS)[number];

/** What a recipe needs to be cooked with. */
export const EQUIPMENT = ["stove", "oven", "kettle", "none"] as const;
export type Equipment = (typeof EQUIPMENT)[number];

/** The 14 allergens of Regulation (EU) 1169/2011 Annex II, in Annex II order (displays keep this order). */
export const ALLERGEN_CODES = ["gluten", "crustaceans", "eggs", "fish", "peanuts", "soybeans", "milk", "nuts", "celery", "mustard", "sesame", "sulphites", "lupin", "molluscs"] as const;
export type AllergenCode = (typeof ALLERGEN_CODES)[number];

/** Every unit a recipe may use, in the order editors see them documented. */
export const UNIT_CODES = ["g", "kg", "ml", "l", "gab.", "ēdamkarote", "tējkarote", "glāze", "šķipsniņa", "paka", "kārba", "pēc garšas"] as const;
export type UnitCode = (typeof UNIT_CODES)[number];

/** How many servings a recipe may be written for, and the servings scaler may show. */
export const SERVINGS = { min: 1, max: 50 } as const;

/**
 * The step pictograms of the handbook's recipe cards (assets/pictograms/<code>.svg), each mapped to a step in a recipe's
 * Latvian file; their words, for editors and screen readers, are `pictogram.<code>` in content/i18n.
 */
export const PICTOGRAMS = ["wash", "peel", "cut", "grate", "open-can", "pour", "stir", "kettle", "boil", "fry", "flip", "oven", "bake", "wait", "check", "drain", "spoon", "shape", "tray", "cool", "off", "serve"] as const;
export type Pictogram = (typeof PICTOGRAMS)[number];
