// How much of a recipe comes from the aid package: which aid products it uses and their share of its weight.
import type { ProductData } from "./types.ts";

/**
 * Product ids left out of the weight share. Water is free and not something one gets or buys, so
 * counting it would make a soup look less "from the package" than the same porridge made thicker.
 */
export const DEFAULT_EXCLUDED_FROM_SHARE: readonly string[] = ["udens"];

export interface Coverage {
  /** Aid-package product ids the recipe uses, each once, in recipe order ("pēc garšas" lines count as used). */
  aidProducts: string[];
  /** Grams from aid products ÷ grams of all ingredients except the excluded ids; 0…1, 0 when nothing weighs. */
  aidWeightShare: number;
}

export function aidCoverage(
  ingredients: readonly { grams: number; product: Pick<ProductData, "id" | "inAidPackage"> }[],
  excludedIds: readonly string[] = DEFAULT_EXCLUDED_FROM_SHARE,
): Coverage {
  const aidProducts: string[] = [];
  let aidGrams = 0;
  let countedGrams = 0;
  for (const { grams, product } of ingredients) {
    if (product.inAidPackage && !aidProducts.includes(product.id)) aidProducts.push(product.id);
    if (excludedIds.includes(product.id)) continue;
    countedGrams += grams;
    if (product.inAidPackage) aidGrams += grams;
  }
  return { aidProducts, aidWeightShare: countedGrams > 0 ? aidGrams / countedGrams : 0 };
}
