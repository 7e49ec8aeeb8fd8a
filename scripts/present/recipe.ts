// The recipe page view: quantities, cost, nutrition with %RI, allergens and aid coverage, formatted per locale.
import { formatEur, ingredientLine, lineWords, formatMinutes, formatNutrient, formatPercent, NUTRIENT_KEYS, type ComputedRecipe, type LineWords, type NutrientKey, type Nutrients, type ProductForms, type WordForms } from "../kitchen/index.ts";
import { SERVINGS, type Locale, type UnitCode } from "../kitchen/vocabulary.ts";
import type { Product, Recipe } from "../content/load.ts";
import type { PricedLine } from "../kitchen/cost.ts";
import type { Recipe as SchemaRecipe, WithContext } from "schema-dts";
import { edition } from "./editions.ts";
import { recipeJsonLd } from "./jsonld.ts";
import { notebookLink, type NotebookLink } from "./notebook-links.ts";
import { renderRecipeBody } from "./markdown.ts";
import { pageBase, type Chrome, type PageBase } from "./pages.ts";
import { recipeSources } from "./sources.ts";
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

/** One ingredient line in parts (amount, unit, name, "pēc garšas", note) and as `text`; see kitchen/lines.ts. */
export interface IngredientView { amount: string; unit: string; name: string; after: string; note: string; text: string; url: string; fromAid: boolean }
/**
 * What the servings scaler needs in the browser, written into the recipe page as JSON: the locale's line words; each
 * line's data, word forms and cost at the recipe's servings; the cost sentence with its {total} and {extra} slots.
 */
export interface ScalerData {
  servings: number;
  min: number;
  max: number;
  locale: Locale;
  words: LineWords;
  lines: (PricedLine & { qty: number | null; unit: UnitCode; note: string; forms: WordForms })[];
  costSentence: string;
}

export interface NutritionRow { label: string; perServing: string; per100g: string; ri: string }

export interface RecipeView extends PageBase {
  kind: "recipe";
  slug: string;
  summary: string;
  meal: { code: string; label: string };
  servings: number;
  /** `key` lets the scaler find the servings fact. */
  facts: { key: string; label: string; value: string }[];
  image: RecipeImage & { alt: string };
  ingredients: IngredientView[];
  stepsHtml: string;
  tip: string;
  safety: string;
  cost: { total: string; perServing: string; extraPerServing: string; sentence: string };
  nutrition: { rows: NutritionRow[]; riNote: string; method: string };
  /** Where the prices and the nutrition values come from, one short line each in the reader's language ("" when none applies). */
  sources: { prices: string; nutrition: string };
  allergens: string[];
  /** Short allergen names ("Gluten") for the printed books, where a recipe has to fit its page. */
  allergensShort: string[];
  coverage: { percent: string; sentence: string };
  usesAid: boolean;
  /** What the servings scaler in the browser needs (assets/js/scaler.ts). */
  scaler: ScalerData;
  /** schema.org Recipe structured data. */
  jsonLd: WithContext<SchemaRecipe>;
  /** The "my cookbook" page, which the add button points readers to. */
  cookbookUrl: string;
  /** The recipe's page in the A5 notebook of its language; null before the notebook is printed. */
  notebook: NotebookLink | null;
}

/**
 * `recipe`: its slug, data and words are enough, so the form editor's preview can show a recipe that is not saved yet;
 * `notebookPage`: where the recipe starts in the printed A5 notebook of this language, when it is known.
 */
