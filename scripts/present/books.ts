// Book views: what each book contains, in reading order, built from the same page views as the site.
import type { Content } from "../content/load.ts";
import { MEALS, type Locale } from "../kitchen/vocabulary.ts";
import type { LessonView } from "./course.ts";
import { kitPart, type KitPart, type LessonCopies } from "./kit.ts";
import { contactLine } from "./contact.ts";
import { measuresKey } from "./measures.ts";
import { pageBoxCss, type Edition } from "./editions.ts";
import { renderMarkdown } from "./markdown.ts";
import { notebookAnchor } from "./notebook-links.ts";
import type { Chrome, PageView } from "./pages.ts";
import { runningHeaders } from "./print-css.ts";
import type { PriceListLine, ProductView } from "./product.ts";
import type { RecipeView } from "./recipe.ts";
import { qrSvg } from "./qr.ts";

interface Ref { title: string; anchor: string }

interface PrintBase {
  edition: Edition;
  locale: Locale;
  title: string;
  subtitle: string;
  organisation: string;
  date: string;
  languageName: string;
  stylesheet: string;
  /** The `@page` size and margins (before the cover's `:first` rule, which it would otherwise beat). */
  pageBoxCss: string;
  pageCss: string;
  qrSvg: string;
  onlineUrl: string;
  imprint: { licence: string; licenceUrl: string; partners: string[]; funding: string; project: string; madeWith: string; builtOn: string; contact: string };
  t: Record<string, string>;
  keywords: string[];
}

export interface NotebookPrint extends PrintBase {
  book: "notebook";
  contents: { label: string; recipes: Ref[] }[];
  /**
   * Each recipe; the first of a meal group carries the group's name as its chapter heading, on a page without the
   * running head (which would repeat it). In the large print each recipe is a spread that starts on a left-hand page.
   */
  recipes: (RecipeView & { anchor: string; pageName: string; chapter: string })[];
  spreads: boolean;
  /** One line per aid product: the recipes that use it, in book order (so their pages come out sorted). */
  index: { product: string; recipes: Ref[] }[];
  /** The measures key of "How to read the recipes" and the back cover. */
  measures: string[];
  /** The prices every recipe cost is reckoned from, with their dates and sources, after the index. */
  prices: PriceListLine[];
}

export interface HandbookPrint extends PrintBase {
  book: "handbook";
  introTitle: string;
  introHtml: string;
  contents: Ref[];
  /** Each lesson plan, with where its masters and its recipes (both notebooks, and its card) are. */
  lessons: (LessonView & LessonCopies & { anchor: string; pageName: string })[];
  /** The masters to photocopy, each starting on a right-hand page. */
  kit: KitPart;
}

/** The first sheet of the A4 booklet: how to print and fold it. */
export interface BookletPrint extends PrintBase {
  book: "booklet";
  steps: string[];
}

export type PrintView = NotebookPrint | HandbookPrint | BookletPrint;

const STYLESHEETS: Record<Edition["format"], string> = { A5: "print-a5.css", "A4-booklet": "print-booklet.css", "A4-large": "print-large.css", A4: "print-a4.css" };

/** Everything every book has: cover, imprint, QR code to the online version (`siteUrl` is the site's full address). */
async function printBase(edition: Edition, chrome: Chrome, siteUrl: string, pageHeaders: { name: string; label: string }[]): Promise<PrintBase> {
  const { locale, t, site, buildDate } = chrome;
  const onlineUrl = new URL(chrome.routes.home(locale), siteUrl).href;
  return {
    edition,
    locale,
    title: edition.kind === "notebook" ? site.title[locale] : t("print.handbookTitle"),
    subtitle: site.tagline[locale],
    organisation: site.organisation[locale],
    date: buildDate,
    languageName: t("language.name"),
    stylesheet: STYLESHEETS[edition.format],
    pageBoxCss: pageBoxCss(edition),
    pageCss: runningHeaders(pageHeaders),
    qrSvg: await qrSvg(onlineUrl),
    onlineUrl,
    imprint: {
      licence: site.licence.name,
      licenceUrl: site.licence.url,
      partners: site.partners.map((partner) => (partner.country ? `${partner.name[locale]} (${partner.country[locale]})` : partner.name[locale])),
      funding: site.funding[locale],
      project: site.project[locale],
      madeWith: t("print.madeWith", { group: site.supportGroup[locale] }),
      builtOn: t("print.builtOn", { date: buildDate }),
      contact: contactLine(site, chrome.t, locale),
    },
    t: chrome.strings,
    keywords: t("print.keywords").split(",").map((word) => word.trim()),
  };
}

