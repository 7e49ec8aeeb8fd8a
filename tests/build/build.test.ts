// The whole build on the fixture content: site in both languages, open data, PDFs that read back, safe swaps of dist/.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../scripts/build.ts";
import { buildPdfs } from "../../scripts/pdf.ts";
import { checkContent } from "../../scripts/content/check.ts";
import { LOCALES } from "../../scripts/kitchen/vocabulary.ts";
import { basePathOf, routesFor } from "../../scripts/present/routes.ts";
import { ContentError } from "../../scripts/content/issues.ts";
import { copyOfBuild, sharedBuilds } from "../helpers/builds.ts";
import { copyFixture, edit, projectRoot, removeDir } from "../helpers/fixture.ts";
import { fonts, pageCount, pageTexts } from "../helpers/pdf.ts";

const out = sharedBuilds().fixture;
const read = (file: string) => readFile(path.join(out, file), "utf8");

describe("build of the fixture content", () => {
  it("should write the site in Latvian and English", async () => {
    for (const page of ["index.html", "lv/index.html", "en/index.html", "lv/receptes/griku-putra/index.html", "en/recipes/griku-putra/index.html", "lv/produkti/griki/index.html", "en/products/griki/index.html", "lv/kurss/01-graudi/index.html", "en/course/01-graudi/index.html", "lv/par/index.html", "en/about/index.html", "lv/ko-pagatavot/index.html", "en/what-to-cook/index.html", "lv/meklet/index.html", "en/search/index.html", "assets/js/finder.js", "assets/js/search.js", "pagefind/pagefind.js"]) {
      expect(existsSync(path.join(out, page)), page).toBe(true);
    }
    expect(await read("lv/receptes/griku-putra/index.html")).toContain('<html lang="lv">');
    expect(await read("en/recipes/griku-putra/index.html")).toContain("Buckwheat porridge with milk");
  });

  it("should show curly braces from content as typed, never run them as a template", async () => {
    expect(await read("lv/receptes/griku-putra/index.html")).toContain("{{ figūriekavas }} paliek kā teksts.");
  });

  it("should list every edition of both locales in editions.json with true sizes, hashes and page counts", async () => {
    const editions = JSON.parse(await read("downloads/editions.json")) as Record<string, unknown>[];
    expect(editions.map(({ file, kind, locale, format }) => `${kind} ${locale} ${format} ${file}`)).toEqual([
      "notebook lv A5 recepsu-burtnica-lv-a5.pdf",
      "notebook lv A4-booklet recepsu-burtnica-lv-a4-booklet.pdf",
      "notebook lv A4-large recepsu-burtnica-lv-a4-large.pdf",
      "handbook lv A4 kursa-rokasgramata-lv-a4.pdf",
      "notebook en A5 recepsu-burtnica-en-a5.pdf",
      "notebook en A4-booklet recepsu-burtnica-en-a4-booklet.pdf",
      "notebook en A4-large recepsu-burtnica-en-a4-large.pdf",
      "handbook en A4 kursa-rokasgramata-en-a4.pdf",
    ]);
    for (const edition of editions) {
      const file = path.join(out, "downloads", String(edition.file));
      const bytes = await readFile(file);
      expect(edition.bytes).toBe((await stat(file)).size);
      expect(edition.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(edition.pages).toBe(await pageCount(file));
    }
    expect(editions.map((edition) => edition.title)).toEqual(["Recepšu burtnīca", "Recepšu burtnīca", "Recepšu burtnīca", "Kursa rokasgrāmata", "Recipe Notebook", "Recipe Notebook", "Recipe Notebook", "Course handbook"]);
  });

  it("should print Latvian text that reads back letter for letter from the PDF", async () => {
    const text = (await pageTexts(path.join(out, "downloads", "recepsu-burtnica-lv-a5.pdf"))).join("\n");
    expect(text).toBe(text.normalize("NFC"));
    expect(text).not.toContain("\u0000");
    expect(text).toContain("Griķu putra ar pienu");
    expect(text).toContain("ā č ē ģ ī ķ ļ ņ š ū ž");
    expect(text).toContain("400 ml ūdens");
  });

  it("should embed every font of every edition, and only the bundled one", async () => {
    for (const file of (await readdir(path.join(out, "downloads"))).filter((name) => name.endsWith(".pdf"))) {
      const used = await fonts(path.join(out, "downloads", file));
      expect(used.length, file).toBeGreaterThan(0);
      for (const font of used) {
        expect(font.embedded, `${file} ${font.name}`).toBe(true);
        expect(font.name, file).toMatch(/^[A-Z]{6}\+AtkinsonHyperlegibleNext-/);
      }
    }
  });

  it("should publish recipes.json whose numbers recompute from products.json and the grams", async () => {
    const products = JSON.parse(await read("api/products.json")) as { id: string; packageGrams: number; priceEur: number; per100g: Record<string, number> }[];
    const recipes = JSON.parse(await read("api/recipes.json")) as { servings: number; ingredients: { product: string; grams: number; costEur: number }[]; cost: { totalEur: number }; nutritionPerServing: Record<string, number> }[];
    const byId = new Map(products.map((product) => [product.id, product]));
    expect(recipes).toHaveLength(5);
    for (const recipe of recipes) {
      let total = 0;
      const sums: Record<string, number> = {};
      for (const line of recipe.ingredients) {
        const product = byId.get(line.product)!;
        expect(line.costEur).toBeCloseTo((line.grams / product.packageGrams) * product.priceEur, 12);
        total += line.costEur;
        for (const [key, per100] of Object.entries(product.per100g)) sums[key] = (sums[key] ?? 0) + (line.grams / 100) * per100;
      }
      expect(recipe.cost.totalEur).toBeCloseTo(total, 12);
      for (const [key, value] of Object.entries(recipe.nutritionPerServing)) expect(value).toBeCloseTo(sums[key]! / recipe.servings, 9);
    }
  });

  it("should publish each recipe's meal, equipment and times as its Latvian file gives them, the total being prep plus cook", async () => {
    const recipes = JSON.parse(await read("api/recipes.json")) as { slug: string; meal: string; equipment: string[]; times: { prepMinutes: number; cookMinutes: number; totalMinutes: number } }[];
    const content = (await checkContent(sharedBuilds().fixtureContent)).content!;
    expect(recipes.map((recipe) => recipe.slug)).toEqual(content.recipes.map((recipe) => recipe.slug));
    for (const recipe of recipes) {
      const data = content.recipes.find((source) => source.slug === recipe.slug)!.data;
      expect(recipe.meal, recipe.slug).toBe(data.meal);
      expect(recipe.equipment, recipe.slug).toEqual(data.equipment);
      expect(recipe.times, recipe.slug).toEqual({ prepMinutes: data.time.prep, cookMinutes: data.time.cook, totalMinutes: data.time.prep + data.time.cook });
    }
    expect(recipes.find((recipe) => recipe.slug === "griki-termosa")).toMatchObject({ meal: "main", equipment: ["kettle"], times: { totalMinutes: 45 } });
  });

  it("should index only the recipe, product and lesson pages for search, in one index per language", async () => {
    const content = (await checkContent(sharedBuilds().fixtureContent)).content!;
    const routes = routesFor(basePathOf(content.site.baseUrl));
    const entry = JSON.parse(await read("pagefind/pagefind-entry.json")) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages).sort()).toEqual([...LOCALES].sort());
    const indexed: Record<string, string[]> = {};
    for (const file of await readdir(path.join(out, "pagefind", "fragment"))) {
      // Pagefind's fragment format: gzip of "pagefind_dcd" and the page's JSON; the file name starts with the page's language.
      const text = gunzipSync(await readFile(path.join(out, "pagefind", "fragment", file))).toString("utf8");
      expect(text.startsWith("pagefind_dcd"), file).toBe(true);
      (indexed[file.split("_")[0]!] ??= []).push((JSON.parse(text.slice("pagefind_dcd".length)) as { url: string }).url);
    }
    for (const locale of LOCALES) {
      const pages = [
        ...content.recipes.map((recipe) => routes.recipe(locale, recipe.slug)),
        ...content.products.map((product) => routes.product(locale, product.id)),
        ...content.lessons.map((lesson) => routes.lesson(locale, lesson.slug)),
      ];
      expect(indexed[locale]?.sort(), locale).toEqual(pages.sort());
    }
  });

  it("should leave the previous output untouched when content is broken", async () => {
    const { work, out: copy } = await copyOfBuild(out);
    const content = await copyFixture();
    try {
      const before = await readFile(path.join(copy, "lv/index.html"), "utf8");
      await edit(content, "content/recipes/griku-putra/index.lv.md", "meal: breakfast", "meal: lunch");
      await expect(build({ root: projectRoot, contentRoot: content, outDir: copy, pdf: false })).rejects.toBeInstanceOf(ContentError);
      expect(await readFile(path.join(copy, "lv/index.html"), "utf8")).toBe(before);
      expect((await readdir(work)).sort()).toEqual(["dist"]);
    } finally {
      await rm(work, { recursive: true, force: true });
      await removeDir(content);
    }
  });

  it("should drop pages of removed recipes on the next build, and keep the books a site-only build does not make", async () => {
    const { work, out: copy } = await copyOfBuild(out);
    const content = await copyFixture();
    try {
      expect(existsSync(path.join(copy, "lv/receptes/sipolu-zupa/index.html"))).toBe(true);
      await rm(path.join(content, "content/recipes/sipolu-zupa"), { recursive: true });
      await build({ root: projectRoot, contentRoot: content, outDir: copy, pdf: false });
      expect(existsSync(path.join(copy, "lv/receptes/sipolu-zupa/index.html"))).toBe(false);
      expect(existsSync(path.join(copy, "lv/receptes/griku-putra/index.html"))).toBe(true);
      expect(await readFile(path.join(copy, "downloads/recepsu-burtnica-lv-a5.pdf"))).toEqual(await readFile(path.join(out, "downloads/recepsu-burtnica-lv-a5.pdf")));
    } finally {
      await rm(work, { recursive: true, force: true });
      await removeDir(content);
    }
  });

  it("should show on each recipe page the page of the recipe in the A5 notebook it links to", async () => {
    const { destinationPages } = await import("../../scripts/print/pagerefs.ts");
    for (const [locale, folder] of [["lv", "receptes"], ["en", "recipes"]] as const) {
      const pages = await destinationPages(await readFile(path.join(out, `downloads/recepsu-burtnica-${locale}-a5.pdf`)));
      for (const slug of await readdir(path.join(out, locale, folder))) {
        const html = await readFile(path.join(out, locale, folder, slug, "index.html"), "utf8");
        const page = pages[`recipe-${slug}`];
        expect(page, slug).toBeGreaterThan(1);
        const link = /<p class="notebook-link"><a href="([^"]*)">([^<]*)<\/a><\/p>/.exec(html);
        expect(link?.[1], slug).toBe(`/downloads/recepsu-burtnica-${locale}-a5.pdf#page=${page}`);
        expect(link?.[2], slug).toMatch(new RegExp(`\\b${page}\\b`));
      }
    }
  });

});

