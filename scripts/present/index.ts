// The presentation step: page views for the site, book views for the print layer and the open data, from checked content and the kitchen's numbers.
import type { Content, Product } from "../content/load.ts";
import type { ComputedRecipe, ProductUse } from "../kitchen/index.ts";
import { LOCALES } from "../kitchen/vocabulary.ts";
import { apiProducts, apiRecipes, type ApiProduct, type ApiRecipe } from "./api.ts";
import { bookletView, handbookView, notebookView, type PrintView } from "./books.ts";
import { cookbookView } from "./cookbook.ts";
import { courseView, lessonView } from "./course.ts";
import { downloadsView } from "./downloads.ts";
import { editionsFor, type EditionRecord } from "./editions.ts";
import { recipeCard } from "./card.ts";
import { finderView } from "./finder.ts";
import { menuView } from "./menu.ts";
import { menuData, packageStockOf } from "../plan/data.ts";
import type { PlanResult } from "../planner/types.ts";
import { aboutView, chromeFor, homeView, landingView, type LandingView, type PageView } from "./pages.ts";
import { priceList, productListView, productView } from "./product.ts";
import { notebookPage } from "./notebook-links.ts";
import { recipeView, type RecipeImage } from "./recipe.ts";
import { basePathOf, routesFor } from "./routes.ts";
import { searchView } from "./search.ts";
import { absolute } from "./head.ts";
import { webManifest, type WebManifest } from "./manifest.ts";
import { notFoundView, type NotFoundView } from "./not-found.ts";
import { robotsTxt, sitemapEntries, type SitemapEntry } from "./sitemap.ts";

/** The kitchen engine's results for the whole content: every recipe computed, and which recipes use each product. */
export interface Kitchen {
  recipes: Record<string, ComputedRecipe>;
  usage: Record<string, ProductUse[]>;
}

/** A recipe picture's processed files: web sizes (WebP) and one print size, as names inside the picture folders. */
export interface PictureFiles {
  web: { file: string; width: number }[];
  height: number;
  print: string;
}

/** What the site renders: the landing page, every page of both languages, the 404 page, and the files about them. */
export interface SiteViews {
  landing: LandingView;
  pages: PageView[];
  notFound: NotFoundView;
  /** One web manifest per language. */
  manifests: WebManifest[];
  sitemap: SitemapEntry[];
  robots: string;
}

/** Where the sitemap is written, inside the output folder. */
export const SITEMAP_FILE = "sitemap.xml";

export interface Views {
  site: SiteViews;
  books: PrintView[];
  api: { products: ApiProduct[]; recipes: ApiRecipe[] };
}

export interface PresentOptions {
  /** The date printed in the site and the books (YYYY-MM-DD). */
  buildDate: string;
  /** The site's full address, ending with "/"; its path is where every page lives. */
  siteUrl: string;
  /** The printed books' facts (downloads/editions.json): pages, sizes, where each recipe is; none before printing. */
  editions?: readonly EditionRecord[];
  /** The week menu's example plan (the page's first state, planned at build time); without it the page shows none. */
  menuExample?: PlanResult | null;
  /** The lessons' worked examples of a week menu (planned at build time), by lesson slug. */
  lessonPlans?: Readonly<Record<string, PlanResult>>;
}

/** Builds every view; throws only for programming errors (content was checked, recipes computed). */
export async function present(content: Content, kitchen: Kitchen, pictures: Record<string, PictureFiles>, options: PresentOptions): Promise<Views> {
  const routes = routesFor(basePathOf(options.siteUrl));
  const productsById = new Map<string, Product>(content.products.map((product) => [product.id, product]));
  const chromes = LOCALES.map((locale) => chromeFor(content, locale, options.buildDate, routes, options.siteUrl));
  const pages: PageView[] = [];
  const menu = { planner: menuData(content, kitchen), stock: Object.fromEntries(content.packages.map((item) => [item.id, packageStockOf(content, item.id)])), example: options.menuExample ?? null };
  for (const chrome of chromes) {
    const images = new Map(content.recipes.map((recipe) => [recipe.slug, imageOf(pictures[recipe.slug]!, routes.file)]));
    const cards = content.recipes.map((recipe) => recipeCard(chrome, recipe, kitchen.recipes[recipe.slug]!, productsById, images.get(recipe.slug)!));
    const cardsBySlug = new Map(cards.map((card) => [card.slug, card]));
    pages.push(homeView(chrome, cards, content.products));
    pages.push(finderView(chrome, content, kitchen, cards));
    pages.push(menuView(chrome, content, menu));
    pages.push(searchView(chrome));
    pages.push(...content.recipes.map((recipe) => recipeView(chrome, recipe, kitchen.recipes[recipe.slug]!, productsById, images.get(recipe.slug)!, notebookPage(options.editions ?? [], chrome.locale, recipe.slug))));
    pages.push(productListView(chrome, content.products, kitchen.usage));
    pages.push(...content.products.map((product) => productView(chrome, product, kitchen.usage[product.id] ?? [], cardsBySlug)));
    pages.push(courseView(chrome, content));
    pages.push(...content.lessons.map((lesson) => lessonView(chrome, lesson, content.recipes, content.lessons, content, options.lessonPlans?.[lesson.slug])));
    pages.push(aboutView(chrome, content));
    pages.push(cookbookView(chrome, content));
  }
  const books = await Promise.all(
    chromes.flatMap((chrome) =>
      editionsFor([chrome.locale]).map((edition) => {
        if (edition.kind === "handbook") return handbookView(edition, chrome, pages, options.siteUrl, content);
        if (edition.format === "A4-booklet") return bookletView(edition, chrome, options.siteUrl);
        return notebookView(edition, chrome, pages, options.siteUrl, priceList(chrome, content.products, kitchen.usage));
      }),
    ),
  );
  // The downloads pages list the books, so they come after them (the books are made from the other pages).
  for (const chrome of chromes) pages.push(downloadsView(chrome, books, options.editions ?? []));
  const landing = landingView(chromes);
  return {
    site: {
      landing,
      pages,
      notFound: notFoundView(chromes),
      manifests: chromes.map(webManifest),
      sitemap: sitemapEntries([landing.head, ...pages.map((page) => page.head)]),
      // The form editor is a tool for editors, not a page for readers or search engines.
      robots: robotsTxt(absolute(options.siteUrl, routes.file(SITEMAP_FILE)), [routes.file("admin/")]),
    },
    books,
    api: { products: apiProducts(content.products), recipes: apiRecipes(content.recipes, kitchen.recipes) },
  };
}

/** Picture addresses: web files under the site's img/, the print file beside the print HTML (print/img/). */
function imageOf(files: PictureFiles, file: (relative: string) => string): RecipeImage {
  const largest = files.web.at(-1)!;
  return {
    src: file(`img/${largest.file}`),
    srcset: files.web.map((entry) => `${file(`img/${entry.file}`)} ${entry.width}w`).join(", "),
    width: largest.width,
    height: files.height,
    printSrc: `img/${files.print}`,
  };
}
