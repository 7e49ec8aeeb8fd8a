// What a page tells browsers, search engines and link previews about itself: canonical and language addresses, Open Graph, policy.
import { LOCALES, type Locale } from "../kitchen/vocabulary.ts";
import { preloadedFonts } from "./fonts.ts";
import type { Routes } from "./routes.ts";

/** The PNG sizes made from assets/icons/icon.svg (scripts/site/assets.ts), for the web manifest and link previews. */
export const ICON_SIZES = [192, 512] as const;

/** The PNG icon of one size, inside the output folder. */
export function iconFile(size: number): string {
  return `assets/icons/icon-${size}.png`;
}


/** The picture a link preview shows for a page without one of its own: the largest PNG icon. */
const SHARE_ICON_SIZE = 512;

/** Open Graph's name for each site language. https://ogp.me/#optional */
const OG_LOCALES: Record<Locale, string> = { lv: "lv_LV", en: "en_GB" };

/**
 * The Content-Security-Policy of every site page (a meta tag; /admin/ has its own, scripts/cms/admin.ts): files of this site only.
 * 'wasm-unsafe-eval': Pagefind compiles its WebAssembly search engine (its worker is a file of the site, pagefind/pagefind-worker.js).
 * JSON and JSON-LD blocks are data, not scripts, so no inline script or style is allowed.
 * frame-ancestors and report-uri do not work in a meta tag, so they are not here.
 */
export const SITE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** A page's address in another language, for `<link rel="alternate" hreflang>` and the sitemap. */
export interface LanguageLink { hreflang: string; href: string }

export interface HeadView {
  /** The page's own absolute address; empty for a page that has none of its own (the 404 page, served at any address). */
  canonical: string;
  /** Absolute addresses of the page in each language and the x-default; empty when the page is in one language only. */
  languages: LanguageLink[];
  /** false: a page search engines should leave out (search results, the 404 page); it is not in the sitemap either. */
  index: boolean;
  og: { type: "website" | "article"; title: string; description: string; siteName: string; locale: string; alternateLocale: string[]; image: { url: string; width: number; height: number; alt: string } };
  csp: string;
  /** The web manifest of the page's language. */
  manifest: string;
  themeColor: string;
  /** Font files to preload: those the page's first screen is drawn with, so they arrive with the stylesheets instead of after them. */
  fonts: string[];
}

/** The colour of the header (assets/css/site.css --accent), which phones paint their address bar with. */
export const THEME_COLOR = "#8a3b12";

/** An address of the site (from routes, under its base path) as an absolute URL of `siteUrl`. */
export function absolute(siteUrl: string, url: string): string {
  return new URL(url, siteUrl).href;
}

export interface HeadInput {
  locale: Locale;
  /** The page's address in each language (from routes); one entry for a page in one language. */
  urls: Partial<Record<Locale, string>>;
  /** Where x-default points: the language chooser for the home pages, else the Latvian page. */
  xDefault?: string;
  title: string;
  description: string;
  siteName: string;
  index?: boolean;
  type?: "website" | "article";
}

/** The head of a page of the site in `locale`. */
export function headView(routes: Routes, siteUrl: string, input: HeadInput): HeadView {
  const own = input.urls[input.locale];
  // In the site's order of languages on every page, so each page lists its alternates the same way.
  const locales = LOCALES.filter((locale) => input.urls[locale] !== undefined);
  const index = input.index ?? true;
  const languages =
    own && locales.length > 1
      ? [...locales.map((locale) => ({ hreflang: locale, href: absolute(siteUrl, input.urls[locale]!) })), { hreflang: "x-default", href: absolute(siteUrl, input.xDefault ?? input.urls.lv ?? own) }]
      : [];
  return {
    canonical: own && index ? absolute(siteUrl, own) : "",
    languages: index ? languages : [],
    index,
    og: {
      type: input.type ?? "website",
      title: input.title,
      description: input.description,
      siteName: input.siteName,
      locale: OG_LOCALES[input.locale],
      alternateLocale: locales.filter((locale) => locale !== input.locale).map((locale) => OG_LOCALES[locale]),
      image: { url: absolute(siteUrl, routes.file(iconFile(SHARE_ICON_SIZE))), width: SHARE_ICON_SIZE, height: SHARE_ICON_SIZE, alt: input.siteName },
    },
    csp: SITE_CSP,
    manifest: manifestPath(routes, input.locale),
    themeColor: THEME_COLOR,
    fonts: preloadedFonts(input.locale).map((file) => routes.file(`assets/fonts/files/${file}`)),
  };
}

/** Where the web manifest of a language is written, as an address (scripts/site/configure.ts writes it). */
export function manifestPath(routes: Routes, locale: Locale): string {
  return `${routes.home(locale)}manifest.webmanifest`;
}
