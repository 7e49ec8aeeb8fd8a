// Test fixtures: catalogue products with round, made-up numbers so the expected results can be worked out by hand.
import type { Nutrients, ProductData, ProductUnits } from "./types.ts";

type N = [kj: number, kcal: number, fat: number, saturates: number, carbohydrate: number, sugars: number, fibre: number, protein: number, salt: number];

function nutrients([energyKj, energyKcal, fat, saturates, carbohydrate, sugars, fibre, protein, salt]: N): Nutrients {
  return { energyKj, energyKcal, fat, saturates, carbohydrate, sugars, fibre, protein, salt };
}

function product(id: string, inAidPackage: boolean, packageGrams: number, eur: number, per100g: N, units: ProductUnits, allergens: ProductData["allergens"] = []): ProductData {
  return { id, name: { lv: id, en: id }, inAidPackage, packageGrams, price: { eur }, nutrition: nutrients(per100g), allergens, units };
}

// product(id, inAidPackage, packageGrams, € per pack, [kJ, kcal, fat, saturates, carbohydrate, sugars, fibre, protein, salt] per 100 g, units, allergens)
export const griki = product("griki", true, 400, 0.8, [1400, 340, 3, 0.6, 60, 1, 10, 12, 0], { gramsPerGlass: 170 });
const cukgala = product("cukgalas-konservi", true, 250, 2.5, [1000, 240, 20, 8, 0, 0, 0, 15, 1.5], {});
export const sipols = product("sipols", false, 1000, 1.2, [160, 40, 0.1, 0, 9, 4, 1.7, 1.1, 0], { gramsPerPiece: 100 });
export const sals = product("sals", false, 1000, 0.4, [0, 0, 0, 0, 0, 0, 0, 0, 100], { gramsPerPinch: 0.5, gramsPerTeaspoon: 6 });
export const ella = product("augu-ella", true, 920, 2.3, [3700, 900, 100, 8, 0, 0, 0, 0, 0], { densityGPerMl: 0.92 });
export const udens: ProductData = { ...product("udens", false, 1000, 0, [0, 0, 0, 0, 0, 0, 0, 0, 0], { densityGPerMl: 1 }), countInAidShare: false };
export const milti = product("kviesu-milti", true, 1000, 0.8, [1450, 340, 1, 0.2, 70, 1, 3, 10, 0], { densityGPerMl: 0.55, gramsPerTablespoon: 10, gramsPerGlass: 130 }, ["gluten"]);
const ola = product("ola", false, 500, 2, [600, 140, 10, 3, 1, 1, 0, 12.5, 0.3], { gramsPerPiece: 50 }, ["eggs"]);
const piens = product("piens", false, 1030, 1.03, [200, 50, 2.5, 1.6, 4.8, 4.8, 0, 3.2, 0.1], { densityGPerMl: 1.03 }, ["milk"]);
export const cukurs = product("cukurs", true, 1000, 1, [1700, 400, 0, 0, 100, 100, 0, 0, 0], { densityGPerMl: 0.8 });
export const pulveris = product("piena-pulveris", true, 400, 3.2, [2100, 500, 26, 17, 38, 38, 0, 26, 1], { gramsPerTablespoon: 8 }, ["milk"]);
const sviests = product("sviests", false, 200, 2, [3000, 720, 80, 50, 0.7, 0.7, 0, 0.7, 0.05], {}, ["milk"]);
const makaroni = product("makaroni", true, 1000, 1, [1500, 350, 1.5, 0.3, 70, 3, 3, 12, 0], {}, ["gluten"]);

export const allProducts: readonly ProductData[] = [griki, cukgala, sipols, sals, ella, udens, milti, ola, piens, cukurs, pulveris, sviests, makaroni];
export const productsById: ReadonlyMap<string, ProductData> = new Map(allProducts.map((p) => [p.id, p]));
