// The "my cookbook" page view: the reader's chosen recipes, kept in the page address and the browser, printed as a booklet.
import type { Content } from "../content/load.ts";
import { pageBase, type Chrome, type PageBase } from "./pages.ts";
import { recipeLink } from "./recipe.ts";

/** Words the page's script (assets/js/cookbook.ts) shows, with their {slots} unfilled. */
const SCRIPT_WORDS = ["cookbook.removeOne", "cookbook.made", "cookbook.failed", "cookbook.loading"] as const;
export type CookbookWords = Record<(typeof SCRIPT_WORDS)[number], string>;

/** What the page's script needs: every recipe of the language by slug, and its words. */
export interface CookbookData {
  recipes: { slug: string; title: string; url: string }[];
  words: CookbookWords;
}

export interface CookbookView extends PageBase {
  kind: "cookbook";
  /** Where to find recipes to add: the recipe list. */
  recipesUrl: string;
  data: CookbookData;
}

export function cookbookView(chrome: Chrome, content: Content): CookbookView {
  const { t, routes, locale } = chrome;
  const recipes = content.recipes.map((recipe) => recipeLink(recipe, locale, routes)).sort((a, b) => a.title.localeCompare(b.title, locale));
  return {
    ...pageBase(chrome, "cookbook", routes.cookbook(locale), routes.cookbook(chrome.other), t("cookbook.title"), t("cookbook.description"), "cookbook"),
    recipesUrl: routes.home(locale),
    data: { recipes, words: Object.fromEntries(SCRIPT_WORDS.map((key) => [key, t(key)])) as CookbookWords },
  };
}
