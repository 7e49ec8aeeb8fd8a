// The recipe page as a reader uses it, in headless Chromium over loopback: the servings scaler, printing one A4 page, "my cookbook", structured data.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import type { Browser, Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { scaledCost } from "../../scripts/kitchen/cost.ts";
import { formatEur } from "../../scripts/kitchen/format.ts";
import { ingredientLine } from "../../scripts/kitchen/lines.ts";
import { scaleQty } from "../../scripts/kitchen/scale.ts";
import { stepAmountText } from "../../scripts/kitchen/step-amounts.ts";
import type { UnitCode } from "../../scripts/kitchen/vocabulary.ts";
import type { ScalerData } from "../../scripts/present/recipe.ts";
import { axeViolations } from "../helpers/axe.ts";
import { servedBuilds } from "../helpers/browser.ts";
import { sharedBuilds } from "../helpers/builds.ts";

const site = servedBuilds({ real: () => sharedBuilds().real, fixture: () => sharedBuilds().fixture });
const fixture = site.server("fixture");
const real = site.server("real");

/** Opens a page of a served build at a phone's width (in `context`, default the browser's own). */
async function open(server: { url: string }, url: string, width = 390, context: Pick<Browser, "newPage"> = site.browser): Promise<Page> {
  const page = await context.newPage();
  await page.setViewport({ width, height: 800 });
  await page.goto(`${server.url}${url}`, { waitUntil: "networkidle0" });
  return page;
}

/** Every recipe page of a build, as site addresses. */
async function recipePages(dist: string): Promise<string[]> {
  const urls: string[] = [];
  for (const [locale, folder] of [["lv", "receptes"], ["en", "recipes"]] as const) {
    for (const slug of (await readdir(path.join(dist, locale, folder))).sort()) urls.push(`/${locale}/${folder}/${slug}/`);
  }
  return urls;
}

describe("servings scaler", () => {
  it("should change ingredients, cost, the servings fact and a step amount when a 4-serving recipe is made for 2", async () => {
    const page = await open(real, "/lv/receptes/griku-putra-ar-sautetu-galu/");
    const data = JSON.parse(await page.$eval("#scaler-data", (element) => element.textContent ?? "")) as ScalerData;
    expect(data.servings).toBe(4);
    const read = () =>
      page.evaluate(() => ({
        amounts: [...document.querySelectorAll(".ingredients .qty")].map((element) => element.textContent),
        steps: [...document.querySelectorAll(".steps .amount")].map((element) => element.textContent),
        total: document.querySelector('[data-cost="total"]')?.textContent,
        perServing: document.querySelector('[data-cost="perServing"]')?.textContent,
        sentence: document.querySelector('[data-cost="sentence"]')?.textContent,
        servings: document.querySelector('[data-fact="servings"]')?.textContent,
      }));
    const before = await read();
    await page.click('button[data-step="-1"]');
    await page.click('button[data-step="-1"]');
    const after = await read();
    await page.close();

    const eur = (value: number) => formatEur(value, "lv");
    const cost = scaledCost(data.lines, 4, 2);
    expect(after.servings).toBe("2");
    const line = (qty: number | null, unit: UnitCode, forms: ScalerData["lines"][number]["forms"]) => ingredientLine(qty === null ? { unit } : { qty: scaleQty(qty, 4, 2), unit }, { lv: forms }, "lv", data.words).amount;
    expect(after.amounts).toEqual(data.lines.filter((item) => item.qty !== null).map((item) => line(item.qty, item.unit, item.forms)));
    expect(after.amounts[0]).not.toBe(before.amounts[0]);
    // The water for the buckwheat, 750 ml for 4, in step 2.
    expect(before.steps).toEqual(["750\u00a0ml"]);
    expect(after.steps).toEqual([stepAmountText({ qty: 750, unit: "ml" as UnitCode }, "lv", 4, 2)]);
    expect(after.total).toBe(eur(cost.totalEur));
    expect(after.total).not.toBe(before.total);
    expect(after.perServing).toBe(eur(cost.perServingEur));
    expect(after.sentence).toContain(eur(cost.totalEur));
  });
});

describe("printing a recipe page", () => {
  it("should give one A4 page for every real recipe in both languages", async () => {
    const urls = await recipePages(sharedBuilds().real);
    expect(urls.length).toBeGreaterThan(40);
    const pages: Record<string, string> = {};
    // Two tabs take turns through the list; "load" is enough, as the print waits for the fonts and every picture has its size in the markup.
    const queue = [...urls];
    const printNext = async (page: Page): Promise<void> => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        await page.goto(`${real.url}${url}`, { waitUntil: "load" });
        const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }));
        const { width, height } = pdf.getPage(0).getSize();
        // A4 is 210 × 297 mm = 595.3 × 841.9 pt.
        pages[url] = `${pdf.getPageCount()} page(s) of ${Math.round(width)} × ${Math.round(height)} pt`;
      }
      await page.close();
    };
    await Promise.all([printNext(await site.browser.newPage()), printNext(await site.browser.newPage())]);
    expect(pages).toEqual(Object.fromEntries(urls.map((url) => [url, "1 page(s) of 595 × 842 pt"])));
  });

  it("should leave the navigation, the scaler, the buttons and the footer out of the print", async () => {
    const page = await open(real, "/en/recipes/pankukas/");
    await page.emulateMediaType("print");
    const shown = await page.evaluate(() => [".masthead", ".scaler", ".recipe-tools", ".footer", ".hero", ".nutrition"].map((selector) => `${selector} ${getComputedStyle(document.querySelector(selector)!).display !== "none"}`));
    await page.close();
    expect(shown).toEqual([".masthead false", ".scaler false", ".recipe-tools false", ".footer false", ".hero true", ".nutrition true"]);
  });
});

