// The whole-site files and head tags: canonical and hreflang addresses, link previews, the Content-Security-Policy, sitemap.xml,
// robots.txt, the web manifests, the 404 page, noindex on the print HTML, and the links between lessons; on the real build, and
// on the fixture built for a site under a path.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { build } from "../../scripts/build.ts";
import { copyOfBuild, sharedBuilds } from "../helpers/builds.ts";
import { projectRoot } from "../helpers/fixture.ts";
import { addressOf, readHead, type PageHead } from "../helpers/head.ts";
import { listFiles } from "../gates/links.ts";

const { real, realSources, fixture, fixtureContent } = sharedBuilds();

/** The kinds of page each language has (body class kind-*). */
const KINDS = ["home", "finder", "menu", "search", "cookbook", "recipe", "products", "product", "course", "lesson", "about", "downloads"];

interface BuiltPage { file: string; url: string; head: PageHead }

/** Every page of the site in `dist` (not the print HTML, nor the form editor), with its address and head. */
async function sitePages(dist: string, siteUrl: string): Promise<BuiltPage[]> {
  const files = (await listFiles(dist)).filter((file) => file.endsWith(".html") && !file.startsWith("print/") && !file.startsWith("admin/"));
  return Promise.all(files.map(async (file) => ({ file, url: addressOf(siteUrl, file), head: readHead(await readFile(path.join(dist, file), "utf8")) })));
}

const indexed = (page: BuiltPage) => !(page.head.meta.get("robots") ?? []).includes("noindex");

let siteUrl: string;
let pages: BuiltPage[];

beforeAll(async () => {
  siteUrl = (parse(await readFile(path.join(realSources, "content", "site.yaml"), "utf8")) as { baseUrl: string }).baseUrl;
  pages = await sitePages(real, siteUrl);
});

describe("head tags", () => {
  it("should have every kind of page in both languages, the landing page and the 404 page", () => {
    for (const lang of ["lv", "en"]) expect(new Set(pages.filter((page) => page.head.lang === lang && page.file.startsWith(`${lang}/`)).map((page) => page.head.kind))).toEqual(new Set(KINDS));
    expect(pages.map((page) => page.file)).toEqual(expect.arrayContaining(["index.html", "404.html"]));
  });

  it("should give every indexed page its own absolute canonical address, and absolute lv, en and x-default alternates that name each other", () => {
    const byUrl = new Map(pages.map((page) => [page.url, page]));
    for (const page of pages.filter(indexed)) {
      expect(page.head.canonical, page.file).toEqual([page.url]);
      expect(page.head.alternates.map((link) => link.hreflang), page.file).toEqual(["lv", "en", "x-default"]);
      for (const { hreflang, href } of page.head.alternates) {
        expect(href.startsWith(siteUrl), `${page.file} ${hreflang} ${href}`).toBe(true);
        const other = byUrl.get(href);
        expect(other, `${page.file} ${hreflang} ${href} is a page of the site`).toBeDefined();
        if (hreflang !== "x-default") expect(other!.head.lang, `${page.file} ${hreflang}`).toBe(hreflang);
      }
      // The page in the other language lists the same alternates (the landing page lists the home pages, which list it as x-default).
      const own = page.head.alternates.find((link) => link.hreflang === page.head.lang)!.href;
      if (own === page.url) for (const { href } of page.head.alternates.filter((link) => link.hreflang !== "x-default")) expect(byUrl.get(href)!.head.alternates, `${page.file} → ${href}`).toEqual(page.head.alternates);
    }
  });

  it("should keep the search pages and the 404 page out of search engines, without a canonical address", () => {
    const left = pages.filter((page) => !indexed(page)).map((page) => page.file);
    expect(left.sort()).toEqual(["404.html", "en/search/index.html", "lv/meklet/index.html"]);
    for (const page of pages.filter((candidate) => !indexed(candidate))) expect([page.head.canonical, page.head.alternates]).toEqual([[], []]);
  });

  it("should describe every page for link previews with a title, a description and an absolute picture of the site", async () => {
    const files = new Set(await listFiles(real));
    for (const page of pages) {
      const one = (key: string) => {
        const values = page.head.meta.get(key) ?? [];
        expect(values, `${page.file} ${key}`).toHaveLength(1);
        expect(values[0], `${page.file} ${key}`).not.toBe("");
        return values[0]!;
      };
      one("og:title");
      one("og:description");
      one("og:image:alt");
      const image = one("og:image");
      expect(image.startsWith(siteUrl), `${page.file} og:image ${image}`).toBe(true);
      expect(files.has(image.slice(siteUrl.length)), `${page.file} og:image ${image} exists`).toBe(true);
      if (indexed(page)) expect(one("og:url"), page.file).toBe(page.url);
    }
    // A recipe shows its own picture.
    const recipe = pages.find((page) => page.head.kind === "recipe")!;
    expect(recipe.head.meta.get("og:image")![0]).toMatch(/\/img\/.+\.webp$/);
  });

  it("should give every page a Content-Security-Policy that allows files of the site only, and its language's web manifest", () => {
    for (const page of pages) {
      const [policy] = page.head.meta.get("Content-Security-Policy") ?? [];
      expect(policy, page.file).toBeDefined();
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
      // No other origin, no wildcard, no inline code or styles.
      expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|data:/);
      expect(page.head.manifest, page.file).toBe(`${new URL(siteUrl).pathname}${page.head.lang}/manifest.webmanifest`);
    }
  });
});

