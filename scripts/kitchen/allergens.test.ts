// Tests for the Annex II allergen list, names and a recipe's allergen union.
import { describe, expect, it } from "vitest";
import { ALLERGEN_CODES, ALLERGEN_NAMES, ALLERGEN_SHORT_NAMES, allergenUnion } from "./allergens.ts";

describe("ALLERGEN_CODES", () => {
  it("should list the 14 allergens in Annex II order", () => {
    expect(ALLERGEN_CODES).toEqual(["gluten", "crustaceans", "eggs", "fish", "peanuts", "soybeans", "milk", "nuts", "celery", "mustard", "sesame", "sulphites", "lupin", "molluscs"]);
  });

  it("should name every allergen in both locales, in full and short", () => {
    for (const code of ALLERGEN_CODES) {
      for (const names of [ALLERGEN_NAMES, ALLERGEN_SHORT_NAMES]) {
        expect(names[code].lv.length).toBeGreaterThan(2);
        expect(names[code].en.length).toBeGreaterThan(2);
      }
    }
    expect(ALLERGEN_SHORT_NAMES.gluten).toEqual({ lv: "Graudaugi ar lipekli", en: "Gluten" });
    expect(ALLERGEN_NAMES.milk).toEqual({ lv: "Piens (arī laktoze)", en: "Milk (including lactose)" });
  });
});

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
