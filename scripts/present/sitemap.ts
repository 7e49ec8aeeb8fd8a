// The sitemap: every page search engines may index, with its addresses in the other languages. https://www.sitemaps.org/protocol.html
import type { HeadView, LanguageLink } from "./head.ts";

export interface SitemapEntry { loc: string; languages: LanguageLink[] }

/** One entry per page that has a canonical address and may be indexed, in the order given (the build's, which is stable). */
export function sitemapEntries(heads: readonly HeadView[]): SitemapEntry[] {
  return heads.filter((head) => head.index && head.canonical !== "").map((head) => ({ loc: head.canonical, languages: head.languages }));
}

/**
 * robots.txt: everything may be crawled but the paths in `disallowed` (addresses from the host's root, as robots.txt rules are);
 * the sitemap's absolute address. https://www.rfc-editor.org/rfc/rfc9309
 */
export function robotsTxt(sitemapUrl: string, disallowed: readonly string[]): string {
  return `User-agent: *\n${disallowed.map((rule) => `Disallow: ${rule}\n`).join("")}Allow: /\n\nSitemap: ${sitemapUrl}\n`;
}