/** The notebook of one locale: cover, imprint, contents by meal, one recipe per page, the "what to cook with…" index and the price list. */
export async function notebookView(edition: Edition, chrome: Chrome, pages: readonly PageView[], siteUrl: string, prices: PriceListLine[]): Promise<NotebookPrint> {
  const { locale } = edition;
  const recipePages = pages.filter((page): page is RecipeView => page.kind === "recipe" && page.locale === locale);
  const groups = MEALS.map((meal) => ({ meal, label: chrome.t(`meal.${meal}`), pageName: `meal-${meal}`, recipes: recipePages.filter((recipe) => recipe.meal.code === meal) })).filter((group) => group.recipes.length > 0);
  const recipes = groups.flatMap((group) => group.recipes.map((recipe, index) => ({ ...recipe, anchor: notebookAnchor(recipe.slug), pageName: index === 0 ? "chapter" : group.pageName, chapter: index === 0 ? group.label : "" })));
  const bookOrder = new Map(recipes.map((recipe, index) => [recipe.slug, index]));
  const index = pages
    .filter((page): page is ProductView => page.kind === "product" && page.locale === locale && page.inAid && page.recipes.length > 0)
    .map((page) => ({ product: page.title, recipes: [...page.recipes].sort((a, b) => bookOrder.get(a.slug)! - bookOrder.get(b.slug)!).map((recipe) => ({ title: recipe.title, anchor: notebookAnchor(recipe.slug) })) }))
    .sort((a, b) => a.product.localeCompare(b.product, locale));
  const base = await printBase(edition, chrome, siteUrl, groups.map((group) => ({ name: group.pageName, label: group.label })));
  return {
    ...base,
    book: "notebook",
    keywords: [...base.keywords, ...index.map((entry) => entry.product)],
    contents: groups.map((group) => ({ label: group.label, recipes: group.recipes.map((recipe) => ({ title: recipe.title, anchor: notebookAnchor(recipe.slug) })) })),
    recipes,
    spreads: edition.format === "A4-large",
    index,
    measures: measuresKey(chrome.strings, locale),
    prices,
  };
}

/**
 * The course handbook of one locale: introduction, the lesson plans, then the part with everything to photocopy (each
 * lesson's forms, recipe cards, handout and feedback form). Its page references name both notebooks of its language.
 */
export async function handbookView(edition: Edition, chrome: Chrome, pages: readonly PageView[], siteUrl: string, content: Content): Promise<HandbookPrint> {
  const { locale } = edition;
  const lessonViews = pages.filter((page): page is LessonView => page.kind === "lesson" && page.locale === locale);
  const recipes = new Map(pages.filter((page): page is RecipeView => page.kind === "recipe" && page.locale === locale).map((recipe) => [recipe.slug, recipe]));
  const { part, copies } = kitPart(chrome, lessonViews, content, recipes);
  const lessons = lessonViews.map((lesson) => ({ ...lesson, ...copies.get(lesson.number)!, anchor: `lesson-${lesson.number}`, pageName: `lesson-${lesson.number}` }));
  const intro = content.pages.course[locale];
  const base = await printBase(edition, chrome, siteUrl, lessons.map((lesson) => ({ name: lesson.pageName, label: lesson.title })));
  return {
    ...base,
    book: "handbook",
    introTitle: intro.data.title,
    introHtml: renderMarkdown(intro.body),
    contents: lessons.map((lesson) => ({ title: lesson.title, anchor: lesson.anchor })),
    lessons,
    kit: part,
  };
}

/** The printing instructions that open the A4 booklet. */
export async function bookletView(edition: Edition, chrome: Chrome, siteUrl: string): Promise<BookletPrint> {
  const base = await printBase(edition, chrome, siteUrl, []);
  const steps = Object.keys(chrome.strings).filter((key) => /^booklet\.step\d+$/.test(key)).sort((a, b) => Number(a.slice(12)) - Number(b.slice(12)));
  return { ...base, book: "booklet", steps: steps.map((key) => chrome.t(key)) };
}
