// The open-data contract: dist/api/products.json and dist/api/recipes.json, unrounded numbers.
import type { ComputedRecipe, Nutrients } from "../kitchen/index.ts";
import type { Product, Recipe } from "../content/load.ts";
import type { AllergenCode } from "../kitchen/types.ts";
import type { Equipment, Meal } from "../kitchen/vocabulary.ts";

export interface ApiProduct {
  id: string;
  name: { lv: string; en: string };
  inAidPackage: boolean;
  packageGrams: number;
  priceEur: number;
  per100g: Nutrients;
  allergens: AllergenCode[];
}

export interface ApiRecipe {
  slug: string;
  title: { lv: string; en: string };
  servings: number;
  meal: Meal;
  equipment: Equipment[];
  times: { prepMinutes: number; cookMinutes: number; totalMinutes: number };
  ingredients: { product: string; grams: number; costEur: number; fromAidPackage: boolean }[];
  cost: { totalEur: number; perServingEur: number; extraPerServingEur: number };
  nutritionPerServing: Nutrients;
  allergens: AllergenCode[];
}

export function apiProducts(products: readonly Product[]): ApiProduct[] {
  return products.map((product) => ({
    id: product.id,
    name: { lv: product.name.lv, en: product.name.en },
    inAidPackage: product.inAidPackage,
    packageGrams: product.packageGrams,
    priceEur: product.price.eur,
    per100g: nutrients(product.nutrition),
    allergens: [...product.allergens],
  }));
}

export function apiRecipes(recipes: readonly Recipe[], computed: Record<string, ComputedRecipe>): ApiRecipe[] {
  return recipes.map((recipe) => {
    const result = computed[recipe.slug]!;
    return {
      slug: recipe.slug,
      title: { lv: recipe.lv.data.title, en: recipe.en.data.title },
      servings: result.servings,
      meal: recipe.data.meal,
      equipment: [...recipe.data.equipment],
      times: { prepMinutes: recipe.data.time.prep, cookMinutes: recipe.data.time.cook, totalMinutes: recipe.data.time.prep + recipe.data.time.cook },
      ingredients: result.ingredients.map(({ product, grams, costEur, fromAidPackage }) => ({ product, grams, costEur, fromAidPackage })),
      cost: { ...result.cost },
      nutritionPerServing: nutrients(result.nutritionPerServing),
      allergens: [...result.allergens],
    };
  });
}

/** Only the nine declared fields, in the EU order (drops `source` and anything else). */
function nutrients(values: Nutrients): Nutrients {
  const { energyKj, energyKcal, fat, saturates, carbohydrate, sugars, fibre, protein, salt } = values;
  return { energyKj, energyKcal, fat, saturates, carbohydrate, sugars, fibre, protein, salt };
}
