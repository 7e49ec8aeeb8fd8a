// Tests for scaling recipes to other servings and showing quantities a cook can measure.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, roundQuantity, scaleLines, scaleQty } from "./scale.ts";
import type { IngredientLine, ProductData } from "./types.ts";
import { toGrams } from "./units.ts";
import { UNIT_CODES } from "./vocabulary.ts";
import { griki } from "./fixtures.ts";

describe("roundQuantity", () => {
  it("should round pieces, spoons, glasses, packs and cans below five to ¼, ⅓, ½ or ¾, at least ¼", () => {
    expect(roundQuantity(0.33, "gab.")).toBe(1 / 3);
    expect(roundQuantity(0.1, "gab.")).toBe(0.25);
    expect(roundQuantity(2.1, "gab.")).toBe(2);
    expect(roundQuantity(2.26, "gab.")).toBe(2.25);
    expect(roundQuantity(1.1, "glāze")).toBe(1);
    expect(roundQuantity(0.27, "paka")).toBe(0.25);
    expect(roundQuantity(0.9, "kārba")).toBe(1);
  });

  it("should keep three quarters of a glass as ¾, not a whole glass", () => {
    expect(roundQuantity(0.75, "glāze")).toBe(0.75);
    expect(roundQuantity(1.7, "glāze")).toBe(1.75);
  });

  it("should round a rest between two kitchen fractions to the nearer one, a tie to the larger", () => {
    // ⅓ and ½ are 0.1667 apart: 0.41 is nearer ⅓, 0.42 nearer ½; ½ and ¾ meet at 0.625.
    expect(roundQuantity(0.41, "tējkarote")).toBe(1 / 3);
    expect(roundQuantity(0.42, "tējkarote")).toBe(0.5);
    expect(roundQuantity(2.625, "ēdamkarote")).toBe(2.75);
  });

  it("should round spoons, glasses, packs and cans to halves from five on", () => {
    expect(roundQuantity(5.2, "ēdamkarote")).toBe(5);
    expect(roundQuantity(5.3, "glāze")).toBe(5.5);
    expect(roundQuantity(6.75, "glāze")).toBe(7);
  });

  it("should round grams and millilitres to steps that grow with the amount", () => {
    expect([7, 0.3, 9.4, 12.4, 99, 437, 1234].map((qty) => roundQuantity(qty, "g"))).toEqual([7, 1, 9, 10, 100, 440, 1250]);
    expect(roundQuantity(12.5, "ml")).toBe(15);
    expect(roundQuantity(1210, "ml")).toBe(1200);
  });

  it("should round kilograms and litres to 0.1, at least 0.1, and keep pinches whole, at least one", () => {
    expect(roundQuantity(1.26, "kg")).toBe(1.3);
    expect(roundQuantity(0.04, "l")).toBe(0.1);
    expect(roundQuantity(0.4, "šķipsniņa")).toBe(1);
    expect(roundQuantity(2.6, "šķipsniņa")).toBe(3);
  });

  it("should never round a positive amount to zero", () => {
    for (const unit of UNIT_CODES) {
      if (unit === "pēc garšas") continue;
      expect(roundQuantity(0.001, unit)).toBeGreaterThan(0);
    }
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

describe("scaleLines", () => {
  const lines = [
    { product: "ola", qty: 2, unit: "gab." as const, note: "sakultas" },
    { product: "griki", qty: 437, unit: "g" as const },
    { product: "sals", unit: "pēc garšas" as const },
  ];

  it("should scale quantities exactly, without rounding them", () => {
    // 4 → 1 serving: 2 eggs × 1/4 = 0.5; 437 g × 1/4 = 109.25
    expect(scaleLines(lines, 4, 1).map((l) => l.qty)).toEqual([0.5, 109.25, undefined]);
    expect(scaleLines(lines, 4, 4).map((l) => l.qty)).toEqual([2, 437, undefined]);
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
