// Internal links of a built site: every page, picture, style and anchor that a page or style sheet points to exists in dist/.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { PDFDocument } from "pdf-lib";

/** Attributes that hold one address, per element. srcset holds several. */
const URL_ATTRIBUTES: Record<string, string[]> = { a: ["href"], link: ["href"], img: ["src", "srcset"], source: ["src", "srcset"], script: ["src"], iframe: ["src"], form: ["action"] };
const OFF_SITE = /^(mailto|tel):/i;

interface Page {
  ids: Set<string>;
  links: string[];
}

/** Every file under `root`, as forward-slash paths relative to it. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")).sort();
}

/**
 * `file: link "…" — why` for every internal address in the HTML and CSS files of `dist` that does not resolve.
 * Addresses under `siteUrl` (canonical links, QR codes) count as internal; other sites are not checked (no network).
 */
export async function brokenLinks(dist: string, siteUrl: string): Promise<string[]> {
  const files = await listFiles(dist);
  const existing = new Set(files);
  const pages = new Map<string, Page>();
  for (const file of files.filter((name) => name.endsWith(".html"))) pages.set(file, readPage(await readFile(path.join(dist, file), "utf8")));
  // A link into a PDF may name a page ("#page=12"): how many pages each PDF has.
  const pdfPages = new Map<string, number>();
  for (const file of files.filter((name) => name.endsWith(".pdf"))) pdfPages.set(file, (await PDFDocument.load(await readFile(path.join(dist, file)), { updateMetadata: false })).getPageCount());
  const problems: string[] = [];
  const check = (from: string, link: string) => {
    const problem = resolve(from, link, siteUrl, existing, pages, pdfPages);
    if (problem) problems.push(`${from}: link "${link}" — ${problem}`);
  };
  for (const [file, page] of pages) for (const link of page.links) check(file, link);
  for (const file of files.filter((name) => name.endsWith(".css"))) {
    const css = await readFile(path.join(dist, file), "utf8");
    for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) check(file, match[1]!);
  }
  return problems;
}

function readPage(html: string): Page {
  const page: Page = { ids: new Set(), links: [] };
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
      const element = node as Element;
      if (element.attribs.id) page.ids.add(element.attribs.id);
      if (element.name === "a" && element.attribs.name) page.ids.add(element.attribs.name);
      for (const attribute of URL_ATTRIBUTES[element.name] ?? []) {
        const value = element.attribs[attribute];
        if (value === undefined) continue;
        if (attribute === "srcset") page.links.push(...value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]!).filter(Boolean));
        else page.links.push(value);
      }
      visit(element.children);
    }
  };
  visit(parseDocument(html).children);
  return page;
}

/** Why `link` from `from` does not resolve, or undefined when it does (or points to another site). */
function resolve(from: string, link: string, siteUrl: string, existing: Set<string>, pages: Map<string, Page>, pdfPages: Map<string, number>): string | undefined {
  if (OFF_SITE.test(link)) return undefined;
  if (link === "#" || link === "") return "points at nothing";
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith("//");
  if (absolute && !/^(https?:)?\/\//i.test(link)) return "is not a web address";
  if (absolute && !new URL(link, siteUrl).href.startsWith(siteUrl)) return undefined;
  const base = new URL(siteUrl);
  const url = new URL(link, new URL(from, base));
  if (!url.pathname.startsWith(base.pathname)) return `points outside the site's folder ${base.pathname}`;
  const target = decodeURIComponent(url.pathname.slice(base.pathname.length));
  const file = target === "" || target.endsWith("/") ? `${target}index.html` : target;
  if (!existing.has(file)) return `no such file in dist/ (${file})`;
  const anchor = url.hash ? decodeURIComponent(url.hash.slice(1)) : "";
  const pdf = pdfPages.get(file);
  if (anchor && pdf !== undefined) {
    const page = /^page=(\d+)$/.exec(anchor)?.[1];
    if (page === undefined) return `"#${anchor}" is not a page of ${file} (#page=N)`;
    return Number(page) >= 1 && Number(page) <= pdf ? undefined : `${file} has no page ${page} (it has ${pdf})`;
  }
  if (anchor && !pages.get(file)?.ids.has(anchor)) return `no element with id "${anchor}" in ${file}`;
  return undefined;
}
