// Kitchen units: the unit codes and conversion of an ingredient line to grams (their words are in content/i18n, their grammar in lines.ts).
import type { IngredientLine, ProductData, ProductUnits, UnitCode } from "./types.ts";

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
