// Amounts that recipe steps name ("750 ml", "2 ēd. k."): reading them as written, and showing them for other servings. Pure; runs in the browser too.
import { formatNumber } from "./format.ts";
import { inLitres } from "./lines.ts";
import { formatAmount, roundQuantity } from "./scale.ts";
import type { Locale, UnitCode } from "./types.ts";

/** A step refers to an ingredient's amount as a Markdown link whose target is this prefix and the product id: `[750 ml](=udens)`. */
export const STEP_AMOUNT_PREFIX = "=";

/**
 * Units a step may give an amount in, with the words editors write: abbreviations that stay the same for every number
 * and every case ("uzkarsē 2 ēd. k. eļļas", "ielej 1,5 l ūdens"), so a scaled number never needs another word form.
 */
export const STEP_UNIT_WORDS: Record<Locale, Readonly<Record<string, UnitCode>>> = {
  lv: { g: "g", kg: "kg", ml: "ml", l: "l", "ēd. k.": "ēdamkarote", "tējk.": "tējkarote" },
  en: { g: "g", kg: "kg", ml: "ml", l: "l", tbsp: "ēdamkarote", tsp: "tējkarote" },
};

/** An amount as a step gives it: a number of a unit. */
export interface StepAmount {
  qty: number;
  unit: UnitCode;
}

/** Why a step's amount cannot be read; scripts/content/step-amounts.ts words it for editors. */
export type StepAmountProblem = { code: "not-an-amount"; text: string } | { code: "decimal-sign"; text: string; sign: string } | { code: "unknown-unit"; unit: string };

const FRACTIONS: Readonly<Record<string, number>> = { "¼": 1 / 4, "⅓": 1 / 3, "½": 1 / 2, "⅔": 2 / 3, "¾": 3 / 4 };
const DECIMAL_SIGN: Record<Locale, string> = { lv: ",", en: "." };

/** Reads "750 ml", "1,5 l" (lv) or "1.5 l" (en), "½ tējk.": a number (whole, decimal or with a fraction glyph), a space, a unit word. */
export function parseStepAmount(text: string, locale: Locale): { ok: true; amount: StepAmount } | { ok: false; problem: StepAmountProblem } {
  const match = /^(\d+(?:[.,]\d+)?)?([¼⅓½⅔¾])?\s+(\S.*)$/u.exec(text.trim().replace(/\s+/g, " "));
  if (!match || (match[1] === undefined && match[2] === undefined)) return { ok: false, problem: { code: "not-an-amount", text } };
  const [, number = "", fraction, word = ""] = match;
  const sign = DECIMAL_SIGN[locale];
  const wrongSign = sign === "," ? "." : ",";
  if (number.includes(wrongSign)) return { ok: false, problem: { code: "decimal-sign", text, sign } };
  if (fraction !== undefined && /[.,]/.test(number)) return { ok: false, problem: { code: "not-an-amount", text } };
  const qty = (number === "" ? 0 : Number(number.replace(",", "."))) + (fraction === undefined ? 0 : FRACTIONS[fraction]!);
  const unit = STEP_UNIT_WORDS[locale][word];
  if (unit === undefined) return { ok: false, problem: { code: "unknown-unit", unit: word } };
  if (!(qty > 0)) return { ok: false, problem: { code: "not-an-amount", text } };
  return { ok: true, amount: { qty, unit } };
}

/** The word a step shows for a unit in a locale. */
function unitWord(unit: UnitCode, locale: Locale): string {
  const word = Object.entries(STEP_UNIT_WORDS[locale]).find(([, code]) => code === unit)?.[0];
  if (word === undefined) throw new Error(`unit "${unit}" cannot be named in a step`);
  return word;
}

/** Spoons take kitchen fractions (½ tējk.); weights and volumes take decimals (1,5 l), as Latvian recipes write them. */
const SPOONS: ReadonlySet<UnitCode> = new Set(["ēdamkarote", "tējkarote"]);

/**
 * A step's amount for `toServings` when the recipe is written for `fromServings`: at the recipe's own servings the number
 * as written, otherwise rounded as the ingredient list rounds (¼ ēd. k., 380 ml, 1,3 l; 1000 ml and more in litres); number
 * and unit joined by a no-break space.
 */
export function stepAmountText(amount: StepAmount, locale: Locale, fromServings: number, toServings: number): string {
  const exact = fromServings === toServings;
  // Scaled to 1000 ml or more: litres, as the ingredient list writes them.
  const [scaled, unit] = exact ? [amount.qty, amount.unit] : inLitres(roundQuantity((amount.qty * toServings) / fromServings, amount.unit as Exclude<UnitCode, "pēc garšas">), amount.unit, false);
  const number = SPOONS.has(unit) ? formatAmount(scaled, locale) : formatNumber(scaled, locale);
  return `${number}\u00a0${unitWord(unit, locale)}`;
}
