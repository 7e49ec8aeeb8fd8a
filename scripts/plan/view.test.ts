// Tests for the plan view: Latvian and English words from content/i18n, counts that agree with their nouns, blocked plans as sentences.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { zeroNutrients } from "../kitchen/nutrition.ts";
import { translator } from "../present/strings.ts";
import type { Plan } from "../planner/types.ts";
import { planText } from "./text.ts";
import { blockedView, planView, type PlanWords } from "./view.ts";

const strings = (locale: "lv" | "en") => parse(readFileSync(new URL(`../../content/i18n/${locale}.yaml`, import.meta.url), "utf8")) as Record<string, string>;
const words = (locale: "lv" | "en"): PlanWords => ({
  locale,
  t: translator(strings(locale), locale),
  recipeTitle: (slug) => ({ putra: locale === "lv" ? "Griķu putra" : "Buckwheat porridge", zupa: locale === "lv" ? "Zirņu zupa" : "Pea soup" })[slug] ?? slug,
  productName: (id) => ({ griki: locale === "lv" ? "Griķi" : "Buckwheat", sals: locale === "lv" ? "Sāls" : "Salt", sipols: locale === "lv" ? "Sīpols" : "Onion" })[id] ?? id,
  packageName: locale === "lv" ? "ES pārtikas paka" : "EU food-aid package",
});

const plan: Plan = {
  package: "paka",
  household: { adults: 1, children: 2 },
  meals: ["breakfast", "lunch"],
  days: [
    { day: 1, meals: [{ meal: "breakfast", recipe: "putra", servings: 21 }, { meal: "lunch", recipe: "zupa", servings: 3 }], nutrition: zeroNutrients() },
  ],
  stock: [{ product: "griki", availableGrams: 400, usedGrams: 250.4, leftGrams: 149.6 }],
  shopping: [{ product: "sipols", neededGrams: 300, packs: 1, packGrams: 1000, costEur: 0.6, leftGrams: 700 }],
  toTaste: ["sals"],
  totals: { extraCostEur: 0.6, extraCostPerPersonPerDayEur: 0.2, stockUsedGrams: 250.4, stockLeftGrams: 149.6, recipes: 2 },
  nutrition: { perPersonPerDay: { ...zeroNutrients(), energyKcal: 1234.4, salt: 2.26 }, reference: { energyKcal: { min: 1666.7, max: 1733.3 }, energyBandKcal: { min: null, max: 1906.7 }, saltMaxG: 4.17 } },
};

describe("planView", () => {
  it("should write the plan in Latvian with counts that agree with their nouns", () => {
    expect(planText(planView(plan, words("lv")))).toBe(
      [
        "Ēdienkarte",
        "No pakas: ES pārtikas paka",
        "1 pieaugušais, 2 bērni · 1 diena",
        "",
        "1. diena",
        "  Brokastis: Griķu putra — 21 porcija",
        "  Pusdienas: Zirņu zupa — 3 porcijas",
        "",
        "Pakas produkti:",
        "  Griķi: 250\u00a0g no 400\u00a0g, paliek 150\u00a0g",
        "",
        "Iepirkumu saraksts:",
        "  Sīpols: 1 × 1000\u00a0g — 0,60\u00a0€",
        "Iepirkumi kopā: 0,60\u00a0€ — 0,20\u00a0€ vienam cilvēkam dienā",
        "Vēl vajadzēs (pēc garšas): sāls",
        "",
        "Vienam cilvēkam dienā (vidēji):",
        "  Enerģija: 1234\u00a0kcal (atsauce 1667–1733\u00a0kcal)",
        "  Sāls: 2,3\u00a0g (ne vairāk kā 4,2\u00a0g)",
        "",
      ].join("\n"),
    );
  });

  it("should write the same plan in English", () => {
    const view = planView(plan, words("en"));
    expect(view.household).toBe("1 adult, 2 children · 1 day");
    expect(view.days[0]!.meals.map((meal) => `${meal.meal}: ${meal.title} — ${meal.servings}`)).toEqual(["Breakfast: Buckwheat porridge — 21 servings", "Lunch: Pea soup — 3 servings"]);
    expect(view.shopping.total).toBe("Shopping in all: €0.60 — €0.20 per person per day");
  });

  it("should call a seven-day plan a week menu and a fourteen-day plan a two-week menu, and any other just a menu", () => {
    const lasting = (days: number) => ({ ...plan, days: Array.from({ length: days }, (_, at) => ({ ...plan.days[0]!, day: at + 1 })) });
    expect([1, 7, 14].map((days) => planView(lasting(days), words("lv")).title)).toEqual(["Ēdienkarte", "Nedēļas ēdienkarte", "Divu nedēļu ēdienkarte"]);
    expect([3, 7, 14].map((days) => planView(lasting(days), words("en")).title)).toEqual(["Menu", "Week menu", "Two-week menu"]);
  });

  it("should say a plan was chosen from a shortlist only when it was", () => {
    expect(planView(plan, words("en")).shortlist).toBeNull();
    const short = { ...plan, shortlist: { kept: 36, of: 1000 } };
    expect(planView(short, words("en")).shortlist).toBe("Menu made from the 36 most promising recipes (1000 in all): the shopping is the cheapest among them, not necessarily among all.");
    expect(planText(planView(short, words("lv")))).toContain("Ēdienkarte sastādīta no 36 izdevīgākajām receptēm (1000 pavisam)");
  });

  it("should call the products a plan starts from the products at home when it has no package", () => {
    for (const [locale, source, title] of [["lv", "No produktiem, kas ir mājās", "Produkti, kas ir mājās"], ["en", "From the products at home", "Products at home"]] as const) {
      const view = planView({ ...plan, package: null }, { ...words(locale), packageName: null });
      expect([view.source, view.stock.title]).toEqual([source, title]);
    }
  });
});

describe("blockedView", () => {
  it("should say which meals lack recipes and why, and what the cheapest shopping would cost", () => {
    const result = { ok: false as const, blockers: [{ constraint: "recipes" as const, filters: ["equipment" as const], meals: ["lunch" as const, "dinner" as const], needed: 14, possible: 8, recipes: 4 }, { constraint: "budget" as const, budgetEur: 10, cheapestEur: 12.5 }] };
    expect(blockedView(result, words("lv")).reasons).toEqual(["ar šo virtuves aprīkojumu receptu pietiek tikai 8 no 14 ēdienreizēm (pusdienas, vakariņas)", "budžets (10,00\u00a0€) ir par mazu; lētākie iepirkumi maksātu 12,50\u00a0€"]);
    expect(blockedView(result, words("en")).reasons).toEqual(["with this kitchen equipment there are recipes for only 8 of 14 meals (lunch, dinner)", "the budget (€10.00) is too small; the cheapest shopping would cost €12.50"]);
  });

  it("should name every blocking rule in words", () => {
    for (const constraint of ["repetition", "stock", "energy-min", "energy-max", "salt"] as const) {
      expect(blockedView({ ok: false, blockers: [{ constraint }] }, words("lv")).reasons[0]!.length).toBeGreaterThan(10);
    }
    expect(blockedView({ ok: false, blockers: [{ constraint: "combined", groups: ["stock", "energy-min"] }] }, words("en")).reasons).toEqual(["several rules together: package products, least energy"]);
  });
});
