// The week-menu page: the form (package or products at hand, household, days, meals, kitchen, allergens, budget), an example plan made at build time, and the data its script plans from.
import type { Content, Product } from "../content/load.ts";
import { KITCHENS } from "../kitchen/finder.ts";
import { ALLERGEN_CODES, type Locale } from "../kitchen/vocabulary.ts";
import type { PlannerData, PlanResult, StockItem } from "../planner/types.ts";
import { PLAN_MEALS } from "../planner/types.ts";
import { blockedHtml, planHtml } from "../plan/markup.ts";
import { DAYS, defaultQuery, PERSONS, type MenuQuery } from "../plan/query.ts";
import { blockedView, planView, planWords } from "../plan/view.ts";
import type { Chrome, PageBase } from "./pages.ts";
import { pageBase } from "./pages.ts";

interface Choice { value: string; label: string }

/** What the page's script (assets/js/menu.ts) reads from the page. */
export interface MenuData {
  locale: Locale;
  /** The words the plan and the script show (plan.*, menu.*). */
  strings: Record<string, string>;
  titles: Record<string, string>;
  names: Record<string, string>;
  recipeUrls: Record<string, string>;
  packages: { id: string; name: string; stock: StockItem[] }[];
  planner: PlannerData;
}

export interface MenuView extends PageBase {
  kind: "menu";
  packages: Choice[];
  stockProducts: { aid: boolean; value: string; label: string; amountLabel: string; unitLabel: string }[];
  meals: (Choice & { checked: boolean })[];
  kitchens: Choice[];
  allergens: Choice[];
  limits: { days: typeof DAYS; persons: typeof PERSONS };
  /** The form's first state (the example's request). */
  initial: MenuQuery;
  /** The example plan as HTML (the same markup the script writes), or "" when the content has no package. */
  exampleHtml: string;
  data: MenuData;
}

/** What the page needs from the build: the planner's data, each package's stock, and the example's result (null without packages). */
export interface MenuInput {
  planner: PlannerData;
  stock: Record<string, StockItem[]>;
  example: PlanResult | null;
}

const KITCHEN_LABELS: Record<(typeof KITCHENS)[number], string> = { any: "finder.kitchen.any", "no-oven": "finder.kitchen.noOven", kettle: "finder.kitchen.kettle" };

/** The words the script needs: the plan's and the page's own. */
function scriptStrings(strings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).filter(([key]) => key.startsWith("plan.") || key.startsWith("menu.")));
}

export function menuView(chrome: Chrome, content: Content, input: MenuInput): MenuView {
  const { locale, t, routes } = chrome;
  const titles = Object.fromEntries(content.recipes.map((recipe) => [recipe.slug, recipe.text[locale].title]));
  const used = new Set(input.planner.recipes.flatMap((recipe) => recipe.ingredients.map((line) => line.product)));
  const offered = content.products.filter((product) => used.has(product.id) && product.price.eur > 0);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  const names = Object.fromEntries(content.products.map((product) => [product.id, product.name[locale]]));
  const allergens = new Set(input.planner.recipes.flatMap((recipe) => recipe.allergens));
  const packages = content.packages.map((item) => ({ id: item.id, name: item.name[locale], stock: input.stock[item.id] ?? [] }));
  const recipeUrl = (slug: string) => routes.recipe(locale, slug);
  const initial = defaultQuery(content.packages[0]?.id ?? null);
  const strings = scriptStrings(chrome.strings);
  const example = input.example;
  let exampleHtml = "";
  if (example && initial.package !== null) {
    const words = planWords({ locale, strings, titles, names, packageName: packages[0]!.name });
    exampleHtml = example.ok ? planHtml(planView(example.plan, words), { recipeUrl, note: t("menu.example") }) : blockedHtml(blockedView(example, words));
  }
  const choice = (product: Product) => ({ aid: product.inAidPackage, value: product.id, label: product.name[locale], amountLabel: t("menu.amount", { product: product.name[locale] }), unitLabel: t("menu.unit", { product: product.name[locale] }) });
  return {
    ...pageBase(chrome, "menu", routes.menu(locale), routes.menu(chrome.other), t("menu.title"), t("menu.intro"), "menu"),
    packages: packages.map((item) => ({ value: item.id, label: item.name })),
    stockProducts: [...offered.filter((product) => product.inAidPackage).map(choice).sort(byLabel), ...offered.filter((product) => !product.inAidPackage).map(choice).sort(byLabel)],
    meals: PLAN_MEALS.map((meal) => ({ value: meal, label: t(`plan.meal.${meal}`), checked: initial.meals.includes(meal) })),
    kitchens: KITCHENS.map((value) => ({ value, label: t(KITCHEN_LABELS[value]) })),
    allergens: ALLERGEN_CODES.filter((code) => allergens.has(code)).map((code) => ({ value: code, label: t(`allergen.${code}.short`) })),
    limits: { days: DAYS, persons: PERSONS },
    initial,
    exampleHtml,
    data: {
      locale,
      strings,
      titles,
      names,
      recipeUrls: Object.fromEntries(content.recipes.map((recipe) => [recipe.slug, recipeUrl(recipe.slug)])),
      packages,
      planner: input.planner,
    },
  };
}
