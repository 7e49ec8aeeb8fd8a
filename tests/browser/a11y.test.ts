// Accessibility of the site's pages (WCAG 2.1 A and AA rules of axe-core), and the servings scaler in a real browser.
import { describe, expect, it } from "vitest";
import { axeViolations } from "../helpers/axe.ts";
import { servedBuild } from "../helpers/browser.ts";
import { sharedBuilds } from "../helpers/builds.ts";

const site = servedBuild(() => sharedBuilds().fixture);

/** Opens a built page at a phone's width, served over loopback HTTP. */
async function open(url: string, width = 390) {
  const page = await site.browser.newPage();
  await page.setViewport({ width, height: 800 });
  await page.goto(`${site.url}${url}`, { waitUntil: "networkidle0" });
  return page;
}

describe("site accessibility", () => {
  for (const url of ["/", "/lv/", "/en/", "/lv/receptes/griku-putra/", "/en/recipes/griku-putra/", "/en/recipes/manna-putra/", "/lv/pavargramata/", "/en/cookbook/", "/lv/produkti/griki/", "/en/products/", "/lv/kurss/", "/en/course/01-graudi/", "/lv/par/", "/lv/edienkarte/", "/en/week-menu/"]) {
    it(`should have no WCAG 2.1 A/AA violations on ${url}`, async () => {
      const page = await open(url);
      const violations = await axeViolations(page);
      await page.close();
      expect(violations).toEqual([]);
    });
  }

  it("should scale ingredient quantities when the reader changes the servings, and the words with them", async () => {
    const page = await open("/lv/receptes/griku-putra/");
    const lines = () => page.$$eval(".ingredients li", (items) => items.map((item) => (item.textContent ?? "").replace(/\s+/g, " ").trim()));
    expect(await lines()).toEqual(["1 glāze griķu", "400 ml ūdens", "2 ēd. k. piena pulvera (izšķīdināts ūdenī)", "sāls pēc garšas"]);
    await page.click('button[data-step="1"]');
    expect(await page.$eval("#servings", (input) => (input as HTMLInputElement).value)).toBe("3");
    expect(await lines()).toEqual(["1½ glāzes griķu", "600 ml ūdens", "3 ēd. k. piena pulvera (izšķīdināts ūdenī)", "sāls pēc garšas"]);
    await page.close();
  });

  it("should make a counted product agree with its scaled number: 3 sīpoli for 4, ¾ sīpola for 1", async () => {
    const page = await open("/lv/receptes/sipolu-zupa/");
    const first = () => page.$eval(".ingredients li", (item) => (item.textContent ?? "").replace(/\s+/g, " ").trim());
    expect(await first()).toBe("3 sīpoli");
    await page.$eval("#servings", (input) => {
      (input as HTMLInputElement).value = "1";
      input.dispatchEvent(new Event("change"));
    });
    // 3 × 1/4 = ¾, a kitchen fraction, and a fraction takes the genitive singular.
    expect(await first()).toBe("¾ sīpola");
    await page.close();
  });
});
