import type { FontMetrics } from "@capsizecss/core";
import { describe, expect, it } from "vitest";
import { FONT_FAMILY, fontFile, preloadedFonts, siteFontCss } from "./fonts.ts";

const metrics: FontMetrics = { familyName: FONT_FAMILY, fullName: `${FONT_FAMILY} Regular`, postscriptName: "AtkinsonHyperlegibleNext-Regular", capHeight: 668, ascent: 984, descent: -316, lineGap: 0, unitsPerEm: 1000, xHeight: 496, xWidthAvg: 444 };

describe("siteFontCss", () => {
  it("shows every face of the web font as soon as it comes, from the files under the given folder", () => {
    const faces = siteFontCss(metrics, "../fonts/files/").match(new RegExp(`@font-face \\{ font-family: "${FONT_FAMILY}";[^}]*\\}`, "g")) ?? [];
    expect(faces).toHaveLength(4);
    for (const face of faces) {
      expect(face).toContain("font-display: swap;");
      expect(face).toMatch(/src: url\(\.\.\/fonts\/files\/atkinson-hyperlegible-next-latin(-ext)?-(400|700)-normal\.woff2\)/);
    }
  });

  it("sizes the local fallback faces from the web font's metrics", () => {
    const sizes = (css: string) => [...css.matchAll(/size-adjust: ([\d.]+)%/g)].map((match) => Number(match[1]));
    const narrow = sizes(siteFontCss(metrics, ""));
    const wide = sizes(siteFontCss({ ...metrics, xWidthAvg: 500 }, ""));
    expect(narrow.length).toBeGreaterThan(0);
    narrow.forEach((size, index) => expect(wide[index]).toBeGreaterThan(size));
    expect(siteFontCss(metrics, "")).toMatch(/ascent-override: [\d.]+%;/);
  });

  it("puts the web font first and its sized fallbacks after it in the text's font stack", () => {
    const stack = /--text-font: ([^;]+);/.exec(siteFontCss(metrics, ""))?.[1] ?? "";
    expect(stack.startsWith(`"${FONT_FAMILY}", "${FONT_FAMILY} Fallback: `)).toBe(true);
    expect(stack.endsWith("sans-serif")).toBe(true);
  });
});

describe("preloadedFonts", () => {
  it("preloads both subsets in both weights for a Latvian page, whose letters ā č ē … are only in latin-ext", () => {
    expect([...preloadedFonts("lv")].sort()).toEqual([fontFile("latin", 400), fontFile("latin", 700), fontFile("latin-ext", 400), fontFile("latin-ext", 700)].sort());
  });

  it("leaves the regular latin-ext file out of an English page's preloads", () => {
    expect(preloadedFonts("en")).toContain(fontFile("latin", 400));
    expect(preloadedFonts("en")).not.toContain(fontFile("latin-ext", 400));
  });
});
