// The finder page: every recipe grouped by meal (the page without JavaScript), the products to tick and the filters, and the data its script ranks.
import type { Content, Product } from "../content/load.ts";
import { finderRecipe, KITCHENS, TIME_LIMITS, type FinderRecipe } from "../kitchen/finder.ts";
import { formatMinutes } from "../kitchen/index.ts";
import { ALLERGEN_CODES, MEALS, type Locale } from "../kitchen/vocabulary.ts";
import type { Strings } from "../content/schemas.ts";
import { nameInText, type RecipeCard } from "./card.ts";
import type { Kitchen } from "./index.ts";
import { groupByMeal, pageBase, type CardGroup, type Chrome, type PageBase } from "./pages.ts";

interface Choice { value: string; label: string }

/** What the finder script (assets/js/finder.ts) reads from the page. */
export interface FinderData {
  locale: Locale;
  /** In the order of the page's list: ties in the ranking keep it. */
  recipes: FinderRecipe[];
  /** Product names as words in a sentence, by id. */
  names: Record<string, string>;
  /** The words the script shows, from content/i18n. */
  strings: Strings;
}

export interface FinderView extends PageBase {
  kind: "finder";
  groups: CardGroup[];
  aidProducts: Choice[];
  everydayProducts: Choice[];
  meals: Choice[];
  times: Choice[];
  kitchens: Choice[];
  allergens: Choice[];
  data: FinderData;
}

/** The keys of content/i18n the finder script uses. */
const SCRIPT_STRINGS = ["finder.count", "finder.countHave", "finder.none", "finder.toBuy", "finder.haveAll"];

const KITCHEN_LABELS: Record<(typeof KITCHENS)[number], string> = { any: "finder.kitchen.any", "no-oven": "finder.kitchen.noOven", kettle: "finder.kitchen.kettle" };

/** Products never bought (tap water costs nothing): never on a "to buy" list, never offered to tick. */
function freeProducts(products: readonly Product[]): Set<string> {
  return new Set(products.filter((product) => product.price.eur === 0).map((product) => product.id));
}

export function finderView(chrome: Chrome, content: Content, kitchen: Kitchen, cards: readonly RecipeCard[]): FinderView {
  const { locale, t, routes } = chrome;
  const groups = groupByMeal(chrome, cards);
  const free = freeProducts(content.products);
  const bySlug = new Map(content.recipes.map((recipe) => [recipe.slug, recipe]));
  const recipes = groups.flatMap((group) => group.cards).map((card) => {
    const recipe = bySlug.get(card.slug)!;
    return finderRecipe({ slug: recipe.slug, ...recipe.data }, kitchen.recipes[recipe.slug]!, free);
  });
  const used = new Set(recipes.flatMap((recipe) => recipe.products.map((product) => product.id)));
  const offered = content.products.filter((product) => used.has(product.id));
  const choice = (product: Product): Choice => ({ value: product.id, label: product.name[locale] });
  const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, locale);
  const allergens = new Set(recipes.flatMap((recipe) => recipe.allergens));
  return {
    ...pageBase(chrome, "finder", routes.finder(locale), routes.finder(chrome.other), t("finder.title"), t("finder.intro"), "finder"),
    groups,
    aidProducts: offered.filter((product) => product.inAidPackage).map(choice).sort(byLabel),
    everydayProducts: offered.filter((product) => !product.inAidPackage).map(choice).sort(byLabel),
    meals: MEALS.filter((meal) => groups.some((group) => group.meal === meal)).map((meal) => ({ value: meal, label: t(`meal.${meal}`) })),
    times: TIME_LIMITS.map((limit) => ({ value: String(limit), label: t("finder.timeUpTo", { time: formatMinutes(limit, locale) }) })),
    kitchens: KITCHENS.map((value) => ({ value, label: t(KITCHEN_LABELS[value]) })),
    allergens: ALLERGEN_CODES.filter((code) => allergens.has(code)).map((code) => ({ value: code, label: t(`allergen.${code}.short`) })),
    data: {
      locale,
      recipes,
      names: Object.fromEntries(offered.map((product) => [product.id, nameInText(product.name[locale], locale)])),
      strings: Object.fromEntries(SCRIPT_STRINGS.map((key) => [key, t(key)])),
    },
  };
}
