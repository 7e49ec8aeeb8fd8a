// Which recipes use each product, most grams first: the "what can I cook with this?" lists.
export interface ProductUse {
  slug: string;
  /** Grams of the product in the whole recipe (all servings), summed over lines that repeat the product. */
  grams: number;
}

export interface RecipeIngredientsGrams {
  slug: string;
  ingredients: readonly { product: string; grams: number }[];
}

function byGramsThenSlug(a: ProductUse, b: ProductUse): number {
  if (a.grams !== b.grams) return b.grams - a.grams;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * For each product id, the recipes that use it ranked by grams used (descending, then slug A→Z).
 * Products listed in `productIds` come first, in that order, with [] when no recipe uses them;
 * other used products follow in id order. "pēc garšas" uses (0 g) are listed last.
 */
export function productUsage(recipes: readonly RecipeIngredientsGrams[], productIds: readonly string[] = []): Record<string, ProductUse[]> {
  const uses = new Map<string, Map<string, number>>();
  for (const recipe of recipes) {
    for (const { product, grams } of recipe.ingredients) {
      let bySlug = uses.get(product);
      if (!bySlug) uses.set(product, (bySlug = new Map()));
      bySlug.set(recipe.slug, (bySlug.get(recipe.slug) ?? 0) + grams);
    }
  }
  const others = [...uses.keys()].filter((id) => !productIds.includes(id)).sort();
  const result: Record<string, ProductUse[]> = {};
  for (const id of [...productIds, ...others]) {
    const bySlug = uses.get(id) ?? new Map<string, number>();
    result[id] = [...bySlug].map(([slug, grams]) => ({ slug, grams })).sort(byGramsThenSlug);
  }
  return result;
}
