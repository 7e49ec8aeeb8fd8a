import { describe, expect, it } from "vitest";
import { fillPageNumbers, pageSpans, UNKNOWN_PAGE } from "./pagerefs.ts";

describe("fillPageNumbers", () => {
  it("should write each target's page into its stand-in and report targets without a page", () => {
    const html = `<a href="#a"><span data-page-of="a">${UNKNOWN_PAGE}</span></a><span data-page-of="b">${UNKNOWN_PAGE}</span>`;
    const filled = fillPageNumbers(html, { a: 7 });
    expect(filled.html).toBe(`<a href="#a"><span data-page-of="a">7</span></a><span data-page-of="b">${UNKNOWN_PAGE}</span>`);
    expect(filled.missing).toEqual(["b"]);
  });

  it("should fill references into another book only under that book's prefix", () => {
    const html = `<span data-page-of="notebook:recipe-x">000</span><span data-page-of="recipe-x">000</span>`;
    expect(fillPageNumbers(html, { "recipe-x": 12 }, "notebook:").html).toBe(`<span data-page-of="notebook:recipe-x">12</span><span data-page-of="recipe-x">000</span>`);
    expect(fillPageNumbers(html, { "recipe-x": 5 }).html).toBe(`<span data-page-of="notebook:recipe-x">000</span><span data-page-of="recipe-x">5</span>`);
  });
});

describe("pageSpans", () => {
  it("should count the pages from each target to the next, the last one to the end page", () => {
    expect([...pageSpans(["a", "b", "c"], { a: 5, b: 6, c: 8 }, 9)]).toEqual([["a", 1], ["b", 2], ["c", 1]]);
  });

  it("should leave out targets without a page, and the one before a target without a page", () => {
    expect([...pageSpans(["a", "b", "c"], { a: 5, c: 8 }, 9)]).toEqual([["c", 1]]);
  });
});