describe("npm run pdf over a built site", () => {
  // One print of the books again serves both tests: the published notebook link of one recipe page is made stale first.
  const site = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([file]) => !/^(print|downloads)\//.test(file)));
  const recipePage = "lv/receptes/griku-putra/index.html";
  let copy: Awaited<ReturnType<typeof copyOfBuild>>;
  let before: Record<string, string>;
  let after: Record<string, string>;
  let built: string;

  beforeAll(async () => {
    copy = await copyOfBuild(out);
    before = await hashes(copy.out);
    const file = path.join(copy.out, recipePage);
    built = await readFile(file, "utf8");
    // As if the notebook had changed since the site was built: the link says page 99.
    const stale = built.replace(/#page=\d+">([^<]*?)\d+/, '#page=99">$199');
    expect(stale).not.toBe(built);
    await writeFile(file, stale);
    await rm(path.join(copy.out, "downloads"), { recursive: true });
    await buildPdfs({ root: projectRoot, contentRoot: sharedBuilds().fixtureContent, outDir: copy.out });
    after = await hashes(copy.out);
  });
  afterAll(() => rm(copy.work, { recursive: true, force: true }));

  it("should replace only the books, keeping every page and asset of the site", () => {
    expect(site(after)).toEqual(site(before));
    expect(Object.keys(after)).toContain("assets/js/scaler.js");
    expect(after["downloads/recepsu-burtnica-lv-a5.pdf"]).toBe(before["downloads/recepsu-burtnica-lv-a5.pdf"]);
    expect(Object.keys(after).filter((file) => /^(print|downloads)\//.test(file)).sort()).toEqual(Object.keys(before).filter((file) => /^(print|downloads)\//.test(file)).sort());
  });

  it("should put the notebook's page numbers into the published recipe pages", async () => {
    expect(await readFile(path.join(copy.out, recipePage), "utf8")).toBe(built);
  });
});

/** sha256 of every file under `root`, by path relative to it. */
async function hashes(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(root, full).split(path.sep).join("/")] = createHash("sha256").update(await readFile(full)).digest("hex");
  }
  return out;
}
