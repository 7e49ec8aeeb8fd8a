// sitemap.xml: the full address of every page a search engine should list, under the site's address (SITE_URL, its path included).
import type { SiteViews } from "../present/index.ts";

/** Pages made for one reader's visit (a search, a chosen selection) rather than to be found. */
const UNLISTED = new Set(["search", "cookbook"]);

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The sitemap (https://www.sitemaps.org/protocol.html): the landing page, then every listed page in the order of the views. */
export function sitemapXml(views: SiteViews): string {
  const addresses = [views.landing.canonical, ...views.pages.filter((page) => !UNLISTED.has(page.kind)).map((page) => page.canonical)];
  const entries = addresses.map((address) => `  <url><loc>${escapeXml(address)}</loc></url>\n`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`;
}
