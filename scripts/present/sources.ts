// Where a recipe's prices and nutrition values come from, as short lines in the reader's language: the products' `cite` lines, never the editors' `source` notes.
import type { Product } from "../content/load.ts";
import type { Locale } from "../kitchen/vocabulary.ts";
import type { Chrome } from "./pages.ts";

/** A product's name as it stands inside a sentence (its word forms are lower-case), else its name. */
function inSentence(product: Product, locale: Locale): string {
  const forms = product.forms;
  if (!forms) return product.name[locale];
  return (locale === "lv" ? (forms.lv.nomPl ?? forms.lv.nomSg) : (forms.en.pl ?? forms.en.sg)) ?? product.name[locale];
}

type Sources = { prices: string; nutrition: string };

/** Sources already worded, per page chrome (one language of one build) and list of products: many recipes measure the same products. */
const worded = new WeakMap<Chrome, Map<string, Sources>>();

/** The sources of the products a recipe measures (lines "pēc garšas" count neither in cost nor in nutrition), each named once, in the order of the ingredients. */
export function recipeSources(chrome: Chrome, measured: readonly Product[]): Sources {
  const known = worded.get(chrome) ?? new Map<string, Sources>();
  worded.set(chrome, known);
  const key = measured.map((product) => product.id).join(" ");
  const sources = known.get(key) ?? wordSources(chrome, measured);
  known.set(key, sources);
  return sources;
}

function wordSources({ t, locale }: Chrome, measured: readonly Product[]): Sources {
  const once = (items: readonly string[]) => [...new Set(items)];
  const priced = measured.filter((product) => product.price.eur > 0);
  const cited = mergeCites(once(priced.flatMap((product) => (!product.price.estimate && product.price.cite ? [product.price.cite[locale]] : []))));
  const estimated = once(priced.filter((product) => product.price.estimate).map((product) => inSentence(product, locale)));
  const prices = [...cited, ...(estimated.length > 0 ? [t("recipe.priceEstimates", { products: estimated.join(", ") })] : [])];
  const nutrition = mergeCites(once(measured.flatMap((product) => (product.nutrition.cite ? [product.nutrition.cite[locale]] : []))));
  return {
    prices: prices.length > 0 ? t("recipe.priceSources", { sources: prices.join("; ") }) : "",
    nutrition: nutrition.length > 0 ? t("recipe.nutritionSources", { sources: nutrition.join("; ") }) : "",
  };
}

/**
 * Cites of one publisher named once: "X (a, 2021)" and "X (b, 2023)" become "X (a, 2021; b, 2023)", at the place of the
 * first; a cite without a closing "(…)" stays as it is.
 */
export function mergeCites(cites: readonly string[]): string[] {
  const details = new Map<string, string[]>();
  for (const cite of cites) {
    const match = /^(.+?) \(([^()]+)\)$/.exec(cite);
    const [who, detail] = match ? [match[1]!, match[2]!] : [cite, null];
    const known = details.get(who) ?? [];
    if (detail !== null && !known.includes(detail)) known.push(detail);
    details.set(who, known);
  }
  return [...details].map(([who, list]) => (list.length > 0 ? `${who} (${list.join("; ")})` : who));
}
