// Tests for locale-aware money, number, percent and duration formatting, and step rounding.
import { describe, expect, it } from "vitest";
import { decimalsOf, formatEur, formatMinutes, formatNumber, formatPercent, roundToStep } from "./format.ts";

const NBSP = "\u00a0";

describe("formatEur", () => {
  it("should write euros the Latvian way with a decimal comma and the sign after", () => {
    expect(formatEur(1.25, "lv")).toBe(`1,25${NBSP}€`);
    expect(formatEur(0.863625, "lv")).toBe(`0,86${NBSP}€`);
  });

  it("should write euros the English way with the sign first and a decimal point", () => {
    expect(formatEur(1.25, "en")).toBe("€1.25");
    expect(formatEur(1234.5, "en")).toBe("€1,234.50");
  });
});

describe("formatNumber", () => {
  it("should use a decimal comma in Latvian and a point in English", () => {
    expect(formatNumber(1.5, "lv")).toBe("1,5");
    expect(formatNumber(1.5, "en")).toBe("1.5");
  });

  it("should show at most two decimals unless told otherwise", () => {
    expect(formatNumber(2.3456, "en")).toBe("2.35");
    expect(formatNumber(2, "en", { minimumFractionDigits: 1 })).toBe("2.0");
    expect(formatNumber(2.3456, "en", { maximumFractionDigits: 0 })).toBe("2");
  });

  it("should group thousands as the locale does", () => {
    expect(formatNumber(14530, "lv")).toBe(`14${NBSP}530`);
    expect(formatNumber(14530, "en")).toBe("14,530");
  });
});

describe("formatPercent", () => {
  it("should round to whole percent", () => {
    expect(formatPercent(17.4, "en")).toBe("17%");
    expect(formatPercent(17.5, "lv")).toBe("18%");
  });

  it("should show a small non-zero share as <1%, and zero as 0%", () => {
    expect(formatPercent(0.3, "en")).toBe("<1%");
    expect(formatPercent(0, "en")).toBe("0%");
  });
});

describe("formatMinutes", () => {
  it("should show minutes under an hour", () => {
    expect(formatMinutes(45, "lv")).toBe("45 min");
    expect(formatMinutes(45, "en")).toBe("45 min");
  });

  it("should show hours and minutes from an hour on", () => {
    expect(formatMinutes(75, "lv")).toBe("1 st. 15 min");
    expect(formatMinutes(75, "en")).toBe("1 hr 15 min");
    expect(formatMinutes(120, "lv")).toBe("2 st.");
  });
});

describe("roundToStep", () => {
  it("should round halves up without binary noise", () => {
    expect(roundToStep(0.15, 0.1)).toBe(0.2);
    expect(roundToStep(1.45, 0.1)).toBe(1.5);
    expect(roundToStep(2.675, 0.01)).toBe(2.68);
    expect(roundToStep(1.25, 0.5)).toBe(1.5);
  });

  it("should round to steps larger than one", () => {
    expect(roundToStep(437, 10)).toBe(440);
    expect(roundToStep(1234, 50)).toBe(1250);
    expect(roundToStep(12.4, 5)).toBe(10);
  });

  it("should count a step's decimals", () => {
    expect([decimalsOf(50), decimalsOf(0.5), decimalsOf(0.01)]).toEqual([0, 1, 2]);
  });
});
