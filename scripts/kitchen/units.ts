// Kitchen units: the unit codes, their labels per locale, and conversion of an ingredient line to grams.
import type { IngredientLine, Locale, ProductData, ProductUnits, UnitCode } from "./types.ts";

/** Every unit a recipe may use, in the order editors see them documented (the zod schema uses this list). */
export const UNIT_CODES = [
  "g",
  "kg",
  "ml",
  "l",
  "gab.",
  "ēdamkarote",
  "tējkarote",
  "glāze",
  "šķipsniņa",
  "paka",
  "kārba",
  "pēc garšas",
] as const satisfies readonly UnitCode[];

// Compile-time check that UNIT_CODES lists every UnitCode (fails to type-check if one is missing).
const allUnitsListed: [Exclude<UnitCode, (typeof UNIT_CODES)[number]>] extends [never] ? true : false = true;
void allUnitsListed;

/** Millilitres in one kitchen measure (tablespoon 15 ml, teaspoon 5 ml, glass 200 ml) and in ml/l. */
export const VOLUME_ML = { ml: 1, l: 1000, ēdamkarote: 15, tējkarote: 5, glāze: 200 } as const;

/** A product field that can turn a unit into grams, written as its path in the product file. */
export type UnitField = `units.${keyof ProductUnits}`;

export type GramsResult =
  | { ok: true; grams: number }
  | {
      ok: false;
      /** The ingredient-line field the problem belongs to. */
      field: "unit" | "qty";
      /** What has to be added: a product-file field, or the line's qty. Absent when something must be removed. */
      missing?: UnitField | "qty";
      message: string;
    };

/** The file an editor opens to fix a product. */
export function productFile(id: string): string {
  return `content/products/${id}.yaml`;
}

// Short labels: [singular, plural]; the plural rule per locale picks one.
const SHORT_LABELS: Record<Locale, Record<UnitCode, readonly [string, string]>> = {
  lv: {
    g: ["g", "g"],
    kg: ["kg", "kg"],
    ml: ["ml", "ml"],
    l: ["l", "l"],
    "gab.": ["gab.", "gab."],
    ēdamkarote: ["ēd. k.", "ēd. k."],
    tējkarote: ["tējk.", "tējk."],
    glāze: ["glāze", "glāzes"],
    šķipsniņa: ["šķipsniņa", "šķipsniņas"],
    paka: ["paka", "pakas"],
    kārba: ["kārba", "kārbas"],
    "pēc garšas": ["pēc garšas", "pēc garšas"],
  },
  en: {
    g: ["g", "g"],
    kg: ["kg", "kg"],
    ml: ["ml", "ml"],
    l: ["l", "l"],
    "gab.": ["pc", "pcs"],
    ēdamkarote: ["tbsp", "tbsp"],
    tējkarote: ["tsp", "tsp"],
    glāze: ["glass", "glasses"],
    šķipsniņa: ["pinch", "pinches"],
    paka: ["pack", "packs"],
    kārba: ["can", "cans"],
    "pēc garšas": ["to taste", "to taste"],
  },
};

/** Full unit names for a legend or a screen reader (dictionary form). */
export const UNIT_NAMES: Record<Locale, Record<UnitCode, string>> = {
  lv: {
    g: "grams",
    kg: "kilograms",
    ml: "mililitrs",
    l: "litrs",
    "gab.": "gabals",
    ēdamkarote: "ēdamkarote (15 ml)",
    tējkarote: "tējkarote (5 ml)",
    glāze: "glāze (200 ml)",
    šķipsniņa: "šķipsniņa",
    paka: "paka",
    kārba: "kārba",
    "pēc garšas": "pēc garšas",
  },
  en: {
    g: "gram",
    kg: "kilogram",
    ml: "millilitre",
    l: "litre",
    "gab.": "piece",
    ēdamkarote: "tablespoon (15 ml)",
    tējkarote: "teaspoon (5 ml)",
    glāze: "glass (200 ml)",
    šķipsniņa: "pinch",
    paka: "pack",
    kārba: "can",
    "pēc garšas": "to taste",
  },
};

