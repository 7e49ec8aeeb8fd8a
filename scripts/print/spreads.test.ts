// Tests for putting spreads on left-hand pages and masters on right-hand ones: which blank pages to show, and how they move the pages after them.
import { describe, expect, it } from "vitest";
import { padSpreads, setPadsInHtml } from "./spreads.ts";

describe("padSpreads", () => {
  it("should show a blank page before a start on an odd page, and count it for every start after", () => {
    // Two-page recipes from page 5: one blank page puts them all on even pages.
    const starts = [5, 7, 9].map((page, index) => ({ id: `r${index}`, page }));
    expect(padSpreads(starts, [], { r0: 5, r1: 7, r2: 9, index: 11 })).toEqual({ shown: ["r0"], pages: { r0: 6, r1: 8, r2: 10, index: 12 } });
  });

  it("should add a blank page only where a longer recipe put the next one on an odd page", () => {
    // r1 takes three pages: r2 would start on 9.
    const starts = [{ id: "r0", page: 4 }, { id: "r1", page: 6 }, { id: "r2", page: 9 }, { id: "back", page: 12 }];
    expect(padSpreads(starts).shown).toEqual(["r2", "back"]);
  });

  it("should take a blank page away when the printed book shows one that is not needed", () => {
    // Printed with r1's blank page, r1 landed on page 7: without it, it is on 6.
    expect(padSpreads([{ id: "r0", page: 4 }, { id: "r1", page: 7 }], ["r1"], { r1: 7, index: 9 })).toEqual({ shown: [], pages: { r1: 6, index: 8 } });
  });

  it("should put a right-hand start on an odd page, giving a one-page master a blank back", () => {
    // Masters of one page each from page 31: each next one would land on an even page.
    const starts = [31, 32, 33].map((page, index) => ({ id: `m${index}`, page, side: "right" as const }));
    expect(padSpreads(starts, [], { m0: 31, m1: 32, m2: 33 })).toEqual({ shown: ["m1", "m2"], pages: { m0: 31, m1: 33, m2: 35 } });
  });

  it("should need no blank page after a two-page master, and mix both sides in one book", () => {
    const starts = [{ id: "card", page: 33, side: "right" as const }, { id: "form", page: 35, side: "right" as const }, { id: "back", page: 36 }];
    expect(padSpreads(starts).shown).toEqual([]);
    expect(padSpreads([{ id: "form", page: 34, side: "right" }, { id: "back", page: 35 }]).shown).toEqual(["form"]);
  });

  it("should leave starts without a page alone", () => {
    expect(padSpreads([{ id: "gone", page: 0 }]).shown).toEqual([]);
  });
});

describe("setPadsInHtml", () => {
  it("should show exactly the blank pages asked for in the print HTML", () => {
    const html = '<div class="spread-pad" data-pad-for="a" hidden></div><div class="spread-pad" data-pad-side="right" data-pad-for="b"></div>';
    expect(setPadsInHtml(html, ["a"])).toBe('<div class="spread-pad" data-pad-for="a"></div><div class="spread-pad" data-pad-side="right" data-pad-for="b" hidden></div>');
  });
});
