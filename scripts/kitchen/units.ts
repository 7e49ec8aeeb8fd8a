// Kitchen units: conversion of an ingredient line to grams (unit codes are in ./vocabulary.ts, their words in content/i18n, their grammar in lines.ts).
import type { IngredientLine, ProductData, ProductUnits } from "./types.ts";

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
