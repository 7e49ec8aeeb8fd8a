// Test fixtures for the planner: a handful of made-up products and recipes with round numbers, and a loaded HiGHS solver.
import loadHighs from "highs";
import type { Nutrients } from "../kitchen/types.ts";
import { highsSolver } from "./highs.ts";
import type { MipSolver } from "./mip.ts";
import type { PlannerProduct, PlannerRecipe, PlanRequest } from "./types.ts";

export async function testSolver(): Promise<MipSolver> {
  return highsSolver(await loadHighs(), { timeLimitSeconds: 120 });
}

function per(energyKcal: number, salt: number): Nutrients {
  return { energyKj: energyKcal * 4.184, energyKcal, fat: energyKcal / 30, saturates: energyKcal / 100, carbohydrate: energyKcal / 8, sugars: energyKcal / 50, fibre: 2, protein: energyKcal / 25, salt };
}

// Products: "graudi" and "milti" come from the package; the others are bought in packs (€ per pack of packageGrams).
export const PRODUCTS: PlannerProduct[] = [
  { id: "graudi", packageGrams: 500, price: { eur: 1 } },
  { id: "milti", packageGrams: 1000, price: { eur: 1 } },
  { id: "sipoli", packageGrams: 1000, price: { eur: 1 } },
  { id: "piens", packageGrams: 1000, price: { eur: 1.5 } },
  { id: "gala", packageGrams: 400, price: { eur: 3 } },
  { id: "sals", packageGrams: 1000, price: { eur: 0.5 } },
  { id: "udens", packageGrams: 1000, price: { eur: 0 } },
];

const recipe = (slug: string, meal: PlannerRecipe["meal"], kcal: number, salt: number, ingredients: [string, number][], extra: Partial<PlannerRecipe> = {}): PlannerRecipe => ({
  slug,
  meal,
  equipment: ["stove"],
  servings: 2,
  ingredients: ingredients.map(([product, grams]) => ({ product, grams })),
  nutritionPerServing: per(kcal, salt),
  allergens: [],
  ...extra,
});

// Energy per serving: breakfasts 500–600 kcal, soups and mains 650–750, so one serving of each meal gives an adult about 1 900 kcal.
export const RECIPES: PlannerRecipe[] = [
  recipe("putra", "breakfast", 550, 0.5, [["graudi", 160], ["piens", 300], ["sals", 0]], { allergens: ["milk"] }),
  recipe("pankukas", "breakfast", 600, 0.8, [["milti", 200], ["piens", 200]], { allergens: ["gluten", "milk"] }),
  recipe("tejas-putra", "breakfast", 500, 0.4, [["graudi", 150], ["udens", 400]], { equipment: ["kettle"] }),
  recipe("zupa", "soup", 650, 2, [["sipoli", 300], ["gala", 200], ["udens", 1000], ["sals", 4]]),
  recipe("graudu-zupa", "soup", 700, 1.5, [["graudi", 150], ["sipoli", 200], ["udens", 1000]]),
  recipe("sautejums", "main", 750, 1.8, [["gala", 300], ["sipoli", 200], ["graudi", 100]]),
  recipe("makaroni", "main", 700, 1, [["milti", 250], ["sipoli", 100]], { allergens: ["gluten"] }),
  recipe("cepetis", "main", 720, 1.2, [["gala", 250], ["graudi", 120]], { equipment: ["oven"] }),
  recipe("cepumi", "baking", 400, 0.3, [["milti", 200]], { equipment: ["oven"], allergens: ["gluten"] }),
];

export const REQUEST: PlanRequest = {
  package: "test-paka",
  stock: [
    { product: "graudi", grams: 1000 },
    { product: "milti", grams: 1000 },
  ],
  household: { adults: 1, children: 0 },
  days: 3,
  meals: ["breakfast", "lunch", "dinner"],
  avoid: [],
  equipment: ["stove", "oven", "kettle"],
};
