// Scaling a recipe to other servings and rounding quantities to what a cook can measure; the same code runs in Node and the browser.
import { formatNumber, roundToStep } from "./format.ts";
import type { IngredientLine, Locale, UnitCode } from "./types.ts";

/** Units a cook measures in whole pieces, spoons, glasses, packs and cans, and parts of them. */
const COUNTED: ReadonlySet<UnitCode> = new Set(["gab.", "ēdamkarote", "tējkarote", "glāze", "paka", "kārba"]);

/** The parts of a spoon, glass, piece or can that a cook can measure: ¼, ⅓, ½ and ¾ (below FRACTIONS_BELOW; halves above). */
const KITCHEN_FRACTIONS = [0, 1 / 4, 1 / 3, 1 / 2, 3 / 4, 1] as const;
const FRACTIONS_BELOW = 5;

function checkServings(servings: number, name: string): void {
  if (!Number.isFinite(servings) || servings <= 0) throw new RangeError(`${name} must be a number greater than 0, not ${servings}`);
}

/** The exact quantity for `toServings` when `qty` is for `fromServings`. */
export function scaleQty(qty: number, fromServings: number, toServings: number): number {
  checkServings(fromServings, "fromServings");
  checkServings(toServings, "toServings");
  return (qty * toServings) / fromServings;
}

/** Step for weights and volumes: < 10 → 1, < 100 → 5, < 1000 → 10, else 50. */
function gramStep(qty: number): number {
  return qty < 10 ? 1 : qty < 100 ? 5 : qty < 1000 ? 10 : 50;
}

/** `qty` to the nearest whole number plus a kitchen fraction (¼, ⅓, ½, ¾); a tie goes to the larger. */
function roundToKitchenFraction(qty: number): number {
  const whole = Math.floor(qty);
  const rest = qty - whole;
  let best: number = KITCHEN_FRACTIONS[0];
  for (const share of KITCHEN_FRACTIONS) if (Math.abs(rest - share) <= Math.abs(rest - best) + 1e-9) best = share;
  return whole + best;
}

/**
 * A scaled quantity rounded to what a cook can measure, never 0 for a positive amount:
 * pieces, spoons, glasses, packs and cans to ¼, ⅓, ½ or ¾ below 5 (at least ¼), to halves from 5 on;
 * pinches to whole (at least 1); g and ml to a step that grows with the amount; kg and l to 0.1 (at least 0.1).
 * The unit never changes.
 */
export function roundQuantity(qty: number, unit: Exclude<UnitCode, "pēc garšas">): number {
  if (COUNTED.has(unit)) return qty < FRACTIONS_BELOW ? Math.max(1 / 4, roundToKitchenFraction(qty)) : roundToStep(qty, 0.5);
  if (unit === "šķipsniņa") return Math.max(1, Math.round(qty));
  if (unit === "kg" || unit === "l") return Math.max(0.1, roundToStep(qty, 0.1));
  const step = gramStep(qty);
  return Math.max(step, roundToStep(qty, step));
}

const GLYPHS: readonly (readonly [number, string])[] = [
  [1 / 4, "¼"],
  [1 / 3, "⅓"],
  [1 / 2, "½"],
  [2 / 3, "⅔"],
  [3 / 4, "¾"],
];

/** A number with kitchen fractions where they fit (½, 1½, ¼, ⅔ …), else in the locale's decimals ("0,2"). */
export function formatAmount(value: number, locale: Locale): string {
  const whole = Math.floor(value);
  const fraction = value - whole;
  if (fraction < 1e-9) return formatNumber(whole, locale);
  const glyph = GLYPHS.find(([share]) => Math.abs(fraction - share) < 1e-9)?.[1];
  if (glyph === undefined) return formatNumber(value, locale);
  return whole === 0 ? glyph : `${formatNumber(whole, locale)}${glyph}`;
}

/** A line with its exact scaled qty (absent for "pēc garšas"); lines.ts turns it into words. */
export type ScaledLine<L extends IngredientLine> = Omit<L, "qty"> & { qty?: number };

/**
 * Scale every line from `fromServings` to `toServings`. Quantities stay exact (scale them back and you get
 * the originals); rounding for display is ingredientLine's. Other fields of the lines (note …) are kept.
 * Throws RangeError for servings that are not above 0.
 */
export function scaleLines<L extends IngredientLine>(lines: readonly L[], fromServings: number, toServings: number): ScaledLine<L>[] {
  checkServings(fromServings, "fromServings");
  checkServings(toServings, "toServings");
  return lines.map((line) => {
    const { qty, ...rest } = line;
    return qty === undefined ? rest : { ...rest, qty: scaleQty(qty, fromServings, toServings) };
  });
}
