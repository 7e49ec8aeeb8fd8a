// Page views shared by every kind of page: chrome (strings, nav, language switch) and the simple pages.
import { contactLine } from "./contact.ts";
import type { Content, Product, Recipe } from "../content/load.ts";
import type { Locale, Site, Strings } from "../content/schemas.ts";
import { renderMarkdown } from "./markdown.ts";
import { permalinkOf, routes } from "./routes.ts";
import { translator } from "./strings.ts";
import type { RecipeView } from "./views-recipe.ts";
import type { LessonView, CourseView } from "./views-course.ts";
import type { ProductListView, ProductView } from "./views-product.ts";
export { recipeView } from "./views-recipe.ts";
export { productView, productListView } from "./views-product.ts";
export { courseView, lessonView } from "./views-course.ts";

export interface Chrome {
  locale: Locale;
  other: Locale;
  t: Strings;
  site: Site;
  buildDate: string;
}

export interface NavItem { label: string; url: string; current: boolean }

/** What every page has: where it lives, its language twin and the navigation. */
export interface PageBase {
  kind: string;
  locale: Locale;
  url: string;
  permalink: string;
  alternate: { locale: Locale; url: string; label: string };
  title: string;
  description: string;
  t: Strings;
  site: { title: string; tagline: string; organisation: string; licence: Site["licence"]; repository: string };
  nav: NavItem[];
}

export interface HomeView extends PageBase {
  kind: "home";
  groups: { meal: string; label: string; recipes: RecipeView[] }[];
  aidProducts: { name: string; url: string }[];
}
export interface AboutView extends PageBase { kind: "about"; html: string; contact: { title: string; line: string } }
export type PageView = HomeView | RecipeView | ProductView | ProductListView | CourseView | LessonView | AboutView;

/** Fields every page view shares; `section` marks the current navigation item. */
export function pageBase<K extends string>(chrome: Chrome, kind: K, url: string, alternateUrl: string, title: string, description: string, section: string): PageBase & { kind: K } {
  const t = translator(chrome.t, chrome.locale);
  const nav = [
    { key: "home", label: t("nav.recipes"), url: routes.home(chrome.locale) },
    { key: "products", label: t("nav.products"), url: routes.products(chrome.locale) },
    { key: "course", label: t("nav.course"), url: routes.course(chrome.locale) },
    { key: "about", label: t("nav.about"), url: routes.about(chrome.locale) },
  ];
  return {
    kind,
    locale: chrome.locale,
    url,
    permalink: permalinkOf(url),
    alternate: { locale: chrome.other, url: alternateUrl, label: t("language.other") },
    title,
    description,
    t: chrome.t,
    site: { title: chrome.site.title[chrome.locale], tagline: chrome.site.tagline[chrome.locale], organisation: chrome.site.organisation[chrome.locale], licence: chrome.site.licence, repository: chrome.site.repository },
    nav: nav.map(({ key, label, url: href }) => ({ label, url: href, current: key === section })),
  };
}

const MEAL_ORDER = ["breakfast", "soup", "main", "baking", "dessert", "snack"] as const;

export function homeView(chrome: Chrome, recipes: RecipeView[], products: readonly Product[]): HomeView {
  const t = translator(chrome.t, chrome.locale);
  const url = routes.home(chrome.locale);
  return {
    ...pageBase(chrome, "home", url, routes.home(chrome.other), chrome.site.title[chrome.locale], chrome.site.tagline[chrome.locale], "home"),
    groups: MEAL_ORDER.map((meal) => ({ meal, label: t(`meal.${meal}`), recipes: recipes.filter((recipe) => recipe.meal.code === meal) })).filter((group) => group.recipes.length > 0),
    aidProducts: products
      .filter((product) => product.inAidPackage)
      .map((product) => ({ name: product.name[chrome.locale], url: routes.product(chrome.locale, product.id) }))
      .sort((a, b) => a.name.localeCompare(b.name, chrome.locale)),
  };
}

export function aboutView(chrome: Chrome, content: Content): AboutView {
  const page = content.pages.about[chrome.locale];
  return {
    ...pageBase(chrome, "about", routes.about(chrome.locale), routes.about(chrome.other), page.data.title, page.data.summary ?? chrome.site.tagline[chrome.locale], "about"),
    html: renderMarkdown(page.body),
    contact: { title: chrome.t["contact.title"] ?? "", line: contactLine(chrome.site, chrome.t, chrome.locale) },
  };
}

/** Recipe title and URL in a locale, for lists and links. */
export function recipeLink(recipe: Recipe, locale: Locale): { slug: string; title: string; url: string } {
  return { slug: recipe.slug, title: locale === "lv" ? recipe.lv.data.title : recipe.en.data.title, url: routes.recipe(locale, recipe.slug) };
}
