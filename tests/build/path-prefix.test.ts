// The site under a path, as a GitHub Pages project site serves it (https://<owner>.github.io/<repo>/): the fixture built with
// SITE_URL=https://example.org/recepsu-burtnica/ and served under /recepsu-burtnica/ only, so an address that forgets the path is a 404.
// The books are not printed again: the shared fixture build's PDFs are kept (a site-only build), and the print HTML is written
// from the build's own book views, whose QR codes are compared with the code of the address they must open.
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "puppeteer";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../scripts/build.ts";
import type { Views } from "../../scripts/present/index.ts";
import { qrSvg } from "../../scripts/present/qr.ts";
import { launchBrowser } from "../../scripts/print/browser.ts";
import { writeBookHtml } from "../../scripts/print/html.ts";
import { projectRoot } from "../helpers/fixture.ts";
import { sharedBuilds } from "../helpers/builds.ts";
import { serve } from "../helpers/serve.ts";
import { brokenLinks, listFiles } from "../gates/links.ts";

const SITE = "https://example.org/recepsu-burtnica/";
const BASE = "/recepsu-burtnica/";

let work = "";
let dist = "";
let printed = "";
let views: Views;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  const shared = sharedBuilds();
  work = await mkdtemp(path.join(tmpdir(), "burtnica-prefix-"));
  dist = path.join(work, "dist");
  printed = path.join(work, "books");
  // The fixture's books as the shared build printed them: a site-only build keeps them and links to them.
  await cp(path.join(shared.fixture, "downloads"), path.join(dist, "downloads"), { recursive: true });
  views = await build({ root: projectRoot, contentRoot: shared.fixtureContent, outDir: dist, siteUrl: SITE, pdf: false });
  await writeBookHtml(projectRoot, printed, views.books);
  server = await serve(dist, {}, BASE);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

/** The served address of a site address: "https://example.org/recepsu-burtnica/lv/" or "/recepsu-burtnica/lv/" → the loopback server's. */
const served = (address: string) => {
  const url = new URL(address, SITE);
  return `${server.url}${url.pathname}${url.search}`;
};

/** The HTTP status the server answers for a site address. */
async function statusOf(address: string): Promise<number> {
  return (await fetch(served(address))).status;
}

