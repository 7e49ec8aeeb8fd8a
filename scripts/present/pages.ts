// Page views shared by every kind of page: chrome (strings, nav, language switch, addresses) and the simple pages.
import type { Content, Product } from "../content/load.ts";
import type { Site, Strings } from "../content/schemas.ts";
import { MEALS, type Locale } from "../kitchen/vocabulary.ts";
import { contactLine } from "./contact.ts";
import { renderMarkdown } from "./markdown.ts";
import type { Routes } from "./routes.ts";
import { translator, type Translate } from "./strings.ts";
import type { CourseView, LessonView } from "./course.ts";
import type { ProductListView, ProductView } from "./product.ts";
import type { RecipeView } from "./recipe.ts";

/** What every view of one locale is made with. */
export interface Chrome {
  locale: Locale;
  other: Locale;
  t: Translate;
  strings: Strings;
  site: Site;
  buildDate: string;
  routes: Routes;
}

export function chromeFor(content: Pick<Content, "strings" | "site">, locale: Locale, buildDate: string, routes: Routes): Chrome {
  const other = locale === "lv" ? "en" : "lv";
  return { locale, other, t: translator(content.strings[locale], locale), strings: content.strings[locale], site: content.site, buildDate, routes };
}

export interface NavItem { label: string; url: string; current: boolean }

/** What every page has: where it lives, its language twin and the navigation. */
export interface PageBase {
  kind: string;
  locale: Locale;
  url: string;
  /** Where Eleventy writes it, inside the output folder. */
  permalink: string;
  /** The site's base path, for assets: "/" or "/<repository>/". */
  root: string;
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
  const { t, routes, locale, site } = chrome;
  const nav = [
    { key: "home", label: t("nav.recipes"), url: routes.home(locale) },
    { key: "products", label: t("nav.products"), url: routes.products(locale) },
    { key: "course", label: t("nav.course"), url: routes.course(locale) },
    { key: "about", label: t("nav.about"), url: routes.about(locale) },
  ];
  return {
    kind,
    locale,
    url,
    permalink: routes.outputPath(url),
    root: routes.root,
    alternate: { locale: chrome.other, url: alternateUrl, label: t("language.other") },
    title,
    description,
    t: chrome.strings,
    site: { title: site.title[locale], tagline: site.tagline[locale], organisation: site.organisation[locale], licence: site.licence, repository: site.repository },
    nav: nav.map(({ key, label, url: href }) => ({ label, url: href, current: key === section })),
  };
}

export function homeView(chrome: Chrome, recipes: readonly RecipeView[], products: readonly Product[]): HomeView {
  const { t, routes, locale, site } = chrome;
  return {
    ...pageBase(chrome, "home", routes.home(locale), routes.home(chrome.other), site.title[locale], site.tagline[locale], "home"),
    groups: MEALS.map((meal) => ({ meal, label: t(`meal.${meal}`), recipes: recipes.filter((recipe) => recipe.meal.code === meal) })).filter((group) => group.recipes.length > 0),
    aidProducts: products
      .filter((product) => product.inAidPackage)
      .map((product) => ({ name: product.name[locale], url: routes.product(locale, product.id) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
  };
}

export function aboutView(chrome: Chrome, content: Content): AboutView {
  const page = content.pages.about[chrome.locale];
  const { routes, locale } = chrome;
  return {
    ...pageBase(chrome, "about", routes.about(locale), routes.about(chrome.other), page.data.title, page.data.summary ?? chrome.site.tagline[locale], "about"),
    html: renderMarkdown(page.body),
    contact: { title: chrome.t("contact.title"), line: contactLine(chrome.site, chrome.t, locale) },
  };
}

/** The landing page at the site's root: the two languages. */
export interface LandingView {
  title: string;
  root: string;
  languages: { locale: Locale; label: string; url: string; tagline: string }[];
}

export function landingView(chromes: readonly Chrome[]): LandingView {
  const [first] = chromes;
  if (!first) throw new Error("no locale to show");
  return {
    title: chromes.map((chrome) => chrome.site.title[chrome.locale]).join(" · "),
    root: first.routes.root,
    languages: chromes.map((chrome) => ({ locale: chrome.locale, label: chrome.t("language.name"), url: chrome.routes.home(chrome.locale), tagline: chrome.site.tagline[chrome.locale] })),
  };
}