/**
 * Whether a quantity takes the singular form.
 * lv: whole numbers ending in 1 but not 11 (1, 21 glāze); fractions take the genitive, which for these
 * nouns equals the plural (½ glāzes, 1½ glāzes). en: up to one (½ glass, 1 glass, 1½ glasses).
 */
export function isSingular(qty: number, locale: Locale): boolean {
  if (locale === "en") return qty <= 1;
  return Number.isInteger(qty) && qty % 10 === 1 && qty % 100 !== 11;
}

/** The short label of a unit for a quantity, e.g. lv 2 glāze → "glāzes", en 2 gab. → "pcs". Without qty: singular. */
export function unitLabel(unit: UnitCode, locale: Locale, qty?: number): string {
  const [singular, plural] = SHORT_LABELS[locale][unit];
  return qty === undefined || isSingular(qty, locale) ? singular : plural;
}

function isPositive(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value > 0;
}

function needs(line: IngredientLine, product: ProductData, missing: UnitField, alternative?: UnitField): GramsResult {
  const what = alternative ? `${missing} (or ${alternative})` : missing;
  return { ok: false, field: "unit", missing, message: `unit "${line.unit}" needs ${what} in ${productFile(product.id)}` };
}

const SPOON_FIELDS = {
  ēdamkarote: "gramsPerTablespoon",
  tējkarote: "gramsPerTeaspoon",
  glāze: "gramsPerGlass",
} as const satisfies Record<string, keyof ProductUnits>;

/**
 * Grams of product in one ingredient line. Spoons and glass use the product's explicit grams if given,
 * else density × volume; ml/l need density; "gab." needs gramsPerPiece; "šķipsniņa" needs gramsPerPinch;
 * "paka"/"kārba" are whole packs of packageGrams; "pēc garšas" is 0 g and takes no qty.
 */
export function toGrams(line: IngredientLine, product: ProductData): GramsResult {
  const { unit, qty } = line;
  if (unit === "pēc garšas") {
    if (qty === undefined) return { ok: true, grams: 0 };
    return { ok: false, field: "qty", message: `unit "pēc garšas" (to taste) takes no qty: remove "qty: ${qty}" or choose another unit` };
  }
  if (qty === undefined) {
    return { ok: false, field: "qty", missing: "qty", message: `qty is missing: write how many ${unit} (for example qty: 1), or use unit "pēc garšas"` };
  }
  if (!isPositive(qty)) {
    return { ok: false, field: "qty", message: `qty must be a number greater than 0, not ${qty}` };
  }
  const units = product.units;
  switch (unit) {
    case "g":
      return { ok: true, grams: qty };
    case "kg":
      return { ok: true, grams: qty * 1000 };
    case "ml":
    case "l":
      if (!isPositive(units.densityGPerMl)) return needs(line, product, "units.densityGPerMl");
      return { ok: true, grams: qty * VOLUME_ML[unit] * units.densityGPerMl };
    case "ēdamkarote":
    case "tējkarote":
    case "glāze": {
      const field = SPOON_FIELDS[unit];
      const explicit = units[field];
      if (isPositive(explicit)) return { ok: true, grams: qty * explicit };
      if (isPositive(units.densityGPerMl)) return { ok: true, grams: qty * VOLUME_ML[unit] * units.densityGPerMl };
      return needs(line, product, `units.${field}`, "units.densityGPerMl");
    }
    case "gab.":
      if (!isPositive(units.gramsPerPiece)) return needs(line, product, "units.gramsPerPiece");
      return { ok: true, grams: qty * units.gramsPerPiece };
    case "šķipsniņa":
      if (!isPositive(units.gramsPerPinch)) return needs(line, product, "units.gramsPerPinch");
      return { ok: true, grams: qty * units.gramsPerPinch };
    case "paka":
    case "kārba":
      return { ok: true, grams: qty * product.packageGrams };
    default: {
      const unknown: never = unit;
      return { ok: false, field: "unit", message: `unknown unit "${String(unknown)}": use one of ${UNIT_CODES.join(", ")}` };
    }
  }
}
