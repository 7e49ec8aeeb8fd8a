// A plan in words and formatted numbers for one language: what a page, a print sheet and the command-line text all show.
import { formatEur, formatNumber } from "../kitchen/format.ts";
import type { Locale } from "../kitchen/vocabulary.ts";
import { translator } from "../present/strings.ts";
import { PLAN_MEALS, type Blocker, type Plan, type PlanMeal, type PlanResult } from "../planner/types.ts";

/** Reads a UI string from content/i18n and fills its {slots}; throws for a missing key. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface PlanWords {
  locale: Locale;
  t: Translate;
  recipeTitle: (slug: string) => string;
  productName: (id: string) => string;
  /** The package's name, or null for products at hand. */
  packageName: string | null;
}

export interface PlanView {
  title: string;
  source: string;
  household: string;
  days: { label: string; meals: { meal: string; recipe: string; title: string; servings: string }[] }[];
  stock: { title: string; lines: { name: string; text: string }[] };
  shopping: { title: string; lines: { name: string; text: string }[]; empty: string | null; total: string };
  toTaste: string | null;
  /** Said when the plan was chosen from a shortlist of the recipes (many recipes): the shopping is least among those only. */
  shortlist: string | null;
  nutrition: { title: string; energy: string; salt: string };
}

/** Whether a count takes the singular: Latvian 1, 21, 31 … (not 11); English 1. */
function isSingular(count: number, locale: Locale): boolean {
  return locale === "en" ? count === 1 : count % 10 === 1 && count % 100 !== 11;
}

/** `plan.servings.one` or `.other` by the locale's rule for `count`, with the count filled in. */
function counted(t: Translate, key: string, count: number, locale: Locale): string {
  return t(`${key}.${isSingular(count, locale) ? "one" : "other"}`, { count: formatNumber(count, locale) });
}

function grams(value: number, locale: Locale): string {
  return `${formatNumber(Math.round(value), locale)}\u00a0g`;
}

function kcal(value: number, locale: Locale): string {
  return `${formatNumber(Math.round(value), locale)}\u00a0kcal`;
}

export function planView(plan: Plan, words: PlanWords): PlanView {
  const { locale, t } = words;
  const people = [plan.household.adults > 0 ? counted(t, "plan.adults", plan.household.adults, locale) : "", plan.household.children > 0 ? counted(t, "plan.children", plan.household.children, locale) : ""].filter(Boolean);
  const reference = plan.nutrition.reference;
  const perPerson = plan.nutrition.perPersonPerDay;
  return {
    // A week's plan is the "week menu"; a fortnight's is named so; other lengths are a menu, their days said below the title.
    title: t(plan.days.length === 7 ? "plan.title" : plan.days.length === 14 ? "plan.titleFortnight" : "plan.titleDays"),
    source: words.packageName === null ? t("plan.fromStock") : t("plan.fromPackage", { package: words.packageName }),
    household: `${people.join(", ")} · ${counted(t, "plan.days", plan.days.length, locale)}`,
    days: plan.days.map((day) => ({
      label: t("plan.day", { day: day.day }),
      meals: day.meals.map((meal) => ({ meal: t(`plan.meal.${meal.meal}`), recipe: meal.recipe, title: words.recipeTitle(meal.recipe), servings: counted(t, "plan.servings", meal.servings, locale) })),
    })),
    stock: {
      title: words.packageName === null ? t("plan.homeStockTitle") : t("plan.stockTitle"),
      lines: byName(plan.stock.map((item) => ({ name: words.productName(item.product), text: t("plan.stockLine", { used: grams(item.usedGrams, locale), available: grams(item.availableGrams, locale), left: grams(Math.max(0, item.leftGrams), locale) }) })), locale),
    },
    shopping: {
      title: t("plan.shoppingTitle"),
      lines: byName(plan.shopping.map((item) => ({ name: words.productName(item.product), text: t("plan.shoppingLine", { packs: item.packs, size: grams(item.packGrams, locale), cost: formatEur(item.costEur, locale) }) })), locale),
      empty: plan.shopping.length === 0 ? t("plan.noShopping") : null,
      total: t("plan.total", { cost: formatEur(plan.totals.extraCostEur, locale), perPerson: formatEur(plan.totals.extraCostPerPersonPerDayEur, locale) }),
    },
    shortlist: plan.shortlist ? t("plan.shortlist", { kept: plan.shortlist.kept, of: plan.shortlist.of }) : null,
    toTaste: plan.toTaste.length > 0 ? t("plan.toTaste", { products: plan.toTaste.map((id) => words.productName(id).toLocaleLowerCase(locale)).join(", ") }) : null,
    nutrition: {
      title: t("plan.nutritionTitle"),
      energy: t("plan.energy", { value: kcal(perPerson.energyKcal, locale), reference: reference.energyKcal.min === reference.energyKcal.max ? kcal(reference.energyKcal.min, locale) : `${formatNumber(Math.round(reference.energyKcal.min), locale)}–${kcal(reference.energyKcal.max, locale)}` }),
      salt: t("plan.salt", { value: `${formatNumber(perPerson.salt, locale, { maximumFractionDigits: 1 })}\u00a0g`, max: `${formatNumber(reference.saltMaxG, locale, { maximumFractionDigits: 1 })}\u00a0g` }),
    },
  };
}

