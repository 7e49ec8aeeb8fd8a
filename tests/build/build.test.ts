// The whole build on the fixture content: site in both languages, open data, PDFs that read back, safe swaps of dist/.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../scripts/build.ts";
import { ContentError } from "../../scripts/content/issues.ts";
import { copyFixture, edit, projectRoot, removeDir } from "../helpers/fixture.ts";
import { fonts, pageCount, pageTexts } from "../helpers/pdf.ts";

let content = "";
let work = "";
let out = "";
const read = (file: string) => readFile(path.join(out, file), "utf8");

beforeAll(async () => {
  content = await copyFixture();
  work = await mkdtemp(path.join(tmpdir(), "burtnica-out-"));
  out = path.join(work, "dist");
  process.env.SOURCE_DATE_EPOCH = "1767225600";
  await build({ root: projectRoot, contentRoot: content, outDir: out });
});

afterAll(async () => {
  await removeDir(content);
  await rm(work, { recursive: true, force: true });
});

describe("build of the fixture content", () => {
  it("should write the site in Latvian and English", async () => {
    for (const page of ["index.html", "lv/index.html", "en/index.html", "lv/receptes/griku-putra/index.html", "en/recipes/griku-putra/index.html", "lv/produkti/griki/index.html", "en/products/griki/index.html", "lv/kurss/01-graudi/index.html", "en/course/01-graudi/index.html", "lv/par/index.html", "en/about/index.html"]) {
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
    expect(recipes).toHaveLength(3);
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

  it("should leave the previous output untouched when content is broken", async () => {
    const before = await read("lv/index.html");
    await edit(content, "content/recipes/griku-putra/index.lv.md", "meal: breakfast", "meal: lunch");
    await expect(build({ root: projectRoot, contentRoot: content, outDir: out, pdf: false })).rejects.toBeInstanceOf(ContentError);
    expect(await read("lv/index.html")).toBe(before);
    expect((await readdir(work)).sort()).toEqual(["dist"]);
    await edit(content, "content/recipes/griku-putra/index.lv.md", "meal: lunch", "meal: breakfast");
  });

  it("should drop pages of removed recipes on the next build", async () => {
    expect(existsSync(path.join(out, "lv/receptes/sipolu-zupa/index.html"))).toBe(true);
    await rm(path.join(content, "content/recipes/sipolu-zupa"), { recursive: true });
    await build({ root: projectRoot, contentRoot: content, outDir: out, pdf: false });
    expect(existsSync(path.join(out, "lv/receptes/sipolu-zupa/index.html"))).toBe(false);
    expect(existsSync(path.join(out, "lv/receptes/griku-putra/index.html"))).toBe(true);
  });
});
