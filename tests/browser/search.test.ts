// Search in a real browser: the header field on every page, the results page, the keyboard, both languages, and a strict Content-Security-Policy.
import type { Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../helpers/axe.ts";
import { openPage, servedBuild } from "../helpers/browser.ts";
import { sharedBuilds } from "../helpers/builds.ts";
import { serve } from "../helpers/serve.ts";

/** The policy the site is meant to work under: nothing but its own files, and WebAssembly for Pagefind. */
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const site = servedBuild(() => sharedBuilds().fixture, { "content-security-policy": STRICT });

/** Results as "title → address", once the status says the search is done. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /\d|Nekas|Nothing/.test(document.getElementById("search-status")?.textContent ?? ""));
  return page.$$eval("#search-results li", (items) => items.map((item) => `${item.querySelector("h2")?.textContent} → ${item.querySelector("a")?.getAttribute("href")}`));
}

/** Records the page's Content-Security-Policy violations (the browser reports them as events). */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

describe("search", () => {
  for (const [start, word, found] of [
    ["/lv/", "Sīpolu", "Sīpolu zupa → /lv/receptes/sipolu-zupa/"],
    ["/en/recipes/griku-putra/", "onion", "Onion soup → /en/recipes/sipolu-zupa/"],
  ] as const) {
    it(`should find a recipe by a word of its title from the header of ${start}`, async () => {
      const page = await site.browser.newPage();
      const violations = await watchPolicy(page);
      await page.goto(`${site.url}${start}`, { waitUntil: "networkidle0" });
      await page.type("#site-search", word);
      await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
      expect(await results(page)).toContain(found);
      expect(await violations()).toEqual([]);
      await page.close();
    });
  }

  it("should find a word written without its Latvian letters, and search as the reader types", async () => {
    const page = await openPage(site.browser, site.url, "/lv/meklet/");
    await page.type("#search-query", "griki termos");
    expect((await results(page))[0]).toBe("Griķi termosā → /lv/receptes/griki-termosa/");
    expect(new URL(page.url()).search).toBe("?q=griki%20termos");
    await page.close();
  });

  it("should reach the results by keyboard: the field, the button, then the first result", async () => {
    const page = await openPage(site.browser, site.url, "/en/search/?q=buckwheat");
    const first = (await results(page))[0]!;
    await page.focus("#search-query");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => `${document.activeElement?.textContent} → ${document.activeElement?.getAttribute("href")}`)).toBe(first);
    await page.close();
  });

  it("should run the finder and the servings scaler under the same policy without a violation", async () => {
    for (const [url, ready] of [["/lv/ko-pagatavot/?have=griki", "#finder-ranked .card"], ["/en/recipes/griku-putra/", ".scaler:not([hidden])"]] as const) {
      const page = await site.browser.newPage();
      const violations = await watchPolicy(page);
      await page.goto(`${site.url}${url}`, { waitUntil: "networkidle0" });
      expect(await page.$(ready), url).not.toBeNull();
      expect(await violations(), url).toEqual([]);
      await page.close();
    }
  });

  it("should tell the reader when search cannot run (a policy without 'wasm-unsafe-eval' stops Pagefind)", async () => {
    const strictest = await serve(sharedBuilds().fixture, { "content-security-policy": "default-src 'self'" });
    try {
      const page = await openPage(site.browser, strictest.url, "/en/search/?q=onion");
      await page.waitForFunction(() => document.getElementById("search-status")?.textContent !== "Searching…");
      expect(await page.$eval("#search-status", (element) => element.textContent)).toBe("Search did not work. Reload the page and try again.");
      await page.close();
    } finally {
      await strictest.close();
    }
  });

  for (const url of ["/lv/meklet/?q=griķi", "/en/search/?q=porridge"]) {
    it(`should have no WCAG 2.1 A/AA violations with results on ${url}`, async () => {
      const page = await openPage(site.browser, site.url, url);
      expect((await results(page)).length).toBeGreaterThan(0);
      const violations = await axeViolations(page);
      await page.close();
      expect(violations).toEqual([]);
    });
  }
});
