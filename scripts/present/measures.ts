// The measures key printed in the books ("1 ēd. k. = 1 ēdamkarote = 15 ml"): unit words from content/i18n, millilitres from the engine.
import { formatNumber, lineWords, VOLUME_ML } from "../kitchen/index.ts";
import type { Locale } from "../kitchen/vocabulary.ts";
import { translator } from "./strings.ts";

/** The kitchen measures the recipes use, in the order of the key. */
const MEASURES = [
  ["glāze", "glass"],
  ["ēdamkarote", "tablespoon"],
  ["tējkarote", "teaspoon"],
  ["šķipsniņa", "pinch"],
] as const;

/** One line per measure, in `locale`: the unit as recipes write it and what it is (the glass as the engine counts it). */
export function measuresKey(strings: Record<string, string>, locale: Locale): string[] {
  const t = translator(strings, locale);
  const { words } = lineWords(strings, locale);
  const one = locale === "lv" ? "nomSg" : "sg";
  return MEASURES.map(([unit, key]) => {
    const ml = unit === "šķipsniņa" ? "" : formatNumber(VOLUME_ML[unit], locale);
    return t(`measures.${key}`, { unit: words.units[unit][one] ?? "", ...(ml ? { ml } : {}) });
  });
}