export function recipeView(chrome: Chrome, recipe: Pick<Recipe, "slug" | "data" | "text">, computed: ComputedRecipe, products: ReadonlyMap<string, Product>, image: RecipeImage, notebookPage?: number): RecipeView {
  const { locale, t, routes } = chrome;
  const text = recipe.text[locale];
  const data = recipe.data;
  const eur = (value: number) => formatEur(value, locale);

  const words = lineWords(chrome.strings, locale).words;
  const lines = data.ingredients.map((line) => ({ qty: line.qty, unit: line.unit, note: text.ingredientNotes[line.product] ?? "", forms: (products.get(line.product)!.forms ?? {}) as ProductForms }));
  const ingredients = data.ingredients.map((line, index): IngredientView => {
    const { forms, ...input } = lines[index]!;
    const { amount, unit, name, after, note, text: lineText } = ingredientLine(input, forms, locale, words, { exact: true });
    return { amount, unit, name, after, note, text: lineText, url: routes.product(locale, line.product), fromAid: computed.ingredients[index]!.fromAidPackage };
  });
  const totalMinutes = data.time.prep + data.time.cook;
  const facts = [
    { key: "servings", label: t("recipe.servings"), value: String(data.servings) },
    { key: "time", label: t("recipe.time"), value: `${formatMinutes(totalMinutes, locale)} (${t("recipe.prep")} ${formatMinutes(data.time.prep, locale)}, ${t("recipe.cook")} ${formatMinutes(data.time.cook, locale)})` },
    { key: "equipment", label: t("recipe.equipment"), value: data.equipment.map((item) => t(`equipment.${item}`)).join(", ") },
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
  const url = routes.recipe(locale, recipe.slug);
  const body = renderRecipeBody(text.body, locale);
  const jsonLd = recipeJsonLd({
    locale,
    url: new URL(url, chrome.siteUrl).href,
    name: text.title,
    description: text.summary,
    image: new URL(image.src, chrome.siteUrl).href,
    ingredients: ingredients.map((item) => item.text),
    steps: body.steps,
    servings: data.servings,
    prepMinutes: data.time.prep,
    cookMinutes: data.time.cook,
    category: t(`meal.${data.meal}`),
    nutritionPerServing: perServing,
    organisation: { name: chrome.site.organisation[locale], ...(chrome.site.contact.web ? { url: chrome.site.contact.web } : {}) },
  });
  const base = pageBase(chrome, "recipe", url, routes.recipe(chrome.other, recipe.slug), text.title, text.summary, "home");
  return {
    ...base,
    head: { ...base.head, og: { ...base.head.og, image: { url: new URL(image.src, chrome.siteUrl).href, width: image.width, height: image.height, alt: text.imageAlt } } },
    slug: recipe.slug,
    summary: text.summary,
    meal: { code: data.meal, label: t(`meal.${data.meal}`) },
    servings: data.servings,
    facts,
    image: { ...image, alt: text.imageAlt },
    ingredients,
    stepsHtml: body.html,
    tip: text.tip ?? "",
    safety: text.safety ?? "",
    cost,
    nutrition: { rows, riNote: t("nutrition.riNote"), method: [t("nutrition.method"), ...(standIns.length > 0 ? [t("nutrition.standIn", { products: standIns.join(", ") })] : [])].join(" ") },
    sources: recipeSources(chrome, data.ingredients.filter((line) => line.qty !== undefined).map((line) => products.get(line.product)!)),
    allergens: computed.allergens.map((code) => t(`allergen.${code}`)),
    allergensShort: computed.allergens.map((code) => t(`allergen.${code}.short`)),
    coverage: { percent, sentence: t("recipe.coverageSentence", { percent }) },
    usesAid: computed.coverage.aidProducts.length > 0,
    scaler: {
      servings: data.servings,
      min: SERVINGS.min,
      max: SERVINGS.max,
      locale,
      words,
      lines: lines.map((line, index) => ({ qty: line.qty ?? null, unit: line.unit, note: line.note, forms: line.forms[locale] ?? {}, costEur: computed.ingredients[index]!.costEur, fromAidPackage: computed.ingredients[index]!.fromAidPackage })),
      costSentence: t("recipe.costSentence"),
    },
    jsonLd,
    cookbookUrl: routes.cookbook(locale),
    notebook: notebookLink(routes.file(edition("notebook", locale, "A5").pdf), notebookPage, t),
  };
}

/** Recipe title and URL in a locale, for lists and links. */
export function recipeLink(recipe: Recipe, locale: Locale, routes: Routes): { slug: string; title: string; url: string } {
  return { slug: recipe.slug, title: recipe.text[locale].title, url: routes.recipe(locale, recipe.slug) };
}