describe("sitemap.xml and robots.txt", () => {
  it("should list every page search engines may index with its alternates, and nothing else", async () => {
    const xml = await readFile(path.join(real, "sitemap.xml"), "utf8");
    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(body!)![1]!,
      alternates: [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, hreflang, href]) => ({ hreflang: hreflang!, href: href! })),
    }));
    const expected = pages.filter(indexed);
    expect(entries.map((entry) => entry.loc).sort()).toEqual(expected.map((page) => page.url).sort());
    for (const entry of entries) expect(entry.alternates, entry.loc).toEqual(expected.find((page) => page.url === entry.loc)!.head.alternates);
  });

  it("should let robots crawl the site but the form editor and point them to the sitemap's absolute address", async () => {
    const admin = `${new URL(siteUrl).pathname}admin/`;
    expect(await readFile(path.join(real, "robots.txt"), "utf8")).toBe(`User-agent: *\nDisallow: ${admin}\nAllow: /\n\nSitemap: ${siteUrl}sitemap.xml\n`);
  });
});

describe("web manifests, the 404 page and the print HTML", () => {
  it("should give each language a web manifest whose start page and icons exist", async () => {
    const files = new Set(await listFiles(real));
    for (const lang of ["lv", "en"]) {
      const manifest = JSON.parse(await readFile(path.join(real, lang, "manifest.webmanifest"), "utf8")) as { lang: string; start_url: string; icons: { src: string; sizes: string }[] };
      expect(manifest.lang).toBe(lang);
      expect(files.has(`${manifest.start_url.slice(1)}index.html`)).toBe(true);
      expect(manifest.icons.map((icon) => icon.sizes)).toEqual(["any", "192x192", "512x512"]);
      for (const icon of manifest.icons) {
        expect(files.has(icon.src.slice(1)), icon.src).toBe(true);
        if (icon.sizes === "any") continue;
        // A PNG's width and height are big-endian numbers at bytes 16 and 20.
        const png = await readFile(path.join(real, icon.src));
        expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
      }
    }
  });

  it("should have a 404 page at the root in both languages, which search engines leave out", async () => {
    const html = await readFile(path.join(real, "404.html"), "utf8");
    expect(html).toContain('<span lang="lv">Lapa nav atrasta</span>');
    expect(html).toContain('<span lang="en">Page not found</span>');
    const page = pages.find((candidate) => candidate.file === "404.html")!;
    // Served at any missing address, so its links start at the site's root.
    for (const link of page.head.links) expect(link.href, link.text).toMatch(/^\//);
  });

  it("should mark every print HTML noindex", async () => {
    const prints = (await listFiles(real)).filter((file) => /^print\/[^/]+\.html$/.test(file));
    expect(prints.length).toBe(8);
    for (const file of prints) expect(readHead(await readFile(path.join(real, file), "utf8")).meta.get("robots"), file).toEqual(["noindex"]);
  });
});

describe("lesson pages", () => {
  for (const [lang, course] of [["lv", "lv/kurss/index.html"], ["en", "en/course/index.html"]] as const) {
    it(`should link each ${lang} lesson to the one before and after it, in the course page's order, and back to the course`, () => {
      const coursePage = pages.find((page) => page.file === course)!;
      const lessons = pages.filter((page) => page.head.kind === "lesson" && page.head.lang === lang);
      const order = coursePage.head.links.map((link) => new URL(link.href, siteUrl).href).filter((url) => lessons.some((lesson) => lesson.url === url));
      expect(order.length).toBe(lessons.length);
      expect(order.length).toBeGreaterThan(1);
      order.forEach((url, index) => {
        const lesson = lessons.find((page) => page.url === url)!;
        const rel = (name: string) => lesson.head.links.filter((link) => link.rel === name).map((link) => new URL(link.href, siteUrl).href);
        expect(rel("prev"), url).toEqual(index > 0 ? [order[index - 1]] : []);
        expect(rel("next"), url).toEqual(index < order.length - 1 ? [order[index + 1]] : []);
        expect(lesson.head.links.filter((link) => new URL(link.href, siteUrl).href === coursePage.url).length, `${url} links to the course`).toBeGreaterThanOrEqual(2);
      });
    });
  }
});

describe("a site under a path", () => {
  const SITE = "https://example.org/burtnica/";
  let out: string;
  let work: string;

  beforeAll(async () => {
    ({ work, out } = await copyOfBuild(fixture));
    process.env.SITE_URL = SITE;
    try {
      await build({ root: projectRoot, contentRoot: fixtureContent, outDir: out, pdf: false });
    } finally {
      delete process.env.SITE_URL;
    }
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("should make every address absolute with the site's path: canonical, alternates, sitemap, robots.txt", async () => {
    const built = await sitePages(out, SITE);
    const recipe = built.find((page) => page.file === "lv/receptes/griku-putra/index.html")!;
    expect(recipe.head.canonical).toEqual([`${SITE}lv/receptes/griku-putra/`]);
    expect(recipe.head.alternates).toEqual([
      { hreflang: "lv", href: `${SITE}lv/receptes/griku-putra/` },
      { hreflang: "en", href: `${SITE}en/recipes/griku-putra/` },
      { hreflang: "x-default", href: `${SITE}lv/receptes/griku-putra/` },
    ]);
    expect(recipe.head.manifest).toBe("/burtnica/lv/manifest.webmanifest");
    const home = built.find((page) => page.file === "en/index.html")!;
    expect(home.head.alternates.find((link) => link.hreflang === "x-default")?.href).toBe(SITE);
    expect(await readFile(path.join(out, "robots.txt"), "utf8")).toContain(`Sitemap: ${SITE}sitemap.xml`);
    const locs = [...(await readFile(path.join(out, "sitemap.xml"), "utf8")).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
    expect(locs.length).toBe(built.filter(indexed).length);
    for (const loc of locs) expect(loc.startsWith(SITE), loc).toBe(true);
    const notFound = built.find((page) => page.file === "404.html")!;
    for (const link of notFound.head.links) expect(link.href.startsWith("/burtnica/"), link.href).toBe(true);
  });
});
