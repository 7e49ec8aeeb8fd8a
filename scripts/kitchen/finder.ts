// The recipe finder: which recipes fit the reader's filters, ranked by how few products they must buy and what those cost per serving; and its state as a query string (pure; runs in the browser too).
import type { AllergenCode } from "./types.ts";
import { ALLERGEN_CODES, EQUIPMENT, MEALS, type Equipment, type Meal } from "./vocabulary.ts";

/** What the reader can cook with: anything (an oven too), a hob and a kettle but no oven, or only a kettle. */
export const KITCHENS = ["any", "no-oven", "kettle"] as const;
export type Kitchen = (typeof KITCHENS)[number];

/** The equipment each kitchen has; a recipe fits when it needs nothing else. */
export const KITCHEN_HAS: Record<Kitchen, readonly Equipment[]> = {
  any: EQUIPMENT,
  "no-oven": ["stove", "kettle", "none"],
  kettle: ["kettle", "none"],
};

/** The choices of the total-time filter, in minutes. */
export const TIME_LIMITS = [15, 30, 45, 60] as const;

/** What the finder knows of a recipe. */
export interface FinderRecipe {
  slug: string;
  meal: Meal;
  totalMinutes: number;
  equipment: Equipment[];
  servings: number;
  allergens: AllergenCode[];
  /** Each product the recipe needs, once, in recipe order, with its cost in the whole recipe; `toTaste`: every line of it is "pēc garšas" (optional, costs nothing). */
  products: { id: string; costEur: number; toTaste: boolean }[];
}

/** The finder's state: products the reader has, and the filters. */
export interface FinderQuery {
  have: string[];
  meal: Meal | null;
  maxMinutes: number | null;
  kitchen: Kitchen;
  avoid: AllergenCode[];
}

export const EMPTY_QUERY: FinderQuery = { have: [], meal: null, maxMinutes: null, kitchen: "any", avoid: [] };

/** A recipe that fits: the products of `have` it uses, those still to buy, and what they cost per serving. */
export interface FinderMatch {
  slug: string;
  uses: string[];
  toBuy: string[];
  toBuyPerServingEur: number;
}

/**
 * The finder's view of a computed recipe. Products in `free` (tap water) are never bought and left out;
 * a product on several lines appears once, its costs summed, and is optional only when every line is "pēc garšas".
 */
export function finderRecipe(
  recipe: { slug: string; meal: Meal; time: { prep: number; cook: number }; equipment: readonly Equipment[]; servings: number },
  computed: { allergens: readonly AllergenCode[]; ingredients: readonly { product: string; unit: string; costEur: number }[] },
  free: ReadonlySet<string>,
): FinderRecipe {
  const products = new Map<string, { id: string; costEur: number; toTaste: boolean }>();
  for (const line of computed.ingredients) {
    if (free.has(line.product)) continue;
    const toTaste = line.unit === "pēc garšas";
    const known = products.get(line.product);
    if (known) {
      known.costEur += line.costEur;
      known.toTaste &&= toTaste;
    } else {
      products.set(line.product, { id: line.product, costEur: line.costEur, toTaste });
    }
  }
  return {
    slug: recipe.slug,
    meal: recipe.meal,
    totalMinutes: recipe.time.prep + recipe.time.cook,
    equipment: [...recipe.equipment],
    servings: recipe.servings,
    allergens: [...computed.allergens],
    products: [...products.values()],
  };
}

/** Whether a recipe passes the filters (meal, total time, kitchen, allergens to avoid); the products the reader has do not filter. */
export function fitsFilters(recipe: FinderRecipe, query: FinderQuery): boolean {
  if (query.meal !== null && recipe.meal !== query.meal) return false;
  if (query.maxMinutes !== null && recipe.totalMinutes > query.maxMinutes) return false;
  const has = KITCHEN_HAS[query.kitchen];
  if (!recipe.equipment.every((item) => has.includes(item))) return false;
  return !recipe.allergens.some((code) => query.avoid.includes(code));
}

/**
 * The recipes that pass the filters. With no products ticked: all of them, in the given order. With products ticked: those that
 * use at least one of them, fewest products to buy first, then the lowest cost of those per serving, then the given order.
 * Optional ("pēc garšas") products are never to buy.
 */
export function findRecipes(recipes: readonly FinderRecipe[], query: FinderQuery): FinderMatch[] {
  const have = new Set(query.have);
  const matches: FinderMatch[] = [];
  for (const recipe of recipes) {
    if (!fitsFilters(recipe, query)) continue;
    const uses = recipe.products.filter((product) => have.has(product.id)).map((product) => product.id);
    if (have.size > 0 && uses.length === 0) continue;
    const missing = recipe.products.filter((product) => !product.toTaste && !have.has(product.id));
    const toBuyPerServingEur = missing.reduce((sum, product) => sum + product.costEur, 0) / recipe.servings;
    matches.push({ slug: recipe.slug, uses, toBuy: missing.map((product) => product.id), toBuyPerServingEur });
  }
  if (have.size === 0) return matches;
  // Array.prototype.sort is stable, so equal matches keep the given order.
  return matches.sort((a, b) => a.toBuy.length - b.toBuy.length || a.toBuyPerServingEur - b.toBuyPerServingEur);
}

/** The query string of a state: only what differs from the empty state, in a fixed order ("" for the empty state). */
export function queryToSearch(query: FinderQuery): string {
  const parts: string[] = [];
  if (query.have.length > 0) parts.push(`have=${query.have.map(encodeURIComponent).join(",")}`);
  if (query.meal !== null) parts.push(`meal=${query.meal}`);
  if (query.maxMinutes !== null) parts.push(`time=${query.maxMinutes}`);
  if (query.kitchen !== "any") parts.push(`kitchen=${query.kitchen}`);
  if (query.avoid.length > 0) parts.push(`avoid=${query.avoid.join(",")}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** The state a query string describes; values this site does not know (a product since removed, a typo) are dropped, repeated ones kept once. */
export function queryFromSearch(search: string, knownProducts: ReadonlySet<string>): FinderQuery {
  const params = new URLSearchParams(search);
  const list = (name: string) => [...new Set((params.get(name) ?? "").split(",").filter((value) => value !== ""))];
  const one = <T extends string>(name: string, allowed: readonly T[]): T | null => {
    const value = params.get(name);
    return allowed.find((item) => item === value) ?? null;
  };
  const time = Number(params.get("time"));
  return {
    have: list("have").filter((id) => knownProducts.has(id)),
    meal: one("meal", MEALS),
    maxMinutes: TIME_LIMITS.find((limit) => limit === time) ?? null,
    kitchen: one("kitchen", KITCHENS) ?? "any",
    avoid: ALLERGEN_CODES.filter((code) => list("avoid").includes(code)),
  };
}
