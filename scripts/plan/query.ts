// The week-menu page's state: what the form holds, as a query string a link carries, and as the planner's request (pure; runs in the browser too).
import { KITCHEN_HAS, KITCHENS, type Kitchen } from "../kitchen/finder.ts";
import type { AllergenCode } from "../kitchen/types.ts";
import { ALLERGEN_CODES } from "../kitchen/vocabulary.ts";
import { PLAN_MEALS, type Equipment, type PlanMeal, type PlanRequest, type StockItem } from "../planner/types.ts";

export const DAYS = { min: 1, max: 14 } as const;
export const PERSONS = { max: 20 } as const;

export interface MenuQuery {
  /** A package id, or null for the products ticked by hand. */
  package: string | null;
  /** Products at hand with their grams (used when `package` is null), in the order of the page's list. */
  have: StockItem[];
  adults: number;
  children: number;
  days: number;
  meals: PlanMeal[];
  avoid: AllergenCode[];
  kitchen: Kitchen;
  /** Euros for the whole plan, or null for no limit. */
  budget: number | null;
}

/** What the page starts with and what its example shows: the first package, two adults and a child, a week of three meals. */
export function defaultQuery(firstPackage: string | null): MenuQuery {
  return { package: firstPackage, have: [], adults: 2, children: 1, days: 7, meals: [...PLAN_MEALS], avoid: [], kitchen: "any", budget: null };
}

/** The query string of a state, every field in a fixed order, so the same state always gives the same link. */
export function menuToSearch(query: MenuQuery): string {
  const parts = [query.package === null ? `have=${query.have.map((item) => `${encodeURIComponent(item.product)}:${round(item.grams)}`).join(",")}` : `package=${encodeURIComponent(query.package)}`];
  parts.push(`adults=${query.adults}`, `children=${query.children}`, `days=${query.days}`, `meals=${query.meals.join(",")}`);
  if (query.avoid.length > 0) parts.push(`avoid=${query.avoid.join(",")}`);
  if (query.kitchen !== "any") parts.push(`kitchen=${query.kitchen}`);
  if (query.budget !== null) parts.push(`budget=${round(query.budget)}`);
  return `?${parts.join("&")}`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A whole number within [min, max], else the fallback. */
function whole(value: string | null, min: number, max: number, fallback: number): number {
  if (value === null || value.trim() === "") return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : fallback;
}

/** The state a query string describes; unknown packages, products and codes are dropped, numbers out of range take the defaults. */
export function menuFromSearch(search: string, known: { packages: readonly string[]; products: readonly string[] }): MenuQuery {
  const params = new URLSearchParams(search);
  const fallback = defaultQuery(known.packages[0] ?? null);
  const list = (name: string) => (params.get(name) ?? "").split(",").filter((value) => value !== "");
  const have = new Map<string, number>();
  for (const entry of list("have")) {
    const [product = "", amount = ""] = entry.split(":");
    const grams = Number(amount);
    if (known.products.includes(product) && grams > 0 && Number.isFinite(grams)) have.set(product, grams);
  }
  const chosen = params.get("package");
  const packageId = chosen !== null && known.packages.includes(chosen) ? chosen : params.has("have") ? null : fallback.package;
  const meals = PLAN_MEALS.filter((meal) => list("meals").includes(meal));
  const budget = Number((params.get("budget") ?? "").replace(",", "."));
  const adults = whole(params.get("adults"), 0, PERSONS.max, fallback.adults);
  const children = whole(params.get("children"), 0, PERSONS.max, fallback.children);
  return {
    package: packageId,
    have: known.products.filter((id) => have.has(id)).map((product) => ({ product, grams: have.get(product)! })),
    ...(adults + children > 0 ? { adults, children } : { adults: fallback.adults, children: fallback.children }),
    days: whole(params.get("days"), DAYS.min, DAYS.max, fallback.days),
    meals: params.has("meals") && meals.length > 0 ? meals : fallback.meals,
    avoid: ALLERGEN_CODES.filter((code) => list("avoid").includes(code)),
    kitchen: KITCHENS.find((kitchen) => kitchen === params.get("kitchen")) ?? "any",
    budget: params.get("budget") && budget >= 0 && Number.isFinite(budget) ? budget : null,
  };
}

/** What the kitchen has, as the planner's equipment ("none" is always there). */
export function kitchenEquipment(kitchen: Kitchen): Equipment[] {
  return KITCHEN_HAS[kitchen].filter((item) => item !== "none");
}

/** The planner's request for a state; `stockOf` gives a package's products in grams. */
export function menuRequest(query: MenuQuery, stockOf: (packageId: string) => readonly StockItem[]): PlanRequest {
  const request: PlanRequest = {
    package: query.package,
    stock: query.package === null ? query.have : stockOf(query.package),
    household: { adults: query.adults, children: query.children },
    days: query.days,
    meals: query.meals,
    avoid: query.avoid,
    equipment: kitchenEquipment(query.kitchen),
  };
  if (query.budget !== null) request.budgetEur = query.budget;
  return request;
}
