// How much of a recipe comes from the aid package: which aid products it uses and their share of its weight.
import type { ProductData } from "./types.ts";

export interface Coverage {
  /** Aid-package product ids the recipe uses, each once, in recipe order ("pēc garšas" lines count as used). */
  aidProducts: string[];
  /** Grams from aid products ÷ grams of all ingredients that count in the share; 0…1, 0 when nothing weighs. */
  aidWeightShare: number;
}

/**
 * Which aid products a recipe uses and their share of its weight. Products with `countInAidShare: false` (water: free,
 * neither given nor bought) are left out of the share, so a soup does not look less "from the package" than a thick porridge.
 */
export function aidCoverage(ingredients: readonly { grams: number; product: Pick<ProductData, "id" | "inAidPackage" | "countInAidShare"> }[]): Coverage {
  const aidProducts: string[] = [];
  let aidGrams = 0;
  let countedGrams = 0;
  for (const { grams, product } of ingredients) {
    if (product.inAidPackage && !aidProducts.includes(product.id)) aidProducts.push(product.id);
    if (product.countInAidShare === false) continue;
    countedGrams += grams;
    if (product.inAidPackage) aidGrams += grams;
  }
  return { aidProducts, aidWeightShare: countedGrams > 0 ? aidGrams / countedGrams : 0 };
}
