// Tests for amounts named in recipe steps: read as written in each language, shown for other servings as the ingredient list rounds.
import { describe, expect, it } from "vitest";
import { parseStepAmount, stepAmountText } from "./step-amounts.ts";

const NBSP = "\u00a0";

describe("parseStepAmount", () => {
  it("should read a whole number and an abbreviation that does not change with the number", () => {
    expect(parseStepAmount("750 ml", "lv")).toEqual({ ok: true, amount: { qty: 750, unit: "ml" } });
    expect(parseStepAmount("2 ēd. k.", "lv")).toEqual({ ok: true, amount: { qty: 2, unit: "ēdamkarote" } });
    expect(parseStepAmount("2 tbsp", "en")).toEqual({ ok: true, amount: { qty: 2, unit: "ēdamkarote" } });
  });

  it("should read decimals with the language's own decimal sign, and fraction glyphs", () => {
    expect(parseStepAmount("1,5 l", "lv")).toEqual({ ok: true, amount: { qty: 1.5, unit: "l" } });
    expect(parseStepAmount("1.5 l", "en")).toEqual({ ok: true, amount: { qty: 1.5, unit: "l" } });
    expect(parseStepAmount("½ tējk.", "lv")).toEqual({ ok: true, amount: { qty: 0.5, unit: "tējkarote" } });
    expect(parseStepAmount("1¼ tsp", "en")).toEqual({ ok: true, amount: { qty: 1.25, unit: "tējkarote" } });
  });

  it("should refuse the other language's decimal sign", () => {
    expect(parseStepAmount("1.5 l", "lv")).toEqual({ ok: false, problem: { code: "decimal-sign", text: "1.5 l", sign: "," } });
    expect(parseStepAmount("1,5 l", "en")).toEqual({ ok: false, problem: { code: "decimal-sign", text: "1,5 l", sign: "." } });
  });

  it("should refuse words whose form changes with the number, and the other language's words", () => {
    expect(parseStepAmount("1 glāze", "lv")).toEqual({ ok: false, problem: { code: "unknown-unit", unit: "glāze" } });
    expect(parseStepAmount("2 ēdamkarotes", "lv")).toEqual({ ok: false, problem: { code: "unknown-unit", unit: "ēdamkarotes" } });
    expect(parseStepAmount("2 tbsp", "lv")).toEqual({ ok: false, problem: { code: "unknown-unit", unit: "tbsp" } });
  });

  it("should refuse text that is not a number and a unit", () => {
    for (const text of ["ml", "750ml", "daudz ml", "0 ml", ""]) expect(parseStepAmount(text, "lv")).toMatchObject({ ok: false, problem: { code: "not-an-amount" } });
  });
});

describe("stepAmountText", () => {
  it("should show the amount as written at the recipe's own servings", () => {
    expect(stepAmountText({ qty: 750, unit: "ml" }, "lv", 4, 4)).toBe(`750${NBSP}ml`);
    expect(stepAmountText({ qty: 1.5, unit: "l" }, "lv", 4, 4)).toBe(`1,5${NBSP}l`);
    expect(stepAmountText({ qty: 0.5, unit: "tējkarote" }, "en", 4, 4)).toBe(`½${NBSP}tsp`);
  });

  it("should scale and round as the ingredient list does", () => {
    // 750 ml × 2/4 = 375 → step 10 → 380 ml; 1.5 l × 1/4 = 0.375 → 0.4 l; 1 tbsp × 3/4 → ¾ tbsp.
    expect(stepAmountText({ qty: 750, unit: "ml" }, "lv", 4, 2)).toBe(`380${NBSP}ml`);
    expect(stepAmountText({ qty: 1.5, unit: "l" }, "lv", 4, 1)).toBe(`0,4${NBSP}l`);
    expect(stepAmountText({ qty: 1, unit: "ēdamkarote" }, "en", 4, 3)).toBe(`¾${NBSP}tbsp`);
    expect(stepAmountText({ qty: 2, unit: "ēdamkarote" }, "lv", 4, 6)).toBe(`3${NBSP}ēd. k.`);
  });

  it("should give 1000 ml and more in litres once scaled, as the ingredient list does", () => {
    // 750 ml × 2 = 1500 ml → 1,5 l; written as 1200 ml, the recipe's own servings keep 1200 ml.
    expect(stepAmountText({ qty: 750, unit: "ml" }, "lv", 2, 4)).toBe(`1,5${NBSP}l`);
    expect(stepAmountText({ qty: 1200, unit: "ml" }, "en", 4, 4)).toBe(`1,200${NBSP}ml`);
  });
});
