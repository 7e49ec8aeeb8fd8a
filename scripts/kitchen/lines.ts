// Ingredient lines as language: amount, unit and the product's word forms agreeing by each locale's grammar ("2 bietes", "1 glāze piena", "salt to taste").
import { formatNumber, roundToStep } from "./format.ts";
import { formatAmount, roundQuantity } from "./scale.ts";
import type { Locale, UnitCode } from "./types.ts";

/** The word forms each locale's lines use: Latvian nominative and genitive, singular and plural; English singular and plural. */
export const FORM_NAMES = { lv: ["nomSg", "nomPl", "genSg", "genPl"], en: ["sg", "pl"] } as const;
export type LvForm = (typeof FORM_NAMES.lv)[number];
export type EnForm = (typeof FORM_NAMES.en)[number];
export type FormName = LvForm | EnForm;
/** The forms of one word in one locale, as content gives them (lower case, as inside a sentence). */
export type WordForms = Partial<Record<FormName, string>>;

/** How a product is written in lines: whether it is counted in pieces, and its forms per locale. */
export interface ProductForms {
  counted?: boolean;
  lv?: Partial<Record<LvForm, string>>;
  en?: Partial<Record<EnForm, string>>;
}

/**
 * The name of each measuring unit's words in content/i18n (`unit.<name>.<form>`). Pieces ("gab.") are written as the
 * product itself ("2 bietes"), and "pēc garšas" by the `ingredient.toTaste` phrase after the product.
 */
export const UNIT_WORD_KEYS = {
  g: "g",
  kg: "kg",
  ml: "ml",
  l: "l",
  ēdamkarote: "tablespoon",
  tējkarote: "teaspoon",
  glāze: "glass",
  šķipsniņa: "pinch",
  paka: "pack",
  kārba: "can",
} as const satisfies Partial<Record<UnitCode, string>>;
export type MeasureUnit = keyof typeof UNIT_WORD_KEYS;

/** The words of one locale that lines need besides the products': every unit's forms and the "to taste" phrase. */
export interface LineWords {
  units: Record<MeasureUnit, WordForms>;
  toTaste: string;
}

/** A line ready to print, in parts (so a page can link the name or update the amount) and as one text. */
export interface LineText {
  /** "2", "½", "1,5"; empty without an amount. */
  amount: string;
  /** "glāzes", "ēd. k.", "l"; empty for pieces and without an amount. */
  unit: string;
  /** The product in the form the line needs: "bietes", "piena", "sāls". */
  name: string;
  /** What follows the name when there is no amount: "pēc garšas". */
  after: string;
  /** The recipe's note as written; the text shows it in parentheses. */
  note: string;
  /** The whole line: "2 bietes", "1 glāze piena (silta)", "sāls pēc garšas" (a non-breaking space after the amount). */
  text: string;
}

export interface LineInput {
  qty?: number;
  unit: UnitCode;
  note?: string;
}

interface Grammar {
  /** The form a counted word (a product in pieces, or a unit) takes for the number shown. */
  count(value: number): FormName;
  /** Every form counting can ask for: scaling reaches any number. */
  counting: readonly FormName[];
  /** After a unit, the first of these forms the product has: plural for what is counted or named in the plural. */
  afterUnit: readonly FormName[];
  /** Without an amount ("pēc garšas"), the first of these forms the product has. */
  bare: readonly FormName[];
}

const GRAMMAR: Record<Locale, Grammar> = {
  // 1, 21, 31 … (not 11) take the nominative singular, other whole numbers the plural, fractions the genitive singular.
  lv: {
    count: (value) => (!Number.isInteger(value) ? "genSg" : value % 10 === 1 && value % 100 !== 11 ? "nomSg" : "nomPl"),
    counting: ["nomSg", "nomPl", "genSg"],
    afterUnit: ["genPl", "genSg"],
    bare: ["nomPl", "nomSg"],
  },
  // Up to one is singular (½ onion, 1 onion), anything more plural (1½ onions).
  en: {
    count: (value) => (value <= 1 ? "sg" : "pl"),
    counting: ["sg", "pl"],
    afterUnit: ["pl", "sg"],
    bare: ["pl", "sg"],
  },
};

