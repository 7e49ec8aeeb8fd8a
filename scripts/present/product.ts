// Product pages: what it is, storage and cooking, price and nutrition per 100 g with sources, recipes that use it.
import { formatEur, formatNumber, formatNutrient, NUTRIENT_KEYS, type ProductUse } from "../kitchen/index.ts";
import type { Product } from "../content/load.ts";
import type { RecipeCard } from "./card.ts";
import { pageBase, type Chrome, type PageBase } from "./pages.ts";

export interface ProductView extends PageBase {
  kind: "product";
  id: string;
  description: string;
  inAid: boolean;
  aidNote: string;
  storage: string;
  cooking: string;
  facts: { label: string; value: string }[];
  nutrition: { label: string; value: string }[];
  nutritionSource: string;
  allergens: string[];
  /** Cards of the recipes that use it, each with how much of the product it takes first among its facts. */
  recipes: RecipeCard[];
}

export interface ProductListView extends PageBase {
  kind: "products";
  aid: { name: string; url: string; countLabel: string }[];
  everyday: { name: string; url: string; countLabel: string }[];
}

export function productView(chrome: Chrome, product: Product, uses: readonly ProductUse[], cards: ReadonlyMap<string, RecipeCard>): ProductView {
  const { locale, t, routes } = chrome;
  const aidNote = product.aidPackage ? t("product.aidConfirmed") : "";
  return {
    ...pageBase(chrome, "product", routes.product(locale, product.id), routes.product(chrome.other, product.id), product.name[locale], product.description[locale], "products"),
    id: product.id,
    description: product.description[locale],
    inAid: product.inAidPackage,
    aidNote,
    storage: product.storage?.[locale] ?? "",
    cooking: product.cooking?.[locale] ?? "",
    facts: [
      { label: t("product.package"), value: `${formatNumber(product.packageGrams, locale)} g` },
      { label: t("product.price"), value: priceLine(chrome, product) },
    ],
    nutrition: NUTRIENT_KEYS.map((key) => ({ label: t(`nutrient.${key}`), value: formatNutrient(key, product.nutrition[key], locale) })),
    nutritionSource: product.nutrition.cite?.[locale] ?? "",
    allergens: product.allergens.map((code) => t(`allergen.${code}`)),
    recipes: uses.map((use) => {
      const card = cards.get(use.slug)!;
      const amount = use.grams > 0 ? `${formatNumber(Math.round(use.grams), locale)} g` : t("product.toTaste");
      return { ...card, facts: [{ label: t("card.inRecipe"), value: amount }, ...card.facts] };
    }),
  };
}

/** A line of the books' price list: a product the recipes measure, its pack and its price with its date and source. */
export interface PriceListLine {
  product: string;
  pack: string;
  price: string;
}

/** The priced products that some recipe measures (not only "to taste"), by name: what every cost in the book is reckoned from. */
export function priceList(chrome: Chrome, products: readonly Product[], usage: Readonly<Record<string, readonly ProductUse[]>>): PriceListLine[] {
  const { locale } = chrome;
  return products
    .filter((product) => product.price.eur > 0 && (usage[product.id] ?? []).some((use) => use.grams > 0))
    .map((product) => ({ product: product.name[locale], pack: `${formatNumber(product.packageGrams, locale)} g`, price: priceLine(chrome, product) }))
    .sort((a, b) => a.product.localeCompare(b.product, locale));
}

/** The price as readers see it: with its date and the short source line in their language, or marked as an estimate; the editors' `source` is never shown. */
function priceLine({ t, locale }: Chrome, product: Product): string {
  const { eur, date, cite, estimate } = product.price;
  const price = formatEur(eur, locale);
  if (estimate) return t("product.priceEstimateValue", { price, date });
  return cite ? t("product.priceValue", { price, date, source: cite[locale] }) : price;
}

export function productListView(chrome: Chrome, products: readonly Product[], usage: Record<string, ProductUse[]>): ProductListView {
  const { locale, t, routes } = chrome;
  const item = (product: Product) => ({ name: product.name[locale], url: routes.product(locale, product.id), countLabel: t("products.recipeCount", { count: usage[product.id]?.length ?? 0 }) });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);
  return {
    ...pageBase(chrome, "products", routes.products(locale), routes.products(chrome.other), t("products.title"), t("products.intro"), "products"),
    aid: products.filter((product) => product.inAidPackage).map(item).sort(byName),
    everyday: products.filter((product) => !product.inAidPackage).map(item).sort(byName),
  };
}