/** The JSON blocks of a page: structured data (ld+json) and the data the page's scripts read (search, finder, scaler, cookbook). */
function jsonBlocks(html: string): { kind: string; data: unknown }[] {
  return [...html.matchAll(/<script type="application\/(ld\+json|json)"(?: id="([^"]+)")?>([^<]*)<\/script>/g)].map((match) => ({ kind: match[2] ?? match[1]!, data: JSON.parse(match[3]!) as unknown }));
}

/** Every string in a JSON value that is an address on this site (absolute under SITE, or a path from the server's root), with its key. */
function addressesIn(value: unknown, key = ""): { key: string; address: string }[] {
  if (typeof value === "string") return value.startsWith("/") || value.startsWith("https://example.org") ? [{ key, address: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item) => addressesIn(item, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([name, item]) => addressesIn(item, name));
  return [];
}

/** Opens a served site address in Chromium, recording every failed request, error response, console error and script error. */
async function openWatched(address: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("requestfailed", (request) => void problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => void (response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`)));
  page.on("console", (message) => void (message.type() === "error" && problems.push(`console: ${message.text()}`)));
  page.on("pageerror", (error) => void problems.push(`script: ${String(error)}`));
  await page.setViewport({ width: 390, height: 800 });
  await page.goto(served(address), { waitUntil: "networkidle0" });
  return { page, problems };
}

describe("the site under a path (GitHub Pages project site)", () => {
  it("should resolve every link, style sheet, script, picture, font and PDF download of every page under the path", async () => {
    const html = (await listFiles(dist)).filter((file) => file.endsWith(".html"));
    expect(html.length).toBeGreaterThan(30);
    expect(await brokenLinks(dist, SITE)).toEqual([]);
    // The links the check followed include the books and the search bundle's pages, each under the path.
    const downloads = await readFile(path.join(dist, "lv", "gramatas", "index.html"), "utf8");
    expect(downloads).toContain(`href="${BASE}downloads/recepsu-burtnica-lv-a5.pdf"`);
    expect(await statusOf(`${BASE}downloads/recepsu-burtnica-lv-a5.pdf`)).toBe(200);
    expect(await statusOf("/downloads/recepsu-burtnica-lv-a5.pdf"), "the server answers only under the path").toBe(404);
  });

  it("should put every address in structured data and in the pages' script data under the path, and each should resolve", async () => {
    const seen = new Map<string, string>();
    for (const file of (await listFiles(dist)).filter((name) => name.endsWith(".html") && !name.startsWith("print/"))) {
      for (const block of jsonBlocks(await readFile(path.join(dist, file), "utf8"))) {
        for (const { key, address } of addressesIn(block.data)) seen.set(`${block.kind} ${key} ${address}`, file);
      }
    }
    const kinds = new Set([...seen.keys()].map((entry) => entry.split(" ")[0]));
    expect([...kinds].sort()).toEqual(["cookbook-data", "ld+json", "menu-data", "search-data"]);
    const problems: string[] = [];
    for (const [entry, file] of seen) {
      const [kind, key, address] = entry.split(" ") as [string, string, string];
      if (!new URL(address, SITE).href.startsWith(SITE)) problems.push(`${file}: ${kind} ${key} "${address}" is not under ${SITE}`);
      // Pagefind's bundle is a folder: its script is what the page loads.
      const file_ = key === "bundle" ? `${address}pagefind.js` : address;
      // schema.org ids name a part of a page ("#recipe"); the page is what must exist.
      const status = await statusOf(file_.split("#")[0]!);
      if (status !== 200) problems.push(`${file}: ${kind} ${key} "${address}" answers ${status}`);
    }
    expect(problems).toEqual([]);
  });

  it("should print the online address with its path in the books: QR codes, cover, imprint and back cover", async () => {
    expect(views.books.length).toBe(8);
    for (const book of views.books) {
      const home = `${SITE}${book.locale}/`;
      expect(book.onlineUrl, book.edition.html).toBe(home);
      // The QR code is the code of exactly this address (the same function, the same bytes for the same address).
      expect(book.qrSvg, book.edition.html).toBe(await qrSvg(home));
      // The booklet's own HTML is its sheet of instructions; its pages are the A5 notebook's.
      if (book.edition.format === "A4-booklet") continue;
      const html = await readFile(path.join(printed, book.edition.html), "utf8");
      expect(html, book.edition.html).toContain(book.qrSvg);
      expect(html, book.edition.html).toContain(home);
      expect(html, book.edition.html).not.toMatch(/https:\/\/example\.org\/(lv|en)\//);
    }
  });

  it("should give every page a canonical address and language alternates under the path, and list them in sitemap.xml", async () => {
    const pages = (await listFiles(dist)).filter((file) => file.endsWith(".html") && !file.startsWith("admin/"));
    for (const file of pages) {
      const html = await readFile(path.join(dist, file), "utf8");
      const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
      // Pages kept out of search engines (the search pages, 404) have no canonical address; every other page has its own.
      const indexed = !html.includes('<meta name="robots" content="noindex">');
      const alternates = [...html.matchAll(/<link rel="alternate" hreflang="[a-z-]+" href="([^"]+)">/g)];
      if (indexed) {
        expect(canonical, file).toBe(`${SITE}${file.replace(/index\.html$/, "")}`);
        expect(alternates.length, file).toBeGreaterThanOrEqual(2);
      } else expect(canonical, file).toBeUndefined();
      for (const [, href] of alternates) {
        expect(href!.startsWith(SITE), `${file}: ${href}`).toBe(true);
        expect(await statusOf(href!), `${file}: ${href}`).toBe(200);
      }
    }
    const sitemap = await readFile(path.join(dist, "sitemap.xml"), "utf8");
    const entries = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(entries).toContain(SITE);
    expect(entries).toContain(`${SITE}lv/receptes/griku-putra/`);
    expect(entries.length).toBeGreaterThan(20);
    const robots = await readFile(path.join(dist, "robots.txt"), "utf8");
    expect(robots).toContain(`Disallow: ${new URL(SITE).pathname}admin/\n`);
    expect(robots).toContain(`Sitemap: ${SITE}sitemap.xml\n`);
    for (const entry of entries) {
      expect(entry.startsWith(SITE), entry).toBe(true);
      expect(await statusOf(entry), entry).toBe(200);
    }
  });

  it("should point the form editor at the site under the path: its page, scripts, preview data and Decap's site_url", async () => {
    const page = await readFile(path.join(dist, "admin", "index.html"), "utf8");
    expect(page).toContain(`src="${BASE}assets/js/cms.js"`);
    expect(page).toContain(`href="${BASE}assets/icons/icon.svg"`);
    const config = parse(await readFile(path.join(dist, "admin", "config.yml"), "utf8")) as { site_url: string; display_url: string };
    expect(config.site_url).toBe(SITE);
    expect(config.display_url).toBe(SITE);
    const preview = JSON.parse(await readFile(path.join(dist, "admin", "preview.json"), "utf8")) as { siteUrl: string; basePath: string };
    expect(preview).toMatchObject({ siteUrl: SITE, basePath: BASE });
    for (const file of ["admin/", "admin/config.yml", "admin/preview.json", "admin/decap-cms.js", "assets/js/cms.js"]) expect(await statusOf(`${BASE}${file}`), file).toBe(200);
  });

  it("should load a recipe page in Chromium under the path with no failed request and no console error, scaler and cookbook button working", async () => {
    const { page, problems } = await openWatched(`${BASE}lv/receptes/griku-putra/`);
    const before = await page.$eval('[data-fact="servings"]', (element) => element.textContent);
    await page.click('button[data-step="1"]');
    expect(await page.$eval('[data-fact="servings"]', (element) => element.textContent)).not.toBe(before);
    await page.click("button[data-cookbook-slug]");
    expect(await page.$eval("[data-cookbook-status] a", (element) => element.getAttribute("href"))).toBe(`${BASE}lv/pavargramata/`);
    await page.goto(served(`${BASE}lv/pavargramata/`), { waitUntil: "networkidle0" });
    await page.waitForSelector('[data-cookbook-recipes][data-ready="1"]');
    expect(await page.$$eval(".cookbook-recipe h2", (titles) => titles.map((title) => title.textContent))).toEqual(["Griķu putra ar pienu"]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it("should run the finder under the path: ticked products rank recipes whose links open under the path", async () => {
    const { page, problems } = await openWatched(`${BASE}lv/ko-pagatavot/`);
    await page.click('input[name="have"][value="griki"]');
    const links = await page.$$eval("#finder-ranked .card a", (anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.startsWith(`${BASE}lv/receptes/`), link).toBe(true);
      expect(await statusOf(link), link).toBe(200);
    }
    expect(new URL(page.url()).pathname).toBe(`${BASE}lv/ko-pagatavot/`);
    await page.close();
    expect(problems).toEqual([]);
  });

  it("should search under the path: Pagefind's bundle loads from the path and its results open under it", async () => {
    const { page, problems } = await openWatched(`${BASE}en/search/?q=onion`);
    await page.waitForFunction(() => /\d|Nothing|failed/.test(document.getElementById("search-status")?.textContent ?? ""));
    expect(await page.$eval("#search-status", (status) => status.textContent), String(problems)).toBe("Results: 2.");
    const links = await page.$$eval("#search-results a", (anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
    expect(links).toContain(`${BASE}en/recipes/sipolu-zupa/`);
    for (const link of links) expect(await statusOf(link), link).toBe(200);
    await page.close();
    expect(problems).toEqual([]);
  });
});