/** Lines in the alphabetical order of the reader's language. */
function byName<T extends { name: string }>(lines: T[], locale: Locale): T[] {
  return lines.sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Why no plan fits, one sentence per blocker. */
export function blockedView(result: Exclude<PlanResult, { ok: true }>, words: Pick<PlanWords, "locale" | "t">): { title: string; reasons: string[] } {
  const { locale, t } = words;
  if ("stopped" in result) return { title: t("plan.stopped", { reason: result.stopped }), reasons: [] };
  const meals = (list: readonly PlanMeal[]) => PLAN_MEALS.filter((meal) => list.includes(meal)).map((meal) => t(`plan.meal.${meal}`).toLocaleLowerCase(locale)).join(", ");
  const reason = (blocker: Blocker): string => {
    switch (blocker.constraint) {
      case "recipes": {
        const key = blocker.filters.length === 2 ? "plan.blocked.equipmentAllergens" : blocker.filters[0] === "equipment" ? "plan.blocked.equipment" : blocker.filters[0] === "allergens" ? "plan.blocked.allergens" : "plan.blocked.recipes";
        return t(key, { possible: blocker.possible, needed: blocker.needed, meals: meals(blocker.meals) });
      }
      case "budget":
        return blocker.cheapestEur === null ? t("plan.blocked.budgetNone", { budget: formatEur(blocker.budgetEur, locale) }) : t("plan.blocked.budget", { budget: formatEur(blocker.budgetEur, locale), cheapest: formatEur(blocker.cheapestEur, locale) });
      case "combined":
        return t("plan.blocked.combined", { groups: blocker.groups.map((group) => t(`plan.group.${camel(group)}`)).join(", ") });
      default:
        return t(`plan.blocked.${camel(blocker.constraint)}`);
    }
  };
  return { title: t("plan.blocked"), reasons: result.blockers.map(reason) };
}

/** "energy-min" → "energyMin", as UI-string keys are written. */
function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** The words of a plan from plain data (what the build writes into the page as well): a locale's strings, recipe titles and product names by id. */
export function planWords(data: { locale: Locale; strings: Record<string, string>; titles: Record<string, string>; names: Record<string, string>; packageName: string | null }): PlanWords {
  const t = translator(data.strings, data.locale);
  return { locale: data.locale, t, recipeTitle: (slug) => data.titles[slug] ?? slug, productName: (id) => data.names[id] ?? id, packageName: data.packageName };
}
