// The site model: content plus computed kitchen values, shaped per locale for templates, the open data and the books.
import { computeRecipe, productUsage, type ComputedRecipe } from "../kitchen/index.ts";
import type { Content, Product, Recipe } from "../content/load.ts";
import { LOCALES, type Locale, type Site, type Strings } from "../content/schemas.ts";
import { apiProducts, apiRecipes, type ApiProduct, type ApiRecipe } from "./api.ts";
import { aboutView, courseView, homeView, lessonView, productListView, productView, recipeView, type Chrome, type PageView } from "./views.ts";
import { routes } from "./routes.ts";
import type { RecipeImage } from "./images.ts";
import { editionsFor } from "../print/editions.ts";
import { bookletView, handbookView, notebookView, type PrintView } from "../print/view.ts";

export interface SiteModel {
  site: Site;
  buildDate: string;
  locales: readonly Locale[];
  t: Record<Locale, Strings>;
  landing: { title: string; languages: { locale: Locale; label: string; url: string; tagline: string }[] };
  pages: PageView[];
  api: { products: ApiProduct[]; recipes: ApiRecipe[] };
  computed: Record<string, ComputedRecipe>;
  content: Content;
  images: Record<string, RecipeImage>;
  baseUrl: string;
  prints: PrintView[];
}

/** Computes every recipe and builds all page views; throws only for programming errors (content was checked). */
export async function buildModel(content: Content, images: Record<string, RecipeImage>, buildDate: string, baseUrl: string): Promise<SiteModel> {
  const productsById = new Map(content.products.map((product) => [product.id, product]));
  const computed: Record<string, ComputedRecipe> = {};
  for (const recipe of content.recipes) computed[recipe.slug] = computeOrThrow(recipe, productsById);
  const usage = productUsage(Object.values(computed), content.products.map((product) => product.id));

  const pages: PageView[] = [];
  for (const locale of LOCALES) {
    const chrome = chromeFor(content, locale, buildDate);
    const recipes = content.recipes.map((recipe) => recipeView(chrome, recipe, computed[recipe.slug]!, productsById, images[recipe.slug]!));
    pages.push(homeView(chrome, recipes, content.products));
    pages.push(...recipes);
    pages.push(productListView(chrome, content.products, usage));
    pages.push(...content.products.map((product) => productView(chrome, product, usage[product.id] ?? [], content.recipes)));
    pages.push(courseView(chrome, content));
    pages.push(...content.lessons.map((lesson) => lessonView(chrome, lesson, content.recipes)));
    pages.push(aboutView(chrome, content));
  }
  return {
    site: content.site,
    buildDate,
    locales: LOCALES,
    t: content.strings,
    landing: {
      title: `${content.site.title.lv} · ${content.site.title.en}`,
      languages: LOCALES.map((locale) => ({ locale, label: content.strings[locale]["language.name"] ?? locale, url: routes.home(locale), tagline: content.site.tagline[locale] })),
    },
    pages,
    api: { products: apiProducts(content.products), recipes: apiRecipes(content.recipes, computed) },
    computed,
    content,
    images,
    baseUrl,
    prints: await Promise.all(editionsFor(LOCALES).map((edition) => (edition.kind === "handbook" ? handbookView : edition.format === "A4-booklet" ? bookletView : notebookView)(edition, content, pages, buildDate, baseUrl))),
  };
}

function computeOrThrow(recipe: Recipe, products: Map<string, Product>): ComputedRecipe {
  const result = computeRecipe({ slug: recipe.slug, servings: recipe.lv.data.servings, ingredients: recipe.lv.data.ingredients }, products);
  if (!result.ok) throw new Error(`${recipe.lv.file}: ${result.problems.map((problem) => `${problem.field}: ${problem.message}`).join("; ")}`);
  return result.recipe;
}

function chromeFor(content: Content, locale: Locale, buildDate: string): Chrome {
  const other = LOCALES.find((candidate) => candidate !== locale)!;
  return { locale, other, t: content.strings[locale], site: content.site, buildDate };
}
