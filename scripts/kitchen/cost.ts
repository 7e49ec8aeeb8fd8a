// Cost of a recipe from its ingredients' grams and the products' pack prices (unrounded euros).
import { roundQuantity, scaleQty } from "./scale.ts";
import type { ProductData, UnitCode } from "./types.ts";

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

/** One ingredient line as the servings scaler prices it: its quantity and cost at the recipe's own servings. */
export interface PricedLine {
  /** Absent for "pēc garšas", which costs nothing. */
  qty?: number | null;
  unit: UnitCode;
  costEur: number;
  fromAidPackage: boolean;
}

/**
 * What the amounts a cook measures for `toServings` cost: each line's cost × (its scaled quantity, rounded as the
 * ingredient list shows it) ÷ its quantity. At the recipe's own servings these are the engine's own figures.
 */
export function scaledCost(lines: readonly PricedLine[], fromServings: number, toServings: number): Omit<RecipeCost, "ingredientsEur"> {
  let totalEur = 0;
  let extraEur = 0;
  for (const line of lines) {
    if (line.qty === undefined || line.qty === null || line.unit === "pēc garšas") continue;
    const shown = fromServings === toServings ? line.qty : roundQuantity(scaleQty(line.qty, fromServings, toServings), line.unit);
    const eur = (line.costEur * shown) / line.qty;
    totalEur += eur;
    if (!line.fromAidPackage) extraEur += eur;
  }
  return { totalEur, perServingEur: totalEur / toServings, extraPerServingEur: extraEur / toServings };
}
