// The week menu in a real browser, on the real content: filling the form gives a plan, its link gives the same plan, it prints on one A4 page; the example without JavaScript.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../helpers/axe.ts";
import { openPage, servedBuild } from "../helpers/browser.ts";
import { sharedBuilds } from "../helpers/builds.ts";
import { pageCount, pageSizes, pageTexts } from "../helpers/pdf.ts";

const site = servedBuild(() => sharedBuilds().real);
const open = (url: string) => openPage(site.browser, site.url, url);

/** Waits until the page has answered: the status says the menu is ready (or why not) and the plan is no longer busy. */
async function planned(page: Page): Promise<string> {
  await page.waitForFunction(() => !document.getElementById("menu-plan")?.hasAttribute("aria-busy") && (document.getElementById("menu-status")?.textContent ?? "") !== "", { timeout: 170_000 });
  return page.$eval("#menu-status", (element) => element.textContent ?? "");
}
const gridLinks = (page: Page) => page.$$eval("#menu-plan .plan-grid a", (links) => links.map((link) => link.getAttribute("href") ?? ""));
const planText = (page: Page) => page.$eval("#menu-plan", (element) => (element as HTMLElement).innerText);

/** Types into a number field as a reader does: everything in it replaced. */
async function enter(page: Page, selector: string, value: string): Promise<void> {
  await page.click(selector, { clickCount: 3 });
  await page.type(selector, value);
}

/** Fills in the household and the days. */
async function household(page: Page, adults: number, children: number, days: number): Promise<void> {
  await enter(page, "#menu-adults", String(adults));
  await enter(page, "#menu-children", String(children));
  await enter(page, "#menu-days", String(days));
}

describe("week menu", () => {
  it("should plan a week for 2 adults and a child from the package, keep it in the address, give the same plan from that link and print it on one A4 page", async () => {
    const page = await open("/lv/edienkarte/");
    await page.select("#menu-package", "es-paka-2013");
    await household(page, 2, 1, 7);
    await page.click('#menu button[type="submit"]');
    expect(await planned(page)).toBe("Ēdienkarte gatava.");
    const links = await gridLinks(page);
    expect(links).toHaveLength(21);
    for (const link of links) expect(link).toMatch(/^\/lv\/receptes\/[a-z0-9-]+\/$/);
    const address = new URL(page.url());
    expect(address.search).toBe("?package=es-paka-2013&adults=2&children=1&days=7&meals=breakfast,lunch,dinner");
    expect(await page.$eval("a.lang", (link) => link.getAttribute("href"))).toBe(`/en/week-menu/${address.search}`);
    const text = await planText(page);
    expect(text).toContain("Iepirkumu saraksts");
    expect(text).toMatch(/Iepirkumi kopā: \d+,\d\d\u00a0€ — \d+,\d\d\u00a0€ vienam cilvēkam dienā/);

    const again = await open(`/lv/edienkarte/${address.search}`);
    expect(await planned(again)).toBe("Ēdienkarte gatava.");
    expect(await gridLinks(again)).toEqual(links);
    expect(await planText(again)).toBe(text);
    await again.close();

    await page.emulateMediaType("print");
    const folder = await mkdtemp(path.join(tmpdir(), "burtnica-menu-"));
    const pdf = path.join(folder, "menu.pdf");
    await writeFile(pdf, await page.pdf({ format: "A4", printBackground: true }));
    const [pages, sizes, [printed = ""]] = await Promise.all([pageCount(pdf), pageSizes(pdf), pageTexts(pdf)]);
    await rm(folder, { recursive: true, force: true });
    expect(pages).toBe(1);
    // A4 is 595.28 × 841.89 pt; Chromium writes 595.92 or 594.96.
    expect(sizes).toEqual([expect.stringMatching(/^59[56]x842$/)]);
    expect(printed).toContain("Iepirkumu saraksts");
    expect(printed).not.toContain("Sastādīt ēdienkarti");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("should plan from the products ticked as at home with their amounts, name them so, and keep them in the address", async () => {
    const page = await open("/en/week-menu/");
    await page.select("#menu-package", "");
    await page.click("details.everyday summary");
    await page.click('input[name="have-griki"]');
    await enter(page, 'input[name="amount-griki"]', "400");
    await page.click('input[name="have-makaroni"]');
    await enter(page, 'input[name="amount-makaroni"]', "1");
    await page.select('select[name="unit-makaroni"]', "kg");
    await household(page, 1, 0, 2);
    await page.click('#menu button[type="submit"]');
    expect(await planned(page)).toBe("The menu is ready.");
    const address = new URL(page.url());
    expect(address.searchParams.get("package")).toBeNull();
    expect(address.searchParams.get("have")).toBe("griki:400,makaroni:1000");
    expect(await gridLinks(page)).toHaveLength(6);
    const text = await planText(page);
    expect(text).toContain("From the products at home");
    expect(await page.$eval(".plan-stock h3", (heading) => heading.textContent)).toBe("Products at home");
    const stock = await page.$$eval(".plan-stock li", (items) => items.map((item) => (item.textContent ?? "").replace(/\s+/g, " ").trim()));
    expect(stock).toEqual([expect.stringMatching(/^Buckwheat\b.* of 400 g, /), expect.stringMatching(/^Pasta\b.* of 1,000 g, /)]);
    // The same address on a fresh page ticks the same products with the same amounts.
    const again = await open(`/en/week-menu/${address.search}`);
    expect(await planned(again)).toBe("The menu is ready.");
    expect(await again.$eval('input[name="amount-makaroni"]', (input) => (input as HTMLInputElement).value)).toBe("1000");
    expect(await planText(again)).toBe(text);
    await again.close();
    await page.close();
  });

  it("should say why no menu fits when only a kettle is at hand", async () => {
    const page = await open("/en/week-menu/?package=es-paka-2013&adults=2&children=1&days=7&meals=breakfast,lunch,dinner&kitchen=kettle");
    await planned(page);
    expect(await page.$eval("#menu-plan h2", (heading) => heading.textContent)).toBe("No menu fits:");
    const reasons = await page.$$eval("#menu-plan .plan-reasons li", (items) => items.map((item) => item.textContent ?? ""));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toMatch(/^with this kitchen equipment there are recipes for only \d+ of 7 meals \((breakfast|lunch|dinner)\)$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("should show the form and a complete example plan without JavaScript, in both languages", async () => {
    for (const [file, example] of [["lv/edienkarte/index.html", "Šis ir piemērs."], ["en/week-menu/index.html", "This is an example."]] as const) {
      const html = await readFile(path.join(sharedBuilds().real, file), "utf8");
      expect(html).toContain('<form class="finder-form menu-form" id="menu"');
      expect(html).toContain(example);
      expect(html.match(/<td data-meal="[^"]+"><a href="[^"]+">/g)).toHaveLength(21);
    }
  });
});
