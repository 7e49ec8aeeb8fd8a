// Tests for ranking the recipes that use each product.
import { describe, expect, it } from "vitest";
import { productUsage } from "./usage.ts";

const recipes = [
  { slug: "manna-putra", ingredients: [{ product: "piens", grams: 500 }, { product: "cukurs", grams: 12 }] },
  { slug: "pankukas", ingredients: [{ product: "piens", grams: 515 }, { product: "cukurs", grams: 4 }, { product: "sals", grams: 0 }] },
  { slug: "auzu-putra", ingredients: [{ product: "piens", grams: 500 }, { product: "cukurs", grams: 10 }, { product: "cukurs", grams: 5 }] },
];

describe("productUsage", () => {
  it("should rank recipes by grams used, most first, then by slug", () => {
    const usage = productUsage(recipes);
    // piens: pankukas 515, then auzu-putra and manna-putra tie at 500 → slug order
    expect(usage.piens).toEqual([
      { slug: "pankukas", grams: 515 },
      { slug: "auzu-putra", grams: 500 },
      { slug: "manna-putra", grams: 500 },
    ]);
  });

  it("should add up a product that appears on several lines of one recipe", () => {
    // auzu-putra: cukurs 10 + 5 = 15 > manna-putra 12 > pankukas 4
    expect(productUsage(recipes).cukurs?.map((u) => [u.slug, u.grams])).toEqual([
      ["auzu-putra", 15],
      ["manna-putra", 12],
      ["pankukas", 4],
    ]);
  });

  it("should keep to-taste uses with 0 g", () => {
    expect(productUsage(recipes).sals).toEqual([{ slug: "pankukas", grams: 0 }]);
  });

  it("should list the given products first, unused ones with no recipes", () => {
    const usage = productUsage(recipes, ["griki", "piens"]);
    expect(Object.keys(usage)).toEqual(["griki", "piens", "cukurs", "sals"]);
    expect(usage.griki).toEqual([]);
  });
});
