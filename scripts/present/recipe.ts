// The recipe page view: quantities, cost, nutrition with %RI, allergens and aid coverage, formatted per locale.
import { displayQuantity, formatEur, formatMinutes, formatNutrient, formatPercent, NUTRIENT_KEYS, type ComputedRecipe, type NutrientKey, type Nutrients } from "../kitchen/index.ts";
import { SERVINGS, type Locale, type UnitCode } from "../kitchen/vocabulary.ts";
import type { Product, Recipe } from "../content/load.ts";
import { renderMarkdown } from "./markdown.ts";
import { pageBase, type Chrome, type PageBase } from "./pages.ts";
import type { Routes } from "./routes.ts";

/** A recipe picture as pages show it: web sizes for the site, one print size for the books. */
export interface RecipeImage {
  src: string;
  srcset: string;
  width: number;
  height: number;
  /** The print-resolution file, as a path relative to the print HTML. */
  printSrc: string;
}

export interface IngredientView { amount: string; unit: string; name: string; url: string; note: string; fromAid: boolean }
/** The servings scaler's data, written into the recipe page as JSON. */
export interface ScalerData { servings: number; min: number; max: number; lines: { qty: number | null; unit: UnitCode }[] }

export interface NutritionRow { label: string; perServing: string; per100g: string; ri: string }

export interface RecipeView extends PageBase {
  kind: "recipe";
  slug: string;
  summary: string;
  meal: { code: string; label: string };
  servings: number;
  facts: { label: string; value: string }[];
  image: RecipeImage & { alt: string };
  ingredients: IngredientView[];
  stepsHtml: string;
  tip: string;
  safety: string;
  cost: { total: string; perServing: string; extraPerServing: string; sentence: string };
  nutrition: { rows: NutritionRow[]; riNote: string; method: string };
  allergens: string[];
  /** Short allergen names ("Gluten") for the printed books, where a recipe has to fit its page. */
  allergensShort: string[];
  coverage: { percent: string; sentence: string };
  usesAid: boolean;
  /** What the servings scaler in the browser needs (assets/js/scaler.ts). */
  scaler: ScalerData;
}

/** `recipe`: its slug, data and words are enough, so the form editor's preview can show a recipe that is not saved yet. */
export function recipeView(chrome: Chrome, recipe: Pick<Recipe, "slug" | "data" | "text">, computed: ComputedRecipe, products: ReadonlyMap<string, Product>, image: RecipeImage): RecipeView {
  const { locale, t, routes } = chrome;
  const text = recipe.text[locale];
  const data = recipe.data;
  const eur = (value: number) => formatEur(value, locale);

  const ingredients = data.ingredients.map((line, index): IngredientView => {
    const product = products.get(line.product)!;
    const quantity = displayQuantity(line.qty, line.unit, locale, { exact: true });
    const note = text.ingredientNotes[line.product] ?? "";
    return { amount: quantity.amount, unit: quantity.unit, name: product.name[locale], url: routes.product(locale, product.id), note, fromAid: computed.ingredients[index]!.fromAidPackage };
  });
  const totalMinutes = data.time.prep + data.time.cook;
  const facts = [
    { label: t("recipe.servings"), value: String(data.servings) },
    { label: t("recipe.time"), value: `${formatMinutes(totalMinutes, locale)} (${t("recipe.prep")} ${formatMinutes(data.time.prep, locale)}, ${t("recipe.cook")} ${formatMinutes(data.time.cook, locale)})` },
    { label: t("recipe.equipment"), value: data.equipment.map((item) => t(`equipment.${item}`)).join(", ") },
  ];
  const perServing = computed.nutritionPerServing;
  const ri = (key: NutrientKey) => (computed.riPerServing[key] === undefined ? "—" : formatPercent(computed.riPerServing[key]!, locale));
  // Energy takes one row, "kJ / kcal", as on an EU nutrition label.
  const energy = (values: Nutrients) => `${formatNutrient("energyKj", values.energyKj, locale)}\u00a0/ ${formatNutrient("energyKcal", values.energyKcal, locale)}`;
  const rows: NutritionRow[] = [
    { label: t("nutrient.energy"), perServing: energy(perServing), per100g: energy(computed.nutritionPer100g), ri: ri("energyKj") },
    ...NUTRIENT_KEYS.filter((key) => key !== "energyKj" && key !== "energyKcal").map((key) => ({
      label: t(`nutrient.${key}`),
      perServing: formatNutrient(key, perServing[key], locale),
      per100g: formatNutrient(key, computed.nutritionPer100g[key], locale),
      ri: ri(key),
    })),
  ];
  const cost = {
    total: eur(computed.cost.totalEur),
    perServing: eur(computed.cost.perServingEur),
    extraPerServing: eur(computed.cost.extraPerServingEur),
    sentence: t("recipe.costSentence", { total: eur(computed.cost.totalEur), extra: eur(computed.cost.extraPerServingEur) }),
  };
  const percent = formatPercent(computed.coverage.aidWeightShare * 100, locale);
  // Products whose nutrition is borrowed from a similar product: the reader should know which.
  const standIns = [...new Set(data.ingredients.map((line) => products.get(line.product)!).filter((product) => product.nutrition.standIn).map((product) => product.name[locale]))];
  return {
    ...pageBase(chrome, "recipe", routes.recipe(locale, recipe.slug), routes.recipe(chrome.other, recipe.slug), text.title, text.summary, "home"),
    slug: recipe.slug,
    summary: text.summary,
    meal: { code: data.meal, label: t(`meal.${data.meal}`) },
    servings: data.servings,
    facts,
    image: { ...image, alt: text.imageAlt },
    ingredients,
    stepsHtml: renderMarkdown(text.body),
    tip: text.tip ?? "",
    safety: text.safety ?? "",
    cost,
    nutrition: { rows, riNote: t("nutrition.riNote"), method: [t("nutrition.method"), ...(standIns.length > 0 ? [t("nutrition.standIn", { products: standIns.join(", ") })] : [])].join(" ") },
    allergens: computed.allergens.map((code) => t(`allergen.${code}`)),
    allergensShort: computed.allergens.map((code) => t(`allergen.${code}.short`)),
    coverage: { percent, sentence: t("recipe.coverageSentence", { percent }) },
    usesAid: computed.coverage.aidProducts.length > 0,
    scaler: { servings: data.servings, min: SERVINGS.min, max: SERVINGS.max, lines: data.ingredients.map((line) => ({ qty: line.qty ?? null, unit: line.unit })) },
  };
}

/** Recipe title and URL in a locale, for lists and links. */
export function recipeLink(recipe: Recipe, locale: Locale, routes: Routes): { slug: string; title: string; url: string } {
  return { slug: recipe.slug, title: recipe.text[locale].title, url: routes.recipe(locale, recipe.slug) };
}
