// The whole site in a browser: the 404 page passes axe, every focus ring stands out 3:1 from what is around it, and no real
// recipe page is wider than a 390 px phone.
import type { Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../helpers/axe.ts";
import { openPage, servedBuilds } from "../helpers/browser.ts";
import { sharedBuilds } from "../helpers/builds.ts";
import { listFiles } from "../gates/links.ts";

const site = servedBuilds({ fixture: () => sharedBuilds().fixture, real: () => sharedBuilds().real });
const fixture = site.server("fixture");
const real = site.server("real");

/** What a focused element's ring looks like: its colour and the colour behind the ring, both as [r, g, b]; null without a ring. */
interface Ring { label: string; ring: number[]; behind: number[] }

/** Tabs through the page and reads the focus ring of each element that gets focus, until focus leaves the page or comes back round. */
async function focusRings(page: Page): Promise<Ring[]> {
  const rings: Ring[] = [];
  for (let step = 0; step < 400; step++) {
    await page.keyboard.press("Tab");
    const ring = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body || element.dataset.ringRead) return null;
      element.dataset.ringRead = "yes";
      const rgb = (colour: string) => (/rgba?\(([^)]+)\)/.exec(colour)?.[1] ?? "").split(",").map((part) => Number(part.trim()));
      const style = getComputedStyle(element);
      const label = `${element.tagName.toLowerCase()}${element.classList.length ? `.${[...element.classList].join(".")}` : ""} "${(element.textContent ?? "").trim().slice(0, 30)}"`;
      if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) === 0) return { label, ring: [], behind: [] };
      // The middle of the ring's top edge, and the first opaque background there that is not the element's own.
      const box = element.getBoundingClientRect();
      const y = Math.max(0, box.top - parseFloat(style.outlineOffset) - parseFloat(style.outlineWidth) / 2);
      const [under] = document.elementsFromPoint(box.left + box.width / 2, y).filter((candidate) => candidate !== element && !element.contains(candidate));
      let behind = [255, 255, 255];
      for (let node: Element | null = under ?? document.documentElement; node; node = node.parentElement) {
        const background = rgb(getComputedStyle(node).backgroundColor);
        if (background.length >= 3 && (background[3] ?? 1) > 0) {
          behind = background.slice(0, 3);
          break;
        }
      }
      return { label, ring: rgb(style.outlineColor).slice(0, 3), behind };
    });
    if (!ring) break;
    rings.push(ring);
  }
  return rings;
}

/** WCAG contrast ratio of two sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((value) => {
      const channel = value / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe("the 404 page", () => {
  it("should have no WCAG 2.1 A/AA violations", async () => {
    const page = await openPage(site.browser, fixture.url, "/404.html");
    expect(await page.$eval("h1", (heading) => heading.textContent)).toBe("Lapa nav atrasta · Page not found");
    const violations = await axeViolations(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});

describe("focus indicators", () => {
  it("should compute contrast as WCAG does", () => {
    expect(contrast([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 5);
    expect(contrast([0x1d, 0x4e, 0xd8], [0x8a, 0x3b, 0x12])).toBeLessThan(1.2);
  });

  for (const url of ["/lv/", "/en/recipes/griku-putra/", "/lv/ko-pagatavot/", "/", "/404.html"]) {
    it(`should show every focus ring at least 3:1 against what is around it on ${url}`, async () => {
      const page = await openPage(site.browser, fixture.url, url);
      const rings = await focusRings(page);
      await page.close();
      expect(rings.length).toBeGreaterThan(2);
      const weak = rings.filter(({ ring, behind }) => ring.length === 0 || contrast(ring, behind) < 3).map(({ label, ring, behind }) => `${label}: ${ring.length ? contrast(ring, behind).toFixed(2) : "no ring"}`);
      expect(weak).toEqual([]);
    });
  }

  it("should ring the header's links in white, 7.7:1 on the brown", async () => {
    const page = await openPage(site.browser, fixture.url, "/lv/");
    const rings = await focusRings(page);
    await page.close();
    const header = rings.filter(({ label }) => label.startsWith("a.brand") || label.startsWith("a.lang"));
    expect(header.length).toBe(2);
    for (const { ring, behind } of header) {
      expect(ring).toEqual([255, 255, 255]);
      expect(contrast(ring, behind)).toBeGreaterThan(7.5);
    }
  });
});

describe("a phone's width", () => {
  it("should keep every real recipe page, in both languages, within 390 px", async () => {
    const recipes = (await listFiles(sharedBuilds().real)).filter((file) => /^(lv\/receptes|en\/recipes)\/[^/]+\/index\.html$/.test(file));
    expect(recipes.length).toBeGreaterThan(40);
    const wide: string[] = [];
    const page = await site.browser.newPage();
    await page.setViewport({ width: 390, height: 800 });
    for (const file of recipes) {
      await page.goto(`${real.url}/${file.replace(/index\.html$/, "")}`, { waitUntil: "load" });
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out = [...document.querySelectorAll("body *")].filter((element) => element.getBoundingClientRect().right > width + 0.5).map((element) => element.tagName.toLowerCase() + (element.className ? `.${element.className}` : ""));
        return { scroll: document.documentElement.scrollWidth - width, out: out.slice(0, 3) };
      });
      if (overflow.scroll > 0 || overflow.out.length > 0) wide.push(`${file}: ${overflow.scroll} px wider (${overflow.out.join(", ")})`);
    }
    await page.close();
    expect(wide).toEqual([]);
  });
});
