// Tests for a recipe's allergen union.
import { describe, expect, it } from "vitest";
import { allergenUnion } from "./allergens.ts";

describe("allergenUnion", () => {
  it("should list each allergen once in Annex II order, whatever order the products come in", () => {
    const products = [{ allergens: ["milk" as const] }, { allergens: ["eggs" as const, "milk" as const] }, { allergens: [] }, { allergens: ["gluten" as const] }];
    expect(allergenUnion(products)).toEqual(["gluten", "eggs", "milk"]);
  });

  it("should give an empty list when no product has allergens", () => {
    expect(allergenUnion([{ allergens: [] }])).toEqual([]);
    expect(allergenUnion([])).toEqual([]);
  });
});
