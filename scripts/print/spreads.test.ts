// Tests for putting spreads on left-hand pages: which blank pages to show, and how they move the pages after them.
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

  it("should leave starts without a page alone", () => {
    expect(padSpreads([{ id: "gone", page: 0 }]).shown).toEqual([]);
  });
});

describe("setPadsInHtml", () => {
  it("should show exactly the blank pages asked for in the print HTML", () => {
    const html = '<div class="spread-pad" data-pad-for="a" hidden></div><div class="spread-pad" data-pad-for="b"></div>';
    expect(setPadsInHtml(html, ["a"])).toBe('<div class="spread-pad" data-pad-for="a"></div><div class="spread-pad" data-pad-for="b" hidden></div>');
  });
});
