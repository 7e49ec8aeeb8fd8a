// Page views shared by every kind of page: chrome (strings, nav, language switch, addresses) and the simple pages.
import type { Content, Product } from "../content/load.ts";
import type { Site, Strings } from "../content/schemas.ts";
import { MEALS, type Locale } from "../kitchen/vocabulary.ts";
import { contactLine } from "./contact.ts";
import { headView, type HeadView } from "./head.ts";
import { renderMarkdown } from "./markdown.ts";
import type { Routes } from "./routes.ts";
import { translator, type Translate } from "./strings.ts";
import type { CookbookView } from "./cookbook.ts";
import type { CourseView, LessonView } from "./course.ts";
import type { DownloadsView } from "./downloads.ts";
import type { ProductListView, ProductView } from "./product.ts";
import type { RecipeView } from "./recipe.ts";
import type { RecipeCard } from "./card.ts";
import type { FinderView } from "./finder.ts";
import type { MenuView } from "./menu.ts";
import type { SearchView } from "./search.ts";

/** What every view of one locale is made with. */
export interface Chrome {
  locale: Locale;
  other: Locale;
  t: Translate;
  strings: Strings;
  site: Site;
  buildDate: string;
  routes: Routes;
  /** The site's full address, ending with "/": for addresses that must be absolute (structured data). */
  siteUrl: string;
}

export function chromeFor(content: Pick<Content, "strings" | "site">, locale: Locale, buildDate: string, routes: Routes, siteUrl: string): Chrome {
  const other = locale === "lv" ? "en" : "lv";
  return { locale, other, t: translator(content.strings[locale], locale), strings: content.strings[locale], site: content.site, buildDate, routes, siteUrl };
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
  /** The downloads page of this language (the footer links to it). */
  downloadsUrl: string;
  /** The search page the header's search field sends its query to. */
  searchUrl: string;
  /** What the search index calls this page ("Recepte"), or "" for a page search leaves out. */
  indexAs: string;
  /** Canonical and language addresses, Open Graph, the page's policy and manifest. */
  head: HeadView;
}

/** The kinds of page the search index holds; every other page is left out of it. */
const INDEXED_KINDS = ["recipe", "product", "lesson"];
/** The kinds of page search engines should leave out: a page of search results is made by the reader's query. */
const NOINDEX_KINDS = ["search"];

export interface HomeView extends PageBase {
  kind: "home";
  groups: CardGroup[];
  aidProducts: { name: string; url: string }[];
  finderUrl: string;
}
/** Recipe cards of one meal, in the order meals are listed. */
export interface CardGroup { meal: string; label: string; cards: RecipeCard[] }
export interface AboutView extends PageBase { kind: "about"; html: string; contact: { title: string; line: string } }
export type PageView = HomeView | RecipeView | ProductView | ProductListView | CourseView | LessonView | AboutView | DownloadsView | FinderView | MenuView | SearchView | CookbookView;

/** Fields every page view shares; `section` marks the current navigation item. */
export function pageBase<K extends string>(chrome: Chrome, kind: K, url: string, alternateUrl: string, title: string, description: string, section: string): PageBase & { kind: K } {
  const { t, routes, locale, site } = chrome;
  const nav = [
    { key: "home", label: t("nav.recipes"), url: routes.home(locale) },
    { key: "finder", label: t("nav.finder"), url: routes.finder(locale) },
    { key: "menu", label: t("nav.menu"), url: routes.menu(locale) },
    { key: "products", label: t("nav.products"), url: routes.products(locale) },
    { key: "course", label: t("nav.course"), url: routes.course(locale) },
    { key: "downloads", label: t("nav.downloads"), url: routes.downloads(locale) },
    { key: "about", label: t("nav.about"), url: routes.about(locale) },
    { key: "cookbook", label: t("nav.cookbook"), url: routes.cookbook(locale) },
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
    downloadsUrl: routes.downloads(locale),
    searchUrl: routes.search(locale),
    indexAs: INDEXED_KINDS.includes(kind) ? t(`search.kind.${kind}`) : "",
    head: headView(routes, chrome.siteUrl, {
      locale,
      urls: { [locale]: url, [chrome.other]: alternateUrl },
      // The home pages' x-default is the language chooser at the site's root; any other page's is its Latvian one.
      ...(kind === "home" ? { xDefault: routes.landing() } : {}),
      title,
      description,
      siteName: site.title[locale],
      index: !NOINDEX_KINDS.includes(kind),
      type: kind === "recipe" ? "article" : "website",
    }),
  };
}

/** Cards grouped by meal, in the order of MEALS; meals without a recipe are left out. */
export function groupByMeal(chrome: Chrome, cards: readonly RecipeCard[]): CardGroup[] {
  return MEALS.map((meal) => ({ meal, label: chrome.t(`meal.${meal}`), cards: cards.filter((card) => card.meal === meal) })).filter((group) => group.cards.length > 0);
}

export function homeView(chrome: Chrome, cards: readonly RecipeCard[], products: readonly Product[]): HomeView {
  const { routes, locale, site } = chrome;
  return {
    ...pageBase(chrome, "home", routes.home(locale), routes.home(chrome.other), site.title[locale], site.tagline[locale], "home"),
    groups: groupByMeal(chrome, cards),
    finderUrl: routes.finder(locale),
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

/** The landing page at the site's root: what the site is, in each language, with the way in and the books. */
export interface LandingView {
  title: string;
  description: string;
  root: string;
  head: HeadView;
  languages: { locale: Locale; title: string; label: string; url: string; tagline: string; description: string; downloads: { label: string; url: string } }[];
}

export function landingView(chromes: readonly Chrome[]): LandingView {
  const [first] = chromes;
  if (!first) throw new Error("no locale to show");
  const { routes, siteUrl } = first;
  const title = chromes.map((chrome) => chrome.site.title[chrome.locale]).join(" · ");
  const description = first.t("landing.description");
  const head = headView(routes, siteUrl, { locale: first.locale, urls: { [first.locale]: routes.landing() }, title, description, siteName: first.site.title[first.locale] });
  // The chooser is the x-default of the home pages in each language: it names them, as they name it.
  const homes = headView(routes, siteUrl, { locale: first.locale, urls: Object.fromEntries(chromes.map((chrome) => [chrome.locale, routes.home(chrome.locale)])), xDefault: routes.landing(), title, description, siteName: "" });
  return {
    title,
    description,
    root: routes.root,
    head: { ...head, languages: homes.languages, og: { ...head.og, alternateLocale: homes.og.alternateLocale } },
    languages: chromes.map(({ locale, t, site, routes }) => ({
      locale,
      title: site.title[locale],
      label: t("language.name"),
      url: routes.home(locale),
      tagline: site.tagline[locale],
      description: t("landing.description"),
      downloads: { label: t("downloads.title"), url: routes.downloads(locale) },
    })),
  };
}
