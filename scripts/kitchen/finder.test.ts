// Tests for the recipe finder: the recipe view it works on, its filters, its ranking and its state in the query string.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_QUERY, findRecipes, finderRecipe, fitsFilters, KITCHENS, queryFromSearch, queryToSearch, TIME_LIMITS, type FinderQuery, type FinderRecipe } from "./finder.ts";
import { productsById } from "./fixtures.ts";
import { computeRecipe } from "./recipe.ts";
import { ALLERGEN_CODES, MEALS } from "./vocabulary.ts";

/** A finder recipe with made-up costs (euros in the whole recipe) that can be checked by hand. */
function recipe(slug: string, products: Record<string, number | "to taste">, extra: Partial<FinderRecipe> = {}): FinderRecipe {
  return {
    slug,
    meal: "main",
    totalMinutes: 30,
    equipment: ["stove"],
    servings: 2,
    allergens: [],
    products: Object.entries(products).map(([id, cost]) => ({ id, costEur: cost === "to taste" ? 0 : cost, toTaste: cost === "to taste" })),
    ...extra,
  };
}

const query = (changes: Partial<FinderQuery>): FinderQuery => ({ ...EMPTY_QUERY, ...changes });
const slugs = (recipes: readonly FinderRecipe[], q: FinderQuery) => findRecipes(recipes, q).map((match) => match.slug);

describe("finderRecipe", () => {
  it("should leave free products out, list a repeated product once with its costs summed, and add prep and cook time", () => {
    const computed = computeRecipe(
      {
        slug: "putra",
        servings: 2,
        ingredients: [
          { product: "griki", qty: 200, unit: "g" },
          { product: "udens", qty: 400, unit: "ml" },
          { product: "griki", qty: 100, unit: "g" },
          { product: "sals", unit: "pēc garšas" },
          { product: "sipols", qty: 1, unit: "gab." },
        ],
      },
      productsById,
    );
    if (!computed.ok) throw new Error("fixture recipe does not compute");
    const found = finderRecipe({ slug: "putra", meal: "breakfast", time: { prep: 5, cook: 20 }, equipment: ["stove"], servings: 2 }, computed.recipe, new Set(["udens"]));
    // griki: 300 g of a 400 g pack at 0.80 € = 0.60 €; sipols: 100 g of 1000 g at 1.20 € = 0.12 €.
    expect(found.products.map(({ id, toTaste }) => ({ id, toTaste }))).toEqual([
      { id: "griki", toTaste: false },
      { id: "sals", toTaste: true },
      { id: "sipols", toTaste: false },
    ]);
    expect(found.products[0]!.costEur).toBeCloseTo(0.6, 12);
    expect(found.products[2]!.costEur).toBeCloseTo(0.12, 12);
    expect(found.totalMinutes).toBe(25);
    expect(found.allergens).toEqual([]);
  });

  it("should treat a product as optional only when every line of it is to taste", () => {
    const computed = computeRecipe({ slug: "zupa", servings: 1, ingredients: [{ product: "sals", unit: "pēc garšas" }, { product: "sals", qty: 1, unit: "šķipsniņa" }] }, productsById);
    if (!computed.ok) throw new Error("fixture recipe does not compute");
    const found = finderRecipe({ slug: "zupa", meal: "soup", time: { prep: 1, cook: 1 }, equipment: ["none"], servings: 1 }, computed.recipe, new Set());
    expect(found.products.map(({ id, toTaste }) => ({ id, toTaste }))).toEqual([{ id: "sals", toTaste: false }]);
  });
});

