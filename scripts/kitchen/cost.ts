// Cost of a recipe from its ingredients' grams and the products' pack prices (unrounded euros).
import type { ProductData } from "./types.ts";

/** One ingredient as the cost needs it: how many grams of which product. */
export interface GramsOfProduct {
  grams: number;
  product: Pick<ProductData, "packageGrams" | "price" | "inAidPackage">;
}

export interface RecipeCost {
  /** Cost of each ingredient, in the order given. */
  ingredientsEur: number[];
  totalEur: number;
  perServingEur: number;
  /** What one serving costs in products that are not in the aid package (what a family has to buy). */
  extraPerServingEur: number;
}

/** Cost of `grams` of a product: the share of one pack × the pack's price. */
export function ingredientCostEur(grams: number, product: Pick<ProductData, "packageGrams" | "price">): number {
  return (grams / product.packageGrams) * product.price.eur;
}

/** Total, per-serving and extra (non-aid) per-serving cost; aid products still count in total and per serving. */
export function recipeCost(ingredients: readonly GramsOfProduct[], servings: number): RecipeCost {
  const ingredientsEur = ingredients.map(({ grams, product }) => ingredientCostEur(grams, product));
  let totalEur = 0;
  let extraEur = 0;
  ingredients.forEach(({ product }, index) => {
    const eur = ingredientsEur[index] ?? 0;
    totalEur += eur;
    if (!product.inAidPackage) extraEur += eur;
  });
  return { ingredientsEur, totalEur, perServingEur: totalEur / servings, extraPerServingEur: extraEur / servings };
}