describe("the link into the A5 notebook", () => {
  it("should open the notebook PDF at the recipe's page", async () => {
    const page = await open(fixture, "/en/recipes/manna-putra/");
    const link = await page.$eval(".notebook-link a", (element) => ({ href: element.getAttribute("href"), text: element.textContent }));
    await page.close();
    const { destinationPages } = await import("../../scripts/print/pagerefs.ts");
    const pages = await destinationPages(await readFile(path.join(sharedBuilds().fixture, "downloads/recepsu-burtnica-en-a5.pdf")));
    expect(pages["recipe-manna-putra"]).toBeGreaterThan(1);
    expect(link).toEqual({ href: `/downloads/recepsu-burtnica-en-a5.pdf#page=${pages["recipe-manna-putra"]}`, text: `This recipe in the A5 notebook: page ${pages["recipe-manna-putra"]} (PDF)` });
  });
});

describe("my cookbook", () => {
  for (const [locale, recipes, cookbook] of [
    ["lv", "/lv/receptes/", "/lv/pavargramata/"],
    ["en", "/en/recipes/", "/en/cookbook/"],
  ] as const) {
    it(`should keep two recipes added from their pages and print them after a cover, one per page (${locale})`, async () => {
      // A browser of its own: nothing chosen yet.
      const context = await site.browser.createBrowserContext();
      const page = await open(fixture, `${recipes}griku-putra/`, 390, context);
      const add = "button[data-cookbook-slug]";
      await page.click(add);
      expect(await page.$eval("[data-cookbook-status] a", (element) => element.getAttribute("href"))).toBe(cookbook);
      await page.goto(`${fixture.url}${recipes}sipolu-zupa/`, { waitUntil: "networkidle0" });
      // Keyboard only: focus the button and press Enter.
      await page.focus(add);
      await page.keyboard.press("Enter");
      await page.goto(`${fixture.url}${cookbook}`, { waitUntil: "networkidle0" });
      await page.waitForSelector('[data-cookbook-recipes][data-ready="2"]');
      expect(new URL(page.url()).search).toBe("?r=griku-putra,sipolu-zupa");
      expect(await axeViolations(page)).toEqual([]);
      const titles = await page.$$eval(".cookbook-list a", (links) => links.map((link) => link.textContent ?? ""));
      expect(titles).toHaveLength(2);

      const pdf = await page.pdf({ preferCSSPageSize: true });
      const { pageTexts } = await import("../helpers/pdf.ts");
      const { writeFile, mkdtemp, rm } = await import("node:fs/promises");
      const { tmpdir } = await import("node:os");
      const dir = await mkdtemp(path.join(tmpdir(), "burtnica-cookbook-"));
      await writeFile(path.join(dir, "cookbook.pdf"), pdf);
      const texts = (await pageTexts(path.join(dir, "cookbook.pdf"))).map((text) => text.replace(/\s+/g, " "));
      await rm(dir, { recursive: true, force: true });
      // The cover lists both; then each recipe starts its own page.
      expect(texts).toHaveLength(3);
      for (const title of titles) expect(texts[0]).toContain(title);
      expect(texts[1]).toContain(titles[0]);
      expect(texts[2]).toContain(titles[1]);

      // A link someone sends opens the same cookbook in a fresh browser.
      const fresh = await site.browser.createBrowserContext();
      const other = await fresh.newPage();
      await other.goto(`${fixture.url}${cookbook}?r=sipolu-zupa`, { waitUntil: "networkidle0" });
      await other.waitForSelector('[data-cookbook-recipes][data-ready="1"]');
      expect(await other.$$eval(".cookbook-list a", (links) => links.map((link) => link.textContent))).toEqual([titles[1]]);
      await fresh.close();
      await context.close();
    });
  }
});

describe("structured data", () => {
  it("should give every real recipe page schema.org Recipe JSON-LD that the vocabulary accepts, with absolute addresses", async () => {
    const { schemaOrgProblems } = await import("../helpers/schemaorg.ts");
    const dist = sharedBuilds().real;
    const problems: string[] = [];
    for (const url of await recipePages(dist)) {
      const html = await readFile(path.join(dist, url, "index.html"), "utf8");
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
      expect(scripts, url).toHaveLength(1);
      const data = scripts[0]!;
      expect(data["@type"]).toBe("Recipe");
      expect(String(data.image)).toMatch(/^https?:\/\//);
      expect(data.inLanguage).toBe(url.slice(1, 3));
      problems.push(...schemaOrgProblems(data).map((problem) => `${url} ${problem}`));
    }
    expect(problems).toEqual([]);
  });
});
