// The recipe finder in a real browser, as a reader uses it: ticking products, filtering, sending the link; and the page without JavaScript.
import type { Page } from "puppeteer";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../helpers/axe.ts";
import { openPage, servedBuild } from "../helpers/browser.ts";
import { sharedBuilds } from "../helpers/builds.ts";

const site = servedBuild(() => sharedBuilds().fixture);

const open = (url: string, options?: { javaScript?: boolean }) => openPage(site.browser, site.url, url, options);
/** Slugs of the ranked cards, in order. */
const ranked = (page: Page) => page.$$eval("#finder-ranked .card", (cards) => cards.map((card) => (card as HTMLElement).dataset.slug));
/** Slugs of the cards shown in the list by meal. */
const byMeal = (page: Page) => page.$$eval("#finder-all .card", (cards) => cards.filter((card) => (card as HTMLElement).checkVisibility()).map((card) => (card as HTMLElement).dataset.slug));
/** Ticks a box as a reader does: an everyday product's box is inside a closed "Everyday products" section, opened first. */
async function tick(page: Page, name: string, value: string): Promise<void> {
  const box = `input[name="${name}"][value="${value}"]`;
  if (await page.$eval(box, (input) => !input.checkVisibility())) await page.click(".everyday summary");
  await page.click(box);
}
const status = (page: Page) => page.$eval("#finder-status", (element) => element.textContent);

describe("recipe finder", () => {
  it("should rank the recipes that use two ticked products by how few products are left to buy, then by their cost per serving", async () => {
    const page = await open("/lv/ko-pagatavot/");
    await tick(page, "have", "griki");
    await tick(page, "have", "sipols");
    // Each needs one product more: griki-termosa a pinch of salt (0.5 g of a 0.50 € kilo, 2 servings: 0.000125 €), sipolu-zupa a teaspoon
    // (6 g, 4 servings: 0.00075 €), the two buckwheat porridges 2 tablespoons of milk powder (16 g of a 4 € 400 g pack, 2 servings: 0.08 €), in
    // the order of the list by meal. Manna putra uses neither product.
    expect(await ranked(page)).toEqual(["griki-termosa", "sipolu-zupa", "gara-putra", "griku-putra"]);
    expect(await page.$eval("#finder-ranked .card .card-buy", (note) => note.textContent)).toBe("Vēl jānopērk: sāls (0,00\u00a0€ par porciju).");
    expect(await page.$$eval("#finder-ranked .card-buy", (notes) => notes.map((note) => note.textContent).at(-1))).toBe("Vēl jānopērk: piena pulveris (0,08\u00a0€ par porciju).");
    expect(await status(page)).toBe("Receptes ar taviem produktiem: 4. Pirmās ir tās, kurām jāpiepērk vismazāk.");
    expect(await page.$eval("#finder-all", (element) => (element as HTMLElement).hidden)).toBe(true);
    await page.close();
  });

  it("should keep the choice in the address, so the link opens the same choice in either language", async () => {
    const page = await open("/lv/ko-pagatavot/");
    await tick(page, "have", "griki");
    await tick(page, "have", "sipols");
    await page.select("#finder-time", "45");
    const address = new URL(page.url());
    expect(`${address.pathname}${address.search}`).toBe("/lv/ko-pagatavot/?have=griki,sipols&time=45");
    const before = await ranked(page);
    expect(await page.$eval("a.lang", (link) => link.getAttribute("href"))).toBe("/en/what-to-cook/?have=griki,sipols&time=45");
    await page.close();

    for (const url of ["/lv/ko-pagatavot/?have=griki,sipols&time=45", "/en/what-to-cook/?have=griki,sipols&time=45"]) {
      const again = await open(url);
      expect(await ranked(again), url).toEqual(before);
      expect(await again.$$eval('input[name="have"]:checked', (boxes) => boxes.map((box) => (box as HTMLInputElement).value)), url).toEqual(["griki", "sipols"]);
      expect(await again.$eval("#finder-time", (select) => (select as HTMLSelectElement).value), url).toBe("45");
      await again.close();
    }
  });

  it("should remove what a filter excludes: stove recipes for a kitchen with only a kettle, milk for a reader avoiding it", async () => {
    const page = await open("/lv/ko-pagatavot/");
    expect(await byMeal(page)).toEqual(["gara-putra", "griku-putra", "manna-putra", "sipolu-zupa", "griki-termosa"]);
    await page.select("#finder-kitchen", "kettle");
    expect(await byMeal(page)).toEqual(["griki-termosa"]);
    expect(await page.$$eval("#finder-all section", (sections) => sections.filter((section) => section.checkVisibility()).map((section) => section.querySelector("h2")?.textContent))).toEqual(["Pamatēdieni"]);
    await page.select("#finder-kitchen", "any");
    await tick(page, "avoid", "milk");
    expect(await byMeal(page)).toEqual(["sipolu-zupa", "griki-termosa"]);
    await tick(page, "have", "griki");
    expect(await ranked(page)).toEqual(["griki-termosa", "sipolu-zupa"]);
    await page.click('button[type="reset"]');
    await page.waitForFunction(() => location.search === "");
    expect(await byMeal(page)).toHaveLength(5);
    await page.close();
  });

  it("should be used by keyboard: Space ticks a product, Tab goes to the next, and the list follows", async () => {
    const page = await open("/en/what-to-cook/");
    await page.focus('input[name="have"][value="griki"]');
    await page.keyboard.press("Space");
    expect(await ranked(page)).toEqual(["griki-termosa", "gara-putra", "griku-putra", "sipolu-zupa"]);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    expect(await page.$$eval('input[name="have"]:checked', (boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual(["griki", "piena-pulveris"]);
    // Two products left to buy for both the soup (300 g onions and 6 g salt: 0.303 € for 4 servings) and the semolina porridge
    // (30 g semolina and a pinch of salt: 0.06025 € for 1 serving): the cheaper per serving comes first.
    expect(await ranked(page)).toEqual(["gara-putra", "griku-putra", "griki-termosa", "manna-putra", "sipolu-zupa"]);
    await page.close();
  });

  it("should list every recipe by meal with its time and equipment when JavaScript is off", async () => {
    const page = await open("/lv/ko-pagatavot/", { javaScript: false });
    const recipes = JSON.parse(await readFile(path.join(sharedBuilds().fixture, "api", "recipes.json"), "utf8")) as { slug: string }[];
    expect(await page.$eval("#finder", (form) => form.checkVisibility())).toBe(false);
    const cards = await page.$$eval("#finder-all .card", (elements) =>
      elements.filter((card) => card.checkVisibility()).map((card) => ({ slug: (card as HTMLElement).dataset.slug, facts: [...card.querySelectorAll(".card-facts dt")].map((term) => term.textContent) })),
    );
    expect(cards.map((card) => card.slug).sort()).toEqual(recipes.map((recipe) => recipe.slug).sort());
    for (const card of cards) expect(card.facts, card.slug).toEqual(["Laiks", "Vajadzēs", "Piemaksa par porciju"]);
    expect(await page.$$eval("#finder-all h2", (headings) => headings.map((heading) => heading.textContent))).toEqual(["Brokastis", "Zupas", "Pamatēdieni"]);
    await page.close();
  });

  for (const url of ["/lv/ko-pagatavot/", "/en/what-to-cook/?have=griki,sipols&kitchen=no-oven&avoid=milk"]) {
    it(`should have no WCAG 2.1 A/AA violations on ${url}`, async () => {
      const page = await open(url);
      const violations = await axeViolations(page);
      await page.close();
      expect(violations).toEqual([]);
    });
  }
});
