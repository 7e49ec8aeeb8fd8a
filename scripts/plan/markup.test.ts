// Tests for the plan's HTML: a real table of days × meals with headers, a link per dish, the shopping list and its cost, every text escaped.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { zeroNutrients } from "../kitchen/nutrition.ts";
import type { Plan } from "../planner/types.ts";
import { blockedHtml, planHtml } from "./markup.ts";
import { blockedView, planView, planWords } from "./view.ts";

const strings = (locale: "lv" | "en") => parse(readFileSync(new URL(`../../content/i18n/${locale}.yaml`, import.meta.url), "utf8")) as Record<string, string>;
const words = (locale: "lv" | "en", titles: Record<string, string> = { putra: "Griķu putra", zupa: "Zirņu zupa" }) =>
  planWords({ locale, strings: strings(locale), titles, names: { griki: "Griķi", sals: "Sāls", sipols: "Sīpols" }, packageName: "ES pārtikas paka" });

const day = (number: number) => ({ day: number, meals: [{ meal: "breakfast" as const, recipe: "putra", servings: 3 }, { meal: "lunch" as const, recipe: "zupa", servings: 4 }], nutrition: zeroNutrients() });
const plan: Plan = {
  package: "paka",
  household: { adults: 2, children: 1 },
  meals: ["breakfast", "lunch"],
  days: [day(1), day(2)],
  stock: [{ product: "griki", availableGrams: 400, usedGrams: 250, leftGrams: 150 }],
  shopping: [{ product: "sipols", neededGrams: 300, packs: 2, packGrams: 1000, costEur: 1.2, leftGrams: 1700 }],
  toTaste: ["sals"],
  totals: { extraCostEur: 1.2, extraCostPerPersonPerDayEur: 0.2, stockUsedGrams: 250, stockLeftGrams: 150, recipes: 2 },
  nutrition: { perPersonPerDay: { ...zeroNutrients(), energyKcal: 1900, salt: 4 }, reference: { energyKcal: { min: 1833, max: 1866 }, energyBandKcal: { min: 1650, max: 2050 }, saltMaxG: 5 } },
};
const recipeUrl = (slug: string) => `/lv/receptes/${slug}/`;

/** The markup's text without tags, spaces collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/[ \n]+/g, " ").trim();

describe("planHtml", () => {
  it("should lay the week out as a table with a header per meal and per day, each dish a link to its recipe with its servings", () => {
    const html = planHtml(planView(plan, words("lv")), { recipeUrl });
    expect(html.match(/<th scope="col">[^<]*<\/th>/g)).toEqual(['<th scope="col">Brokastis</th>', '<th scope="col">Pusdienas</th>']);
    expect(html.match(/<th scope="row">[^<]*<\/th>/g)).toEqual(['<th scope="row">1. diena</th>', '<th scope="row">2. diena</th>']);
    expect(html.match(/<td data-meal="[^"]*"><a href="[^"]*">[^<]*<\/a> <span class="plan-servings">[^<]*<\/span><\/td>/g)).toEqual([
      '<td data-meal="Brokastis"><a href="/lv/receptes/putra/">Griķu putra</a> <span class="plan-servings">3 porcijas</span></td>',
      '<td data-meal="Pusdienas"><a href="/lv/receptes/zupa/">Zirņu zupa</a> <span class="plan-servings">4 porcijas</span></td>',
      '<td data-meal="Brokastis"><a href="/lv/receptes/putra/">Griķu putra</a> <span class="plan-servings">3 porcijas</span></td>',
      '<td data-meal="Pusdienas"><a href="/lv/receptes/zupa/">Zirņu zupa</a> <span class="plan-servings">4 porcijas</span></td>',
    ]);
  });

  it("should list the shopping with packs and cost, the total per person per day, the package products and nutrition", () => {
    const words = text(planHtml(planView(plan, wordsEn()), { recipeUrl, note: "This is an example." }));
    expect(words).toContain("This is an example.");
    expect(words).toContain("Shopping list Sīpols 2 × 1,000\u00a0g — €1.20 Shopping in all: €1.20 — €0.20 per person per day You will also need (to taste): sāls");
    expect(words).toContain("Package products Griķi 250\u00a0g of 400\u00a0g, 150\u00a0g left");
    expect(words).toContain("Energy: 1,900\u00a0kcal");
  });

  it("should escape every text, so a title cannot become markup", () => {
    const html = planHtml(planView(plan, words("lv", { putra: '<img src=x onerror="alert(1)">', zupa: "Tom & Jerry's" })), { recipeUrl: (slug) => `/x/"${slug}` });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("Tom &amp; Jerry&#39;s");
    expect(html).toContain('href="/x/&quot;putra"');
  });
});

describe("blockedHtml", () => {
  it("should give each reason as an item under the heading", () => {
    const html = blockedHtml(blockedView({ ok: false, blockers: [{ constraint: "salt" }, { constraint: "budget", budgetEur: 5, cheapestEur: null }] }, words("en")));
    expect(text(html)).toBe("No menu fits: these dishes hold too much salt the budget (€5.00) is too small");
    expect(html.match(/<li>/g)).toHaveLength(2);
  });
});

function wordsEn() {
  return words("en");
}
