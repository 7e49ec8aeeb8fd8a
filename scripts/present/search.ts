// The search page: a search field and the results the script (assets/js/search.ts) finds in the Pagefind index of the page's language.
import type { Strings } from "../content/schemas.ts";
import { pageBase, type Chrome, type PageBase } from "./pages.ts";

/** What the search script reads from the page. */
export interface SearchData {
  /** Where the Pagefind bundle is (scripts/site/search.ts writes it). */
  bundle: string;
  /** The site's base path: Pagefind's result addresses are under it. */
  root: string;
  strings: Strings;
}

export interface SearchView extends PageBase {
  kind: "search";
  finderUrl: string;
  data: SearchData;
}

/** The folder of the Pagefind bundle inside the output folder. */
export const SEARCH_BUNDLE = "pagefind";

/** The keys of content/i18n the search script uses. */
const SCRIPT_STRINGS = ["search.searching", "search.count", "search.none", "search.failed"];

export function searchView(chrome: Chrome): SearchView {
  const { locale, t, routes } = chrome;
  return {
    ...pageBase(chrome, "search", routes.search(locale), routes.search(chrome.other), t("search.title"), t("search.intro"), "search"),
    finderUrl: routes.finder(locale),
    data: { bundle: routes.file(`${SEARCH_BUNDLE}/`), root: routes.root, strings: Object.fromEntries(SCRIPT_STRINGS.map((key) => [key, t(key)])) },
  };
}
