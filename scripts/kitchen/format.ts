// Locale-aware number, money, percent and time formatting (Intl only), and rounding to a step.
import type { Locale } from "./types.ts";

const formatters = new Map<string, Intl.NumberFormat>();

// Intl.NumberFormat is slow to construct; keep one per locale and options (the options this file uses make the key: building
// it is called for every number a page shows, so it is a plain string, not JSON).
function formatter(locale: Locale, options: Pick<Intl.NumberFormatOptions, "style" | "currency" | "unit" | "unitDisplay" | "minimumFractionDigits" | "maximumFractionDigits">): Intl.NumberFormat {
  const key = `${locale}|${options.style ?? ""}|${options.currency ?? ""}|${options.unit ?? ""}|${options.unitDisplay ?? ""}|${options.minimumFractionDigits ?? ""}|${options.maximumFractionDigits ?? ""}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** Number of decimals a step has: 5 → 0, 0.5 → 1, 0.01 → 2. */
export function decimalsOf(step: number): number {
  const text = String(step);
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * Round half up to a multiple of `step` (0.1, 0.5, 5, 50 …) without binary noise:
 * roundToStep(0.15, 0.1) is 0.2 and roundToStep(1.45, 0.1) is 1.5, as a person would round.
 */
export function roundToStep(value: number, step: number): number {
  const multiples = Math.round(Number((value / step).toPrecision(12)));
  return Number((multiples * step).toFixed(decimalsOf(step)));
}

/** Euros with the locale's currency format: lv "1,25 €" (non-breaking space), en "€1.25". */
export function formatEur(eur: number, locale: Locale): string {
  return formatter(locale, { style: "currency", currency: "EUR" }).format(eur);
}

export interface NumberOptions {
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

/** A plain number in the locale's style: lv decimal comma "1,5", en decimal point "1.5"; at most 2 decimals by default. */
export function formatNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
  const { minimumFractionDigits = 0, maximumFractionDigits = Math.max(2, minimumFractionDigits) } = options;
  return formatter(locale, { minimumFractionDigits, maximumFractionDigits }).format(value);
}

/** A percentage given as 0…100+, rounded to whole percent; above 0 but under 0.5 shows "<1%" rather than "0%". */
export function formatPercent(percent: number, locale: Locale): string {
  const format = formatter(locale, { style: "percent", maximumFractionDigits: 0 });
  if (percent > 0 && percent < 0.5) return `<${format.format(0.01)}`;
  return format.format(percent / 100);
}

/** Minutes as a duration: lv "45 min", "1 st. 15 min"; en "45 min", "1 hr 15 min". */
export function formatMinutes(minutes: number, locale: Locale): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const min = formatter(locale, { style: "unit", unit: "minute", unitDisplay: "short" });
  if (hours === 0) return min.format(rest);
  const hr = formatter(locale, { style: "unit", unit: "hour", unitDisplay: "short" }).format(hours);
  return rest === 0 ? hr : `${hr} ${min.format(rest)}`;
}