/** Units written with decimals (1,5 l; 0,5 kg) rather than kitchen fractions (1½ glāzes). */
const METRIC: ReadonlySet<UnitCode> = new Set(["g", "kg", "ml", "l"]);

/**
 * Which forms a line with `unit` needs of its product, as groups of which any one form will do:
 * pieces need every counting form (the servings scaler may reach any number), a unit needs the form after a unit,
 * "pēc garšas" the form without an amount.
 */
export function formsNeeded(unit: UnitCode, locale: Locale): readonly (readonly FormName[])[] {
  const grammar = GRAMMAR[locale];
  if (unit === "gab.") return grammar.counting.map((form) => [form]);
  if (unit === "pēc garšas") return [grammar.bare];
  return [grammar.afterUnit];
}

/** The unit forms content/i18n must give for `locale` (every form counting can ask for). */
export function unitFormsNeeded(locale: Locale): readonly FormName[] {
  return GRAMMAR[locale].counting;
}

/** Reads the line words of a locale from its UI strings; `missing` lists the keys that are not there. */
export function lineWords(strings: Readonly<Record<string, string>>, locale: Locale): { words: LineWords; missing: string[] } {
  const missing: string[] = [];
  const get = (key: string) => {
    const value = strings[key];
    if (value === undefined) missing.push(key);
    return value ?? "";
  };
  const units = {} as Record<MeasureUnit, WordForms>;
  for (const [unit, key] of Object.entries(UNIT_WORD_KEYS) as [MeasureUnit, string][]) {
    units[unit] = Object.fromEntries(unitFormsNeeded(locale).map((form) => [form, get(`unit.${key}.${form}`)]));
  }
  return { words: { units, toTaste: get("ingredient.toTaste") }, missing };
}

function pick(forms: WordForms, candidates: readonly FormName[], what: string): string {
  for (const form of candidates) {
    const word = forms[form];
    if (word) return word;
  }
  throw new Error(`${what} has no ${candidates.join(" or ")} form`);
}

/** Millilitres from 1000 up become litres; a scaled amount of litres is rounded to 0.1 l. */
export function inLitres(value: number, unit: UnitCode, exact: boolean): [number, UnitCode] {
  if (unit !== "ml" || value < 1000) return [value, unit];
  const litres = value / 1000;
  return [exact ? litres : roundToStep(litres, 0.1), "l"];
}

/**
 * Builds an ingredient line in `locale` from its amount, unit and note and the product's forms. With `exact` the amount
 * is shown as written (the recipe's own servings); otherwise it is rounded to what a cook can measure (scaled servings).
 * Throws when the product lacks a form the line needs (the content check reports that before anything is built).
 */
export function ingredientLine(line: LineInput, product: ProductForms, locale: Locale, words: LineWords, options: { exact?: boolean } = {}): LineText {
  const grammar = GRAMMAR[locale];
  const forms: WordForms = product[locale] ?? {};
  const note = line.note ?? "";
  const withNote = (text: string) => (note ? `${text} (${note})` : text);
  if (line.unit === "pēc garšas" || line.qty === undefined) {
    const name = pick(forms, grammar.bare, "the product");
    return { amount: "", unit: "", name, after: words.toTaste, note, text: withNote(`${name} ${words.toTaste}`) };
  }
  const exact = options.exact ?? false;
  const [value, unit] = inLitres(exact ? line.qty : roundQuantity(line.qty, line.unit), line.unit, exact);
  const amount = METRIC.has(unit) ? formatNumber(value, locale) : formatAmount(value, locale);
  if (unit === "gab.") {
    const name = pick(forms, [grammar.count(value)], "the product");
    return { amount, unit: "", name, after: "", note, text: withNote(`${amount}\u00a0${name}`) };
  }
  const unitWord = pick(words.units[unit as MeasureUnit], [grammar.count(value)], `unit "${unit}"`);
  const name = pick(forms, grammar.afterUnit, "the product");
  return { amount, unit: unitWord, name, after: "", note, text: withNote(`${amount}\u00a0${unitWord} ${name}`) };
}
