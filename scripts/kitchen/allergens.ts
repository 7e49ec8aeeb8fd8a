// A recipe's allergens: the union of its products' Annex II allergens (codes in ./vocabulary.ts, names in content/i18n/).
import type { ProductData } from "./types.ts";
import { ALLERGEN_CODES, type AllergenCode } from "./vocabulary.ts";

/** Every allergen of the given products, each once, in Annex II order (not the order found). */
export function allergenUnion(products: Iterable<Pick<ProductData, "allergens">>): AllergenCode[] {
  const found = new Set<AllergenCode>();
  for (const product of products) for (const code of product.allergens) found.add(code);
  return ALLERGEN_CODES.filter((code) => found.has(code));
}
