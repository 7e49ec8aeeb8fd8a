// Tests for scaling recipes to other servings and showing quantities a cook can measure.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayQuantity, formatAmount, roundQuantity, scaleLines, scaleQty } from "./scale.ts";
import type { IngredientLine, ProductData, UnitCode } from "./types.ts";
import { toGrams } from "./units.ts";
import { UNIT_CODES } from "./vocabulary.ts";
import { griki } from "./fixtures.ts";

const NBSP = "\u00a0";
const text = (qty: number | undefined, unit: UnitCode, locale: "lv" | "en" = "lv") => displayQuantity(qty, unit, locale).text;

describe("displayQuantity", () => {
  it("should round pieces to kitchen fractions and never show 0", () => {
    expect(displayQuantity(0.33, "gab.", "lv")).toEqual({ value: 1 / 3, amount: "⅓", unit: "gab.", text: `⅓${NBSP}gab.` });
    expect(displayQuantity(0.1, "gab.", "lv").amount).toBe("¼");
    expect(displayQuantity(1.5, "gab.", "lv").amount).toBe("1½");
    expect(displayQuantity(2.1, "gab.", "lv").amount).toBe("2");
    expect(displayQuantity(2.26, "gab.", "lv").amount).toBe("2¼");
  });

  it("should show three quarters of a glass as ¾, not as a whole glass", () => {
    expect(text(0.75, "glāze")).toBe(`¾${NBSP}glāzes`);
    expect(text(0.75, "glāze", "en")).toBe(`¾${NBSP}glass`);
    expect(text(1.7, "glāze")).toBe(`1¾${NBSP}glāzes`);
  });

  it("should round a rest between two kitchen fractions to the nearer one, a tie to the larger", () => {
    // ⅓ and ½ are 0.1667 apart: 0.41 is nearer ⅓, 0.42 nearer ½; ½ and ¾ meet at 0.625.
    expect(text(0.41, "tējkarote")).toBe(`⅓${NBSP}tējk.`);
    expect(text(0.42, "tējkarote")).toBe(`½${NBSP}tējk.`);
    expect(text(2.625, "ēdamkarote")).toBe(`2¾${NBSP}ēd. k.`);
    expect(text(0.9, "kārba")).toBe(`1${NBSP}kārba`);
  });

  it("should round spoons, glasses, packs and cans to halves from five on, with plural labels", () => {
    expect(text(5.2, "ēdamkarote")).toBe(`5${NBSP}ēd. k.`);
    expect(text(5.3, "glāze")).toBe(`5½${NBSP}glāzes`);
    expect(text(6.75, "glāze", "en")).toBe(`7${NBSP}glasses`);
    expect(text(1.1, "glāze")).toBe(`1${NBSP}glāze`);
    expect(text(0.27, "paka", "en")).toBe(`¼${NBSP}pack`);
    expect(text(2, "kārba")).toBe(`2${NBSP}kārbas`);
  });

  it("should round grams and millilitres to steps that grow with the amount", () => {
    expect(text(7, "g")).toBe(`7${NBSP}g`);
    expect(text(0.3, "g")).toBe(`1${NBSP}g`);
    expect(text(9.4, "g")).toBe(`9${NBSP}g`);
    expect(text(12.4, "g")).toBe(`10${NBSP}g`);
    expect(text(12.5, "ml")).toBe(`15${NBSP}ml`);
    expect(text(99, "g")).toBe(`100${NBSP}g`);
    expect(text(437, "g")).toBe(`440${NBSP}g`);
    expect(text(1210, "ml")).toBe(`1200${NBSP}ml`);
    expect(text(1234, "g", "en")).toBe(`1,250${NBSP}g`);
  });

  it("should round kilograms and litres to 0.1 with the locale's decimal sign", () => {
    expect(text(1.26, "kg")).toBe(`1,3${NBSP}kg`);
    expect(text(1.26, "l", "en")).toBe(`1.3${NBSP}l`);
    expect(text(0.04, "kg")).toBe(`0,1${NBSP}kg`);
  });

  it("should keep pinches whole and at least one", () => {
    expect(text(0.4, "šķipsniņa")).toBe(`1${NBSP}šķipsniņa`);
    expect(text(2.6, "šķipsniņa")).toBe(`3${NBSP}šķipsniņas`);
    expect(text(2.6, "šķipsniņa", "en")).toBe(`3${NBSP}pinches`);
  });

  it("should show pēc garšas without a number", () => {
    expect(displayQuantity(undefined, "pēc garšas", "lv")).toEqual({ amount: "", unit: "pēc garšas", text: "pēc garšas" });
    expect(displayQuantity(undefined, "pēc garšas", "en").text).toBe("to taste");
  });

  it("should show numbers as written when exact", () => {
    expect(displayQuantity(125, "g", "lv", { exact: true }).text).toBe(`125${NBSP}g`);
    expect(displayQuantity(0.25, "tējkarote", "lv", { exact: true }).text).toBe(`¼${NBSP}tējk.`);
    expect(displayQuantity(0.2, "l", "lv", { exact: true }).text).toBe(`0,2${NBSP}l`);
  });
});

