// Site addresses per locale: one place decides every URL, under the site's base path ("/" or "/<repository>/" on a project site).
import type { Locale } from "../kitchen/vocabulary.ts";

const SEGMENTS: Record<Locale, { recipes: string; products: string; course: string; about: string; downloads: string; finder: string; search: string; cookbook: string; menu: string }> = {
  lv: { recipes: "receptes", products: "produkti", course: "kurss", about: "par", downloads: "gramatas", finder: "ko-pagatavot", search: "meklet", cookbook: "pavargramata", menu: "edienkarte" },
  en: { recipes: "recipes", products: "products", course: "course", about: "about", downloads: "books", finder: "what-to-cook", search: "search", cookbook: "cookbook", menu: "week-menu" },
};

/** Every page address of the site, each starting with `root`. */
export type Routes = ReturnType<typeof routesFor>;

/** Addresses under `root`, the path the site is served from (it starts and ends with "/"). */
export function routesFor(root: string) {
  if (!root.startsWith("/") || !root.endsWith("/")) throw new Error(`the site's base path must start and end with "/", not "${root}"`);
  return {
    root,
    landing: () => root,
    home: (locale: Locale) => `${root}${locale}/`,
    recipe: (locale: Locale, slug: string) => `${root}${locale}/${SEGMENTS[locale].recipes}/${slug}/`,
    products: (locale: Locale) => `${root}${locale}/${SEGMENTS[locale].products}/`,
    product: (locale: Locale, id: string) => `${root}${locale}/${SEGMENTS[locale].products}/${id}/`,
    course: (locale: Locale) => `${root}${locale}/${SEGMENTS[locale].course}/`,
    lesson: (locale: Locale, slug: string) => `${root}${locale}/${SEGMENTS[locale].course}/${slug}/`,
    about: (locale: Locale) => `${root}${locale}/${SEGMENTS[locale].about}/`,
    downloads: (locale: Locale) => `${root}${locale}/${SEGMENTS[locale].downloads}/`,
    /** The recipe finder: tick the products you have, filter, see what to cook. */
    finder: (locale: Locale) => `${root}${locale}/${SEGMENTS[locale].finder}/`,
    /** The week menu: a plan of meals from a package or the products at hand, with its shopping list. */
    menu: (locale: Locale) => `${root}${locale}/${SEGMENTS[locale].menu}/`,
    /** Search results (Pagefind) for the query in `?q=`. */
    search: (locale: Locale) => `${root}${locale}/${SEGMENTS[locale].search}/`,
    /** "My cookbook": the reader's own selection of recipes, printed as a booklet from the browser. */
    cookbook: (locale: Locale) => `${root}${locale}/${SEGMENTS[locale].cookbook}/`,
    /** A file of the build (an asset, a picture, a PDF), given by its path inside the output folder. */
    file: (relative: string) => `${root}${relative}`,
    /** The file written for an address: its path inside the output folder (a folder's address is its index.html). */
    outputPath: (url: string) => {
      if (!url.startsWith(root)) throw new Error(`${url} is not under the site's base path ${root}`);
      const relative = url.slice(root.length);
      return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
    },
  };
}

/** The base path of a site URL: "https://example.org/recepsu-burtnica/" → "/recepsu-burtnica/". */
export function basePathOf(siteUrl: string): string {
  const pathname = new URL(siteUrl).pathname;
  return pathname.endsWith("/") ? pathname : `${pathname}/`;
}
