// What a built page says in its <head> and where it links, read with htmlparser2: canonical, hreflang, meta tags, and the page's address.
import { parseDocument, DomUtils } from "htmlparser2";
import type { Element } from "domhandler";

export interface PageHead {
  lang: string;
  /** The body's kind-* class ("kind-recipe" → "recipe"), or "" */
  kind: string;
  canonical: string[];
  alternates: { hreflang: string; href: string }[];
  /** Every <meta name> and <meta property> with its contents; http-equiv under its own name. */
  meta: Map<string, string[]>;
  manifest: string | undefined;
  /** Every <a>, with its href, rel and text. */
  links: { href: string; rel: string; text: string }[];
}

export function readHead(html: string): PageHead {
  const document = parseDocument(html);
  const elements = (name: string) => DomUtils.getElementsByTagName(name, document.children, true) as Element[];
  const head: PageHead = { lang: elements("html")[0]?.attribs.lang ?? "", kind: "", canonical: [], alternates: [], meta: new Map(), manifest: undefined, links: [] };
  head.kind = /\bkind-([a-z-]+)/.exec(elements("body")[0]?.attribs.class ?? "")?.[1] ?? "";
  for (const link of elements("link")) {
    const { rel, href = "", hreflang } = link.attribs;
    if (rel === "canonical") head.canonical.push(href);
    if (rel === "alternate" && hreflang) head.alternates.push({ hreflang, href });
    if (rel === "manifest") head.manifest = href;
  }
  for (const meta of elements("meta")) {
    const key = meta.attribs.name ?? meta.attribs.property ?? meta.attribs["http-equiv"];
    if (key) head.meta.set(key, [...(head.meta.get(key) ?? []), meta.attribs.content ?? ""]);
  }
  for (const a of elements("a")) head.links.push({ href: a.attribs.href ?? "", rel: a.attribs.rel ?? "", text: DomUtils.textContent(a).replace(/\s+/g, " ").trim() });
  return head;
}

/** The address a file of dist/ is served at: "lv/par/index.html" → "<siteUrl>lv/par/". */
export function addressOf(siteUrl: string, file: string): string {
  return new URL(file.replace(/(^|\/)index\.html$/, "$1"), siteUrl).href;
}
