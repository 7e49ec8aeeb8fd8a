// The 404 page at the site's root: served for any missing address (GitHub Pages does so under a path too), so it speaks both languages.
import type { Locale } from "../kitchen/vocabulary.ts";
import { headView, type HeadView } from "./head.ts";
import type { Chrome } from "./pages.ts";

export interface NotFoundView {
  title: string;
  root: string;
  head: HeadView;
  languages: {
    locale: Locale;
    site: string;
    heading: string;
    text: string;
    search: { action: string; label: string; button: string };
    nextTitle: string;
    links: { label: string; url: string }[];
  }[];
}

/** Where the page is written, inside the output folder. */
export const NOT_FOUND_FILE = "404.html";

export function notFoundView(chromes: readonly Chrome[]): NotFoundView {
  const [first] = chromes;
  if (!first) throw new Error("no locale to show");
  const title = chromes.map((chrome) => chrome.t("notFound.title")).join(" · ");
  const description = first.t("notFound.text");
  return {
    title,
    root: first.routes.root,
    head: headView(first.routes, first.siteUrl, { locale: first.locale, urls: {}, title, description, siteName: first.site.title[first.locale], index: false }),
    languages: chromes.map(({ locale, t, site, routes }) => ({
      locale,
      site: site.title[locale],
      heading: t("notFound.title"),
      text: t("notFound.text"),
      search: { action: routes.search(locale), label: t("search.label"), button: t("search.button") },
      nextTitle: t("notFound.next"),
      links: [
        { label: t("nav.recipes"), url: routes.home(locale) },
        { label: t("nav.finder"), url: routes.finder(locale) },
        { label: t("nav.downloads"), url: routes.downloads(locale) },
      ],
    })),
  };
}
