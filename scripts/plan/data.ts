// The planner's input from the checked content and the computed kitchen: every recipe with its kind and equipment, the catalogue, a package's stock.
import type { Content } from "../content/load.ts";
import { packageStock, plannerData, type PlannerData, type StockItem } from "../planner/index.ts";
import type { Kitchen } from "../present/index.ts";

/** The planner's recipes and products: every computed recipe with its kind and equipment, every catalogue product's pack and price. */
export function menuData(content: Pick<Content, "recipes" | "products">, kitchen: Pick<Kitchen, "recipes">): PlannerData {
  const recipes = content.recipes.map((recipe) => ({ computed: kitchen.recipes[recipe.slug]!, meal: recipe.data.meal, equipment: recipe.data.equipment }));
  return plannerData(recipes, content.products.map(({ id, packageGrams, price }) => ({ id, packageGrams, price: { eur: price.eur } })));
}

/** A package's products in grams; throws for a package the content does not have. */
export function packageStockOf(content: Pick<Content, "packages" | "products">, packageId: string): StockItem[] {
  const chosen = content.packages.find((item) => item.id === packageId);
  if (!chosen) throw new Error(`unknown package "${packageId}"`);
  return packageStock(chosen.products, new Map(content.products.map((product) => [product.id, product])));
}
