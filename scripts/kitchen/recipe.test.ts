// Tests for computing a whole recipe: three hand-worked fixtures, problem reporting, and a nutrition property.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allProducts, productsById } from "./fixtures.ts";
import { NUTRIENT_KEYS } from "./nutrition.ts";
import { computeRecipe, type ComputedRecipe } from "./recipe.ts";
import type { IngredientLine, ProductData, RecipeData } from "./types.ts";
import { toGrams } from "./units.ts";
import { UNIT_CODES } from "./vocabulary.ts";

function computed(recipe: RecipeData): ComputedRecipe {
  const result = computeRecipe(recipe, productsById);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.code}`).join("\n"));
  return result.recipe;
}

/** Compare every field of `actual` with the hand-computed `expected` to 9 decimals. */
function expectClose(actual: object, expected: Record<string, number | undefined>): void {
  const values = actual as Record<string, number | undefined>;
  for (const [key, value] of Object.entries(expected)) {
    if (value === undefined) expect(values[key], key).toBeUndefined();
    else expect(values[key], key).toBeCloseTo(value, 9);
  }
}

describe("computeRecipe: griku-putra-ar-sautetu-galu (pieces, spoon, glass, can, to taste)", () => {
  const recipe = computed({
    slug: "griku-putra-ar-sautetu-galu",
    servings: 4,
    ingredients: [
      { product: "griki", qty: 400, unit: "g" }, //               400 g;                 400/400 × 0.80  = 0.80 €
      { product: "cukgalas-konservi", qty: 1, unit: "kārba" }, // 1 × 250 g = 250 g;     250/250 × 2.50  = 2.50 €
      { product: "sipols", qty: 1, unit: "gab." }, //             1 × 100 g = 100 g;     100/1000 × 1.20 = 0.12 €
      { product: "augu-ella", qty: 1, unit: "ēdamkarote" }, //    15 ml × 0.92 = 13.8 g; 13.8/920 × 2.30 = 0.0345 €
      { product: "udens", qty: 2, unit: "glāze" }, //             2 × 200 ml × 1 = 400 g; price 0      = 0 €
      { product: "sals", unit: "pēc garšas" }, //                 0 g                                  = 0 €
    ],
  });

  it("should convert every line to grams and price it", () => {
    expect(recipe.ingredients.map((i) => i.grams)).toEqual([400, 250, 100, expect.closeTo(13.8, 9), 400, 0]);
    expect(recipe.ingredients.map((i) => i.costEur)).toEqual([0.8, 2.5, expect.closeTo(0.12, 9), expect.closeTo(0.0345, 9), 0, 0]);
    expect(recipe.ingredients.map((i) => i.fromAidPackage)).toEqual([true, true, false, true, false, false]);
    expect(recipe.ingredients[5]).toEqual({ product: "sals", unit: "pēc garšas", grams: 0, costEur: 0, fromAidPackage: false });
    // 400 + 250 + 100 + 13.8 + 400 + 0
    expect(recipe.totalGrams).toBeCloseTo(1163.8, 9);
  });

  it("should cost 3.4545 € in total and 0.03 € extra per serving", () => {
    // total 0.80 + 2.50 + 0.12 + 0.0345 = 3.4545; ÷ 4 = 0.863625; not in the package: sipols 0.12 (+ udens 0, sals 0) ÷ 4 = 0.03
    expectClose(recipe.cost, { totalEur: 3.4545, perServingEur: 0.863625, extraPerServingEur: 0.03 });
  });

  it("should add up the nutrition of the ingredients", () => {
    // grams/100 × per 100 g:  griki ×4,  konservi ×2.5,  sipols ×1,  eļļa ×0.138 (udens and sals add nothing)
    expectClose(recipe.nutritionTotal, {
      energyKj: 5600 + 2500 + 160 + 510.6, // 8770.6
      energyKcal: 1360 + 600 + 40 + 124.2, // 2124.2
      fat: 12 + 50 + 0.1 + 13.8, // 75.9
      saturates: 2.4 + 20 + 0 + 1.104, // 23.504
      carbohydrate: 240 + 0 + 9 + 0, // 249
      sugars: 4 + 0 + 4, // 8
      fibre: 40 + 0 + 1.7, // 41.7
      protein: 48 + 37.5 + 1.1, // 86.6
      salt: 0 + 3.75 + 0, // 3.75
    });
    expectClose(recipe.nutritionPerServing, { energyKj: 2192.65, energyKcal: 531.05, fat: 18.975, saturates: 5.876, carbohydrate: 62.25, sugars: 2, fibre: 10.425, protein: 21.65, salt: 0.9375 });
    // per 100 g of the 1163.8 g that go into the pot
    expectClose(recipe.nutritionPer100g, { energyKj: (8770.6 / 1163.8) * 100, fat: (75.9 / 1163.8) * 100, salt: (3.75 / 1163.8) * 100 });
  });

  it("should give the share of reference intakes per serving", () => {
    // 2192.65 / 8400; 531.05 / 2000; 18.975 / 70; 5.876 / 20; 62.25 / 260; 2 / 90; 21.65 / 50; 0.9375 / 6
    expectClose(recipe.riPerServing, {
      energyKj: 26.10297619047619,
      energyKcal: 26.5525,
      fat: 27.107142857142858,
      saturates: 29.38,
      carbohydrate: 23.942307692307693,
      sugars: 2.2222222222222223,
      fibre: undefined,
      protein: 43.3,
      salt: 15.625,
    });
  });

  it("should find no allergens and the aid products in recipe order", () => {
    expect(recipe.allergens).toEqual([]);
    // aid grams 400 + 250 + 13.8 = 663.8 of 763.8 (water left out)
    expect(recipe.coverage.aidProducts).toEqual(["griki", "cukgalas-konservi", "augu-ella"]);
    expect(recipe.coverage.aidWeightShare).toBeCloseTo(663.8 / 763.8, 12);
  });
});

describe("computeRecipe: pankukas (glass override, litres, teaspoon by density, pinch, tablespoons)", () => {
  const recipe = computed({
    slug: "pankukas",
    servings: 4,
    ingredients: [
      { product: "ola", qty: 2, unit: "gab." }, //              2 × 50 g = 100 g;         100/500 × 2.00   = 0.40 €
      { product: "piens", qty: 0.5, unit: "l" }, //             500 ml × 1.03 = 515 g;    515/1030 × 1.03  = 0.515 €
      { product: "kviesu-milti", qty: 1, unit: "glāze" }, //    gramsPerGlass 130 g;      130/1000 × 0.80  = 0.104 €
      { product: "cukurs", qty: 1, unit: "tējkarote" }, //      5 ml × 0.8 = 4 g;         4/1000 × 1.00    = 0.004 €
      { product: "sals", qty: 1, unit: "šķipsniņa" }, //        0.5 g;                    0.5/1000 × 0.40  = 0.0002 €
      { product: "augu-ella", qty: 2, unit: "ēdamkarote" }, //  2 × 15 ml × 0.92 = 27.6 g; 27.6/920 × 2.30 = 0.069 €
    ],
  });

  it("should convert and total the weight", () => {
    expect(recipe.ingredients.map((i) => i.grams)).toEqual([100, 515, 130, 4, 0.5, expect.closeTo(27.6, 9)]);
    expect(recipe.totalGrams).toBeCloseTo(777.1, 9);
  });

  it("should cost 1.0922 € in total", () => {
    // extra: ola 0.40 + piens 0.515 + sals 0.0002 = 0.9152 ÷ 4 = 0.2288
    expectClose(recipe.cost, { totalEur: 1.0922, perServingEur: 0.27305, extraPerServingEur: 0.2288 });
  });

  it("should add protein, fat, kcal and salt of every line", () => {
    expectClose(recipe.nutritionTotal, {
      protein: 12.5 + 16.48 + 13, // ola 1 × 12.5, piens 5.15 × 3.2, milti 1.3 × 10
      fat: 10 + 12.875 + 1.3 + 27.6, // ola, piens 5.15 × 2.5, milti 1.3 × 1, eļļa 0.276 × 100
      energyKcal: 140 + 257.5 + 442 + 16 + 248.4, // ola, piens, milti, cukurs 0.04 × 400, eļļa 0.276 × 900
      salt: 0.3 + 0.515 + 0.5, // ola, piens 5.15 × 0.1, sals 0.005 × 100
    });
    expectClose(recipe.nutritionPerServing, { protein: 10.495, salt: 0.32875 });
  });

  it("should list allergens in Annex II order, not recipe order", () => {
    expect(recipe.allergens).toEqual(["gluten", "eggs", "milk"]);
  });

  it("should count aid products' share of the weight", () => {
    // milti 130 + cukurs 4 + eļļa 27.6 = 161.6 of 777.1
    expect(recipe.coverage).toEqual({ aidProducts: ["kviesu-milti", "cukurs", "augu-ella"], aidWeightShare: expect.closeTo(161.6 / 777.1, 12) });
  });
});

describe("computeRecipe: makaroni-ar-sviestu (kg, half a pack, spoon overrides, litres of water)", () => {
  const recipe = computed({
    slug: "makaroni-ar-sviestu",
    servings: 2,
    ingredients: [
      { product: "makaroni", qty: 0.25, unit: "kg" }, //            250 g;          250/1000 × 1.00 = 0.25 €
      { product: "sviests", qty: 0.5, unit: "paka" }, //            0.5 × 200 = 100 g; 100/200 × 2.00 = 1.00 €
      { product: "piena-pulveris", qty: 2, unit: "ēdamkarote" }, // 2 × 8 g = 16 g; 16/400 × 3.20   = 0.128 €
      { product: "sals", qty: 1, unit: "tējkarote" }, //            6 g;            6/1000 × 0.40   = 0.0024 €
      { product: "udens", qty: 1, unit: "l" }, //                   1000 ml × 1 = 1000 g;           = 0 €
    ],
  });

  it("should weigh 1372 g and cost 1.3804 €", () => {
    expect(recipe.ingredients.map((i) => i.grams)).toEqual([250, 100, 16, 6, 1000]);
    expect(recipe.totalGrams).toBe(1372);
    // extra: sviests 1.00 + sals 0.0024 + udens 0 = 1.0024 ÷ 2 = 0.5012
    expectClose(recipe.cost, { totalEur: 1.3804, perServingEur: 0.6902, extraPerServingEur: 0.5012 });
  });

  it("should give fat, saturates and salt per serving and per 100 g", () => {
    // fat: makaroni 2.5 × 1.5 + sviests 1 × 80 + pulveris 0.16 × 26 = 3.75 + 80 + 4.16 = 87.91
    // saturates: 2.5 × 0.3 + 1 × 50 + 0.16 × 17 = 0.75 + 50 + 2.72 = 53.47
    // salt: sviests 1 × 0.05 + pulveris 0.16 × 1 + sals 0.06 × 100 = 0.05 + 0.16 + 6 = 6.21
    expectClose(recipe.nutritionTotal, { fat: 87.91, saturates: 53.47, salt: 6.21 });
    expectClose(recipe.nutritionPerServing, { fat: 43.955, saturates: 26.735, salt: 3.105 });
    expectClose(recipe.nutritionPer100g, { fat: (87.91 / 1372) * 100, salt: (6.21 / 1372) * 100 });
    // 3.105 / 6 × 100
    expect(recipe.riPerServing.salt).toBeCloseTo(51.75, 9);
  });

  it("should find gluten and milk and the aid share without water", () => {
    expect(recipe.allergens).toEqual(["gluten", "milk"]);
    // makaroni 250 + pulveris 16 = 266 of 250 + 100 + 16 + 6 = 372
    expect(recipe.coverage).toEqual({ aidProducts: ["makaroni", "piena-pulveris"], aidWeightShare: expect.closeTo(266 / 372, 12) });
  });

  it("should count water in the share when its product does not say to leave it out", () => {
    const products = new Map(productsById).set("udens", { ...productsById.get("udens")!, countInAidShare: true });
    const result = computeRecipe({ slug: "x", servings: 2, ingredients: [{ product: "makaroni", qty: 250, unit: "g" }, { product: "udens", qty: 1, unit: "l" }] }, products);
    // 250 / (250 + 1000)
    expect(result.ok && result.recipe.coverage.aidWeightShare).toBeCloseTo(0.2, 12);
  });
});

describe("computeRecipe: problems", () => {
  it("should report every problem with its field, not only the first", () => {
    const result = computeRecipe(
      {
        slug: "broken",
        servings: 2,
        ingredients: [
          { product: "sipolss", qty: 1, unit: "gab." },
          { product: "griki", qty: 100, unit: "g" },
          { product: "cukgalas-konservi", qty: 1, unit: "gab." },
          { product: "griki", unit: "g" },
          { product: "sals", qty: 1, unit: "pēc garšas" },
        ],
      },
      productsById,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: "unknown-product", ingredientIndex: 0, path: "ingredients[0].product", product: "sipolss" },
        { code: "needs-conversion", ingredientIndex: 2, path: "ingredients[2].unit", field: "unit", needs: "units.gramsPerPiece" },
        { code: "qty-missing", ingredientIndex: 3, path: "ingredients[3].qty", field: "qty" },
        { code: "qty-with-to-taste", ingredientIndex: 4, path: "ingredients[4].qty", field: "qty", qty: 1 },
      ],
    });
  });

  it("should report servings that are not above zero", () => {
    const result = computeRecipe({ slug: "x", servings: 0, ingredients: [{ product: "griki", qty: 1, unit: "g" }] }, productsById);
    expect(result).toEqual({ ok: false, problems: [{ code: "servings-not-positive", path: "servings", servings: 0 }] });
  });

  it("should look products up in a plain object by own keys only", () => {
    const byId: Record<string, ProductData> = Object.fromEntries(allProducts.map((p) => [p.id, p]));
    const ok = computeRecipe({ slug: "x", servings: 1, ingredients: [{ product: "griki", qty: 100, unit: "g" }] }, byId);
    expect(ok.ok && ok.recipe.cost.totalEur).toBeCloseTo(0.2, 12);
    const bad = computeRecipe({ slug: "x", servings: 1, ingredients: [{ product: "constructor", qty: 1, unit: "g" }] }, byId);
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(["ingredients[0].product"]);
  });
});

describe("computeRecipe: properties", () => {
  // For each fixture product, the units it can convert (plus "pēc garšas", which takes no qty).
  const usable = allProducts.map((product) => ({
    product,
    units: UNIT_CODES.filter((unit) => unit !== "pēc garšas" && toGrams({ product: product.id, qty: 1, unit }, product).ok),
  }));
  const lineArb = fc.constantFrom(...usable).chain(({ product, units }) =>
    fc.oneof(
      fc.record({ product: fc.constant(product.id), qty: fc.double({ min: 0.01, max: 2000, noNaN: true }), unit: fc.constantFrom(...units) }),
      fc.constant<IngredientLine>({ product: product.id, unit: "pēc garšas" }),
    ),
  );

  it("should make nutrition per serving × servings equal the sum of the ingredients' nutrition", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 15 }), fc.integer({ min: 1, max: 50 }), (ingredients: IngredientLine[], servings) => {
        const result = computeRecipe({ slug: "p", servings, ingredients }, productsById);
        if (!result.ok) throw new Error(result.problems[0]?.code);
        const { recipe } = result;
        for (const key of NUTRIENT_KEYS) {
          let sum = 0;
          recipe.ingredients.forEach((line) => {
            sum += (line.grams / 100) * (productsById.get(line.product) as ProductData).nutrition[key];
          });
          expect(Math.abs(recipe.nutritionPerServing[key] * servings - sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, sum));
        }
      }),
    );
  });
});
