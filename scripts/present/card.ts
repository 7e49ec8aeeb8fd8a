// Recipe cards for lists (home page, finder, product pages): picture, title, summary, time, equipment, extra cost per serving and the aid products used.
import type { Product, Recipe } from "../content/load.ts";
import { formatEur, formatMinutes, type ComputedRecipe } from "../kitchen/index.ts";
import type { Locale } from "../kitchen/vocabulary.ts";
import type { Chrome } from "./pages.ts";
import type { RecipeImage } from "./recipe.ts";

export interface RecipeCard {
  slug: string;
  meal: string;
  title: string;
  url: string;
  summary: string;
  image: Omit<RecipeImage, "printSrc">;
  /** Time, equipment and extra cost per serving, each with its label. */
  facts: { label: string; value: string }[];
  /** The aid-package products it uses, as a list inside a sentence ("griķi, piena pulveris"); "" when none. */
  aidProducts: string;
}

/** A product name as a word inside a sentence or list: "Piena pulveris" → "piena pulveris" (product names are common nouns). */
export function nameInText(name: string, locale: Locale): string {
  return name.charAt(0).toLocaleLowerCase(locale) + name.slice(1);
}

export function recipeCard(chrome: Chrome, recipe: Recipe, computed: ComputedRecipe, products: ReadonlyMap<string, Product>, image: RecipeImage): RecipeCard {
  const { locale, t, routes } = chrome;
  const { time, equipment, meal } = recipe.data;
  const { printSrc: _print, ...web } = image;
  return {
    slug: recipe.slug,
    meal,
    title: recipe.text[locale].title,
    url: routes.recipe(locale, recipe.slug),
    summary: recipe.text[locale].summary,
    image: web,
    facts: [
      { label: t("recipe.time"), value: formatMinutes(time.prep + time.cook, locale) },
      { label: t("recipe.equipment"), value: equipment.map((item) => t(`equipment.${item}`)).join(", ") },
      { label: t("card.extra"), value: formatEur(computed.cost.extraPerServingEur, locale) },
    ],
    aidProducts: computed.coverage.aidProducts.map((id) => nameInText(products.get(id)!.name[locale], locale)).join(", "),
  };
}
