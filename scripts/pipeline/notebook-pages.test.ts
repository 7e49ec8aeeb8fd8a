// Tests for rewriting the notebook page numbers in published recipe pages after the books are printed again.
import { describe, expect, it } from "vitest";
import { relinkNotebookPages } from "./notebook-pages.ts";

const link = (page: number) => `<a href="/downloads/x-a5.pdf#page=${page}" data-notebook-page="recipe-griku-putra">Šī recepte: <span data-page-of="notebook:recipe-griku-putra">${page}</span>. lpp.</a>`;

describe("relinkNotebookPages", () => {
  it("should rewrite the link's page and the number it shows", () => {
    expect(relinkNotebookPages(`<p>${link(7)}</p>`, { "recipe-griku-putra": 12 })).toBe(`<p>${link(12)}</p>`);
  });

  it("should leave a link whose recipe the notebook no longer has, and any other number", () => {
    const html = `<p>${link(7)} 7 #page=7</p>`;
    expect(relinkNotebookPages(html, { "recipe-manna-putra": 3 })).toBe(html);
  });
});
