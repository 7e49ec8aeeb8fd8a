// Warns when a product's stated energy is far from the EU-factor energy of its own macronutrients.
import { euFactorEnergy, relativeDifference } from "../kitchen/energy.ts";
import type { ContentIssue } from "./issues.ts";
import type { ProductFile } from "./schemas.ts";

/** Stated energy may differ this much (as a share) from the Annex XIV energy before the check warns. */
export const ENERGY_TOLERANCE = 0.1;

/**
 * One warning per energy field that differs from fat × 37 + carbohydrate × 17 + protein × 17 + fibre × 8 kJ
 * (9, 4, 4, 2 kcal) by more than ENERGY_TOLERANCE, unless `nutrition.energyNote` says why.
 */
export function energyWarnings(product: ProductFile, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): ContentIssue[] {
  const { nutrition } = product;
  if (nutrition.energyNote) return [];
  const expected = euFactorEnergy(nutrition);
  const round = (value: number) => String(Math.round(value));
  const suggestion = `${round(expected.energyKj)} kJ / ${round(expected.energyKcal)} kcal`;
  const warnings: ContentIssue[] = [];
  for (const [key, unit] of [["energyKj", "kJ"], ["energyKcal", "kcal"]] as const) {
    const difference = relativeDifference(nutrition[key], expected[key]);
    if (Math.abs(difference) <= ENERGY_TOLERANCE) continue;
    const stated = `${round(nutrition[key])} ${unit}`;
    const gap = Number.isFinite(difference)
      ? `is ${Math.round(Math.abs(difference) * 100)} % ${difference < 0 ? "lower" : "higher"} than ${round(expected[key])} ${unit}, the energy of its own fat, carbohydrate, protein and fibre`
      : "is given, but its own fat, carbohydrate, protein and fibre carry no energy";
    warnings.push({
      file,
      line: lineOf(["nutrition", key]),
      field: `nutrition.${key}`,
      message: `${stated} ${gap} by the EU factors (Regulation 1169/2011 Annex XIV) — use ${suggestion}, or say why in nutrition.energyNote`,
    });
  }
  return warnings;
}
