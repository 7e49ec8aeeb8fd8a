// Kitchen units: their labels per locale, and conversion of an ingredient line to grams (unit codes are in ./vocabulary.ts).
import type { IngredientLine, Locale, ProductData, ProductUnits, UnitCode } from "./types.ts";

/** Millilitres in one kitchen measure (tablespoon 15 ml, teaspoon 5 ml, glass 200 ml) and in ml/l. */
export const VOLUME_ML = { ml: 1, l: 1000, ēdamkarote: 15, tējkarote: 5, glāze: 200 } as const;

/** A product field that can turn a unit into grams, written as its path in the product file. */
export type UnitField = `units.${keyof ProductUnits}`;

/** Why a line cannot be turned into grams: a code with the facts; scripts/content/messages.ts words it for editors. */
export type GramsProblem =
  | { code: "qty-missing"; field: "qty" }
  | { code: "qty-not-positive"; field: "qty"; qty: number }
  | { code: "qty-with-to-taste"; field: "qty"; qty: number }
  | { code: "needs-conversion"; field: "unit"; needs: UnitField; or?: UnitField }
  | { code: "unknown-unit"; field: "unit" };

export type GramsResult = { ok: true; grams: number } | { ok: false; problem: GramsProblem };

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

function needs(needs: UnitField, or?: UnitField): GramsResult {
  return { ok: false, problem: or ? { code: "needs-conversion", field: "unit", needs, or } : { code: "needs-conversion", field: "unit", needs } };
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
    return { ok: false, problem: { code: "qty-with-to-taste", field: "qty", qty } };
  }
  if (qty === undefined) return { ok: false, problem: { code: "qty-missing", field: "qty" } };
  if (!isPositive(qty)) return { ok: false, problem: { code: "qty-not-positive", field: "qty", qty } };
  const units = product.units;
  switch (unit) {
    case "g":
      return { ok: true, grams: qty };
    case "kg":
      return { ok: true, grams: qty * 1000 };
    case "ml":
    case "l":
      if (!isPositive(units.densityGPerMl)) return needs("units.densityGPerMl");
      return { ok: true, grams: qty * VOLUME_ML[unit] * units.densityGPerMl };
    case "ēdamkarote":
    case "tējkarote":
    case "glāze": {
      const field = SPOON_FIELDS[unit];
      const explicit = units[field];
      if (isPositive(explicit)) return { ok: true, grams: qty * explicit };
      if (isPositive(units.densityGPerMl)) return { ok: true, grams: qty * VOLUME_ML[unit] * units.densityGPerMl };
      return needs(`units.${field}`, "units.densityGPerMl");
    }
    case "gab.":
      if (!isPositive(units.gramsPerPiece)) return needs("units.gramsPerPiece");
      return { ok: true, grams: qty * units.gramsPerPiece };
    case "šķipsniņa":
      if (!isPositive(units.gramsPerPinch)) return needs("units.gramsPerPinch");
      return { ok: true, grams: qty * units.gramsPerPinch };
    case "paka":
    case "kārba":
      return { ok: true, grams: qty * product.packageGrams };
    default: {
      unit satisfies never;
      return { ok: false, problem: { code: "unknown-unit", field: "unit" } };
    }
  }
}
