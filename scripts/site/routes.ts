// Site addresses per locale: one place decides every URL.
import type { Locale } from "../content/schemas.ts";

const SEGMENTS: Record<Locale, { recipes: string; products: string; course: string; about: string }> = {
  lv: { recipes: "receptes", products: "produkti", course: "kurss", about: "par" },
  en: { recipes: "recipes", products: "products", course: "course", about: "about" },
};

export const routes = {
  home: (locale: Locale) => `/${locale}/`,
  recipe: (locale: Locale, slug: string) => `/${locale}/${SEGMENTS[locale].recipes}/${slug}/`,
  products: (locale: Locale) => `/${locale}/${SEGMENTS[locale].products}/`,
  product: (locale: Locale, id: string) => `/${locale}/${SEGMENTS[locale].products}/${id}/`,
  course: (locale: Locale) => `/${locale}/${SEGMENTS[locale].course}/`,
  lesson: (locale: Locale, slug: string) => `/${locale}/${SEGMENTS[locale].course}/${slug}/`,
  about: (locale: Locale) => `/${locale}/${SEGMENTS[locale].about}/`,
};

/** The file Eleventy writes for a URL ending in a slash. */
export function permalinkOf(url: string): string {
  return `${url}index.html`;
}