describe("findRecipes", () => {
  const putra = recipe("putra", { griki: 0.6, "piena-pulveris": 0.4, sals: "to taste" }, { meal: "breakfast", allergens: ["milk"] });
  const zupa = recipe("zupa", { sipols: 0.36, griki: 0.2, sals: 0.02 }, { meal: "soup", totalMinutes: 40 });
  const manna = recipe("manna", { manna: 0.1, "piena-pulveris": 0.3, sals: 0.01 }, { meal: "breakfast", totalMinutes: 10, allergens: ["gluten", "milk"] });
  const cepums = recipe("cepums", { milti: 0.5, cukurs: 0.2 }, { meal: "baking", equipment: ["oven"], allergens: ["gluten"] });
  const termoss = recipe("termoss", { griki: 0.4 }, { equipment: ["kettle"] });
  const all = [putra, zupa, manna, cepums, termoss];

  it("should list every recipe in the given order when no product is ticked", () => {
    expect(slugs(all, EMPTY_QUERY)).toEqual(["putra", "zupa", "manna", "cepums", "termoss"]);
    expect(findRecipes(all, EMPTY_QUERY)[1]).toEqual({ slug: "zupa", uses: [], toBuy: ["sipols", "griki", "sals"], toBuyPerServingEur: expect.closeTo(0.29, 12) });
  });

  it("should rank recipes using the ticked products by how few products are left to buy, then by their cost per serving", () => {
    const found = findRecipes(all, query({ have: ["griki", "piena-pulveris"] }));
    // putra: nothing to buy (salt is to taste); termoss: nothing; zupa: sipols + sals = 0.38 € / 2; manna: manna + sals = 0.11 € / 2.
    expect(found.map(({ slug, toBuy }) => `${slug}: ${toBuy.join(" ")}`)).toEqual(["putra: ", "termoss: ", "manna: manna sals", "zupa: sipols sals"]);
    expect(found[2]!.toBuyPerServingEur).toBeCloseTo(0.055, 12);
    expect(found[3]!.toBuyPerServingEur).toBeCloseTo(0.19, 12);
    expect(found[0]!.uses).toEqual(["griki", "piena-pulveris"]);
  });

  it("should leave out recipes that use none of the ticked products", () => {
    expect(slugs(all, query({ have: ["cukurs"] }))).toEqual(["cepums"]);
    expect(slugs(all, query({ have: ["ola"] }))).toEqual([]);
  });

  it("should count a ticked to-taste product as used, and never ask to buy one", () => {
    const found = findRecipes([putra], query({ have: ["sals"] }));
    expect(found).toEqual([{ slug: "putra", uses: ["sals"], toBuy: ["griki", "piena-pulveris"], toBuyPerServingEur: expect.closeTo(0.5, 12) }]);
  });

  it("should filter by meal and by total time, the limit included", () => {
    expect(slugs(all, query({ meal: "breakfast" }))).toEqual(["putra", "manna"]);
    expect(slugs(all, query({ maxMinutes: 30 }))).toEqual(["putra", "manna", "cepums", "termoss"]);
    expect(slugs(all, query({ maxMinutes: 15, have: ["griki", "manna"] }))).toEqual(["manna"]);
  });

  it("should keep oven recipes out of a kitchen without an oven, and stove recipes out of a kettle-only one", () => {
    const cold = recipe("salati", { sipols: 0.1 }, { equipment: ["none"] });
    const both = recipe("auzas", { griki: 0.1 }, { equipment: ["stove", "kettle"] });
    const recipes = [...all, cold, both];
    expect(slugs(recipes, query({ kitchen: "no-oven" }))).toEqual(["putra", "zupa", "manna", "termoss", "salati", "auzas"]);
    expect(slugs(recipes, query({ kitchen: "kettle" }))).toEqual(["termoss", "salati"]);
  });

  it("should leave out recipes with an allergen to avoid", () => {
    expect(slugs(all, query({ avoid: ["milk"] }))).toEqual(["zupa", "cepums", "termoss"]);
    expect(slugs(all, query({ avoid: ["milk", "gluten"] }))).toEqual(["zupa", "termoss"]);
  });

  const queries = fc.record({
    have: fc.uniqueArray(fc.constantFrom("griki", "piena-pulveris", "sals", "sipols", "manna", "milti", "cukurs"), { maxLength: 4 }),
    meal: fc.option(fc.constantFrom(...MEALS), { nil: null }),
    maxMinutes: fc.option(fc.constantFrom(...TIME_LIMITS), { nil: null }),
    kitchen: fc.constantFrom(...KITCHENS),
    avoid: fc.subarray([...ALLERGEN_CODES]),
  });

  it("should return only recipes that pass the filters, in order of products to buy and then cost", () => {
    fc.assert(
      fc.property(queries, (q) => {
        const found = findRecipes(all, q);
        for (const match of found) expect(fitsFilters(all.find((r) => r.slug === match.slug)!, q)).toBe(true);
        if (q.have.length === 0) return;
        for (const [a, b] of found.slice(1).map((match, index) => [found[index]!, match] as const)) {
          expect(a.toBuy.length < b.toBuy.length || (a.toBuy.length === b.toBuy.length && a.toBuyPerServingEur <= b.toBuyPerServingEur)).toBe(true);
        }
      }),
    );
  });

  it("should reproduce a state from its query string", () => {
    const known = new Set(["griki", "piena-pulveris", "sals", "sipols", "manna", "milti", "cukurs"]);
    fc.assert(
      fc.property(queries, (q) => {
        expect(queryFromSearch(queryToSearch(q), known)).toEqual(q);
      }),
    );
  });
});

describe("the finder's query string", () => {
  const known = new Set(["griki", "manna", "piena-pulveris"]);

  it("should write only what differs from the empty state", () => {
    expect(queryToSearch(EMPTY_QUERY)).toBe("");
    expect(queryToSearch(query({ have: ["griki", "manna"], kitchen: "no-oven", avoid: ["gluten", "milk"] }))).toBe("?have=griki,manna&kitchen=no-oven&avoid=gluten,milk");
    expect(queryToSearch(query({ meal: "soup", maxMinutes: 30 }))).toBe("?meal=soup&time=30");
  });

  it("should drop products, meals, times and allergens this site does not know, and repeated products", () => {
    expect(queryFromSearch("?have=griki,grikki,griki,manna&meal=lunch&time=20&kitchen=campfire&avoid=milk,chocolate", known)).toEqual({
      have: ["griki", "manna"],
      meal: null,
      maxMinutes: null,
      kitchen: "any",
      avoid: ["milk"],
    });
    expect(queryFromSearch("", known)).toEqual(EMPTY_QUERY);
  });
});
