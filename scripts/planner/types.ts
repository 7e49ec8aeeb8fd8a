// The week-menu planner's input and output: plain data, so a page, a print view and `npm run plan --json` share one plan.
import type { AllergenCode, Nutrients } from "../kitchen/types.ts";
import type { Equipment, Meal } from "../kitchen/vocabulary.ts";

/** The meals of a day the planner fills, in the order of the day. */
export const PLAN_MEALS = ["breakfast", "lunch", "dinner"] as const;
export type PlanMeal = (typeof PLAN_MEALS)[number];

/** A recipe's `meal` field (what kind of dish it is), as in content/recipes. */
export type RecipeKind = Meal;
export type { Equipment };

/** A recipe as the planner needs it: the kitchen's computed grams and nutrition plus what kind of dish it is and what it needs. */
export interface PlannerRecipe {
  slug: string;
  meal: RecipeKind;
  equipment: readonly Equipment[];
  /** Servings the recipe's quantities are written for. */
  servings: number;
  /** Grams of each product in the whole recipe ("pēc garšas" lines weigh 0 g). */
  ingredients: readonly { product: string; grams: number }[];
  nutritionPerServing: Nutrients;
  allergens: readonly AllergenCode[];
}

/** A catalogue product as the planner needs it: what one pack weighs and costs. */
export interface PlannerProduct {
  id: string;
  packageGrams: number;
  price: { eur: number };
}

/** An amount of a product at hand (from a package or the cupboard). */
export interface StockItem {
  product: string;
  grams: number;
}

export interface Household {
  adults: number;
  children: number;
}

/** What the household asks for. */
export interface PlanRequest {
  /** The package the stock comes from, carried into the plan; null for products ticked by hand. */
  package: string | null;
  /** Products at hand and how much of each; the plan never uses more, and never buys them. */
  stock: readonly StockItem[];
  household: Household;
  /** 1–14. */
  days: number;
  /** Which meals of each day to plan. */
  meals: readonly PlanMeal[];
  /** Allergen codes no planned dish may contain. */
  avoid: readonly AllergenCode[];
  /** What the kitchen has; a recipe needing anything else is left out ("none" is always there). */
  equipment: readonly Equipment[];
  /** At most this much may be spent on shopping for the whole plan, in euros. */
  budgetEur?: number;
}

/** The recipes and products to plan from (the kitchen's computed recipes and the catalogue). */
export interface PlannerData {
  recipes: readonly PlannerRecipe[];
  products: readonly PlannerProduct[];
}

export interface PlannedMeal {
  meal: PlanMeal;
  recipe: string;
  /** Servings to cook for the household (the recipe's quantities × servings ÷ recipe servings). */
  servings: number;
}

export interface PlanDay {
  /** 1-based day number. */
  day: number;
  meals: PlannedMeal[];
  /** What the household eats that day, all persons together. */
  nutrition: Nutrients;
}

/** A product at hand: how much the plan uses and how much is left. */
export interface StockUse {
  product: string;
  availableGrams: number;
  usedGrams: number;
  leftGrams: number;
}

/** A product to buy, rounded up to whole packs a shop sells. */
export interface ShoppingItem {
  product: string;
  /** What the planned meals need. */
  neededGrams: number;
  packs: number;
  packGrams: number;
  /** packs × the pack's price. */
  costEur: number;
  /** What is left of the bought packs after the plan. */
  leftGrams: number;
}

/** Daily reference figures for one person, averaged over the household, and the band the plan keeps. */
export interface DailyReference {
  /** The household's reference energy ÷ persons: adults' and children's figures (see reference.ts). */
  energyKcal: { min: number; max: number };
  /** The band the plan's average energy per person per day is kept in; `min` is null when not every meal of the day is planned. */
  energyBandKcal: { min: number | null; max: number };
  /** The plan's average salt per person per day stays at or under this. */
  saltMaxG: number;
}

export interface Plan {
  package: string | null;
  household: Household;
  meals: PlanMeal[];
  days: PlanDay[];
  /** Every product at hand, in id order. */
  stock: StockUse[];
  /** Everything to buy, in id order. */
  shopping: ShoppingItem[];
  /** Products the meals use only "to taste" and that are not at hand: not counted, but needed (salt, pepper). */
  toTaste: string[];
  totals: {
    extraCostEur: number;
    extraCostPerPersonPerDayEur: number;
    stockUsedGrams: number;
    stockLeftGrams: number;
    /** How many different recipes the plan uses. */
    recipes: number;
  };
  nutrition: {
    /** Average per person per day: the whole plan's nutrition ÷ persons ÷ days. */
    perPersonPerDay: Nutrients;
    reference: DailyReference;
  };
  /**
   * Present when there were too many recipes to weigh them all: the plan is the best one among the `kept` most promising
   * of the `of` recipes that could fill the meals (shortlist.ts); it meets every rule, but a plan from the others may cost less.
   */
  shortlist?: { kept: number; of: number };
}

/** A group of constraints of the program, as the planner names them when a plan cannot be made. */
export type ConstraintGroup = "repetition" | "stock" | "energy-min" | "energy-max" | "salt" | "budget";

/** A filter that removes recipes before planning. */
export type RecipeFilter = "equipment" | "allergens";

/** Why no plan fits: the constraint that blocks, with the figures a message needs. */
export type Blocker =
  | {
      /** Too few recipes for these meals: a recipe is used at most twice a week and never on consecutive days. */
      constraint: "recipes";
      /** The filters that leave too few recipes (lifting them would leave enough); empty when there are too few recipes of these kinds at all. */
      filters: RecipeFilter[];
      meals: PlanMeal[];
      /** Meals to fill. */
      needed: number;
      /** Meals the remaining recipes can fill at most. */
      possible: number;
      /** Recipes left for these meals. */
      recipes: number;
    }
  | { constraint: "repetition" | "stock" | "energy-min" | "energy-max" | "salt" }
  | {
      constraint: "budget";
      budgetEur: number;
      /** What the cheapest plan without the budget costs, when one exists. */
      cheapestEur: number | null;
    }
  | {
      /** No single group unblocks the plan; these together do. */
      constraint: "combined";
      groups: ConstraintGroup[];
    };

export type PlanResult =
  | { ok: true; plan: Plan }
  | { ok: false; blockers: Blocker[] }
  /** The solver stopped (its time limit) before it found the best plan or proved there is none. */
  | { ok: false; stopped: string };