describe("formatAmount", () => {
  it("should use fraction glyphs where they fit and decimals elsewhere", () => {
    expect(formatAmount(0.5, "lv")).toBe("½");
    expect(formatAmount(2.75, "en")).toBe("2¾");
    expect(formatAmount(1 / 3, "en")).toBe("⅓");
    expect(formatAmount(1.2, "lv")).toBe("1,2");
    expect(formatAmount(3, "lv")).toBe("3");
  });
});

describe("roundQuantity", () => {
  it("should never round a positive amount to zero", () => {
    for (const unit of UNIT_CODES) {
      if (unit === "pēc garšas") continue;
      expect(roundQuantity(0.001, unit)).toBeGreaterThan(0);
    }
  });
});

describe("scaleLines", () => {
  const lines = [
    { product: "ola", qty: 2, unit: "gab." as const, note: "sakultas" },
    { product: "griki", qty: 437, unit: "g" as const },
    { product: "sals", unit: "pēc garšas" as const },
  ];

  it("should scale exact quantities and round only the display", () => {
    // 4 → 1 serving: 2 eggs × 1/4 = 0.5 → "½"; 437 g × 1/4 = 109.25 → step 10 → "110 g"
    const scaled = scaleLines(lines, 4, 1);
    expect(scaled.map((l) => l.qty)).toEqual([0.5, 109.25, undefined]);
    expect(scaled.map((l) => l.display.lv.text)).toEqual([`½${NBSP}gab.`, `110${NBSP}g`, "pēc garšas"]);
    expect(scaled.map((l) => l.display.en.text)).toEqual([`½${NBSP}pc`, `110${NBSP}g`, "to taste"]);
  });

  it("should show the quantities as written at the recipe's own servings", () => {
    expect(scaleLines(lines, 4, 4).map((l) => l.display.lv.text)).toEqual([`2${NBSP}gab.`, `437${NBSP}g`, "pēc garšas"]);
  });

  it("should keep the lines' other fields and leave pēc garšas without qty", () => {
    const [ola, , sals] = scaleLines(lines, 4, 6);
    expect(ola).toMatchObject({ product: "ola", unit: "gab.", note: "sakultas", qty: 3 });
    expect(sals && "qty" in sals).toBe(false);
  });

  it("should refuse servings that are not above zero", () => {
    expect(() => scaleLines(lines, 4, 0)).toThrow(new RangeError("toServings must be a number greater than 0, not 0"));
    expect(() => scaleQty(1, Number.NaN, 2)).toThrow(RangeError);
  });

  it("should give back the original grams after scaling there and back", () => {
    // A product that converts every unit, so every line has grams.
    const any: ProductData = {
      ...griki,
      units: { densityGPerMl: 0.73, gramsPerPiece: 61, gramsPerTablespoon: 11, gramsPerTeaspoon: 3.7, gramsPerGlass: 143, gramsPerPinch: 0.35 },
    };
    const unitArb = fc.constantFrom(...UNIT_CODES.filter((u) => u !== "pēc garšas"));
    const lineArb = fc.record({ product: fc.constant(any.id), qty: fc.double({ min: 0.001, max: 5000, noNaN: true }), unit: unitArb });
    const servingsArb = fc.integer({ min: 1, max: 50 });
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 12 }), servingsArb, servingsArb, (original: IngredientLine[], from, to) => {
        const back = scaleLines(scaleLines(original, from, to), to, from);
        back.forEach((line, i) => {
          const before = toGrams(original[i] as IngredientLine, any);
          const after = toGrams(line, any);
          if (!before.ok || !after.ok) throw new Error("conversion failed");
          expect(Math.abs(after.grams - before.grams)).toBeLessThanOrEqual(1e-9 * before.grams);
        });
      }),
    );
  });
});
