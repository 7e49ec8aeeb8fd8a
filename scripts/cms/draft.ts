// A recipe as the form editor holds it, checked and computed as the build does (same schemas, cross-checks, kitchen and view); pure, runs in the browser.
import { checkIngredients, checkRecipe } from "../content/cross-checks.ts";
import type { ContentIssue } from "../content/issues.ts";
import type { Draft, Product } from "../content/load.ts";
import { inspectBody } from "../content/markdown-checks.ts";
import { recipeTexts } from "../content/recipe-text.ts";
import { recipeEnSchema, recipeLvSchema, type RecipeEn, type RecipeLv } from "../content/schemas.ts";
import { validate } from "../content/validate.ts";
import { computeRecipe } from "../kitchen/index.ts";
import { LOCALES, MEALS, type Locale } from "../kitchen/vocabulary.ts";
import { chromeFor } from "../present/pages.ts";
import { recipeView, type RecipeView } from "../present/recipe.ts";
import { routesFor } from "../present/routes.ts";
import type { PreviewData } from "./preview-data.ts";

/** One language's file as the form holds it: the front matter fields and `body`, the Markdown steps. */
export type FormFile = Record<string, unknown>;

export interface DraftRecipe {
  /** The folder name, once the recipe is saved. */
  slug?: string;
  lv: FormFile;
  en: FormFile;
  /** Where the picture can be seen now (a new upload is not in any folder yet). */
  imageUrl?: string;
}

export interface DraftResult {
  /** What `npm run check` would say about these files, all at once. */
  problems: ContentIssue[];
  /** The recipe page in each language whose file is valid, once the ingredients can be computed. */
  views: Partial<Record<Locale, RecipeView>>;
  /**
   * The Latvian file is not complete yet, but its servings and ingredients are: only the parts of the page computed from
   * them (ingredient list, cost, allergens, nutrition) are real, so an editor sees the numbers before the rest is written.
   */
  numbersOnly: boolean;
}

/** What the kitchen needs from the Latvian file. */
const KITCHEN_FIELDS = recipeLvSchema.pick({ servings: true, ingredients: true });
/** The rest of a Latvian file that is not complete yet: never shown (numbersOnly), only there so the view can be made. */
const UNSHOWN = { title: "", summary: "", time: { prep: 0, cook: 0 }, meal: MEALS[0], equipment: [], image: "", imageAlt: "" } satisfies Omit<RecipeLv, "servings" | "ingredients">;

/** Checks the recipe as `npm run check` would, then computes its page views as the build would. SVG pictures are checked once saved. */
export function checkDraft(draft: DraftRecipe, data: PreviewData): DraftResult {
  const folder = `content/recipes/${draft.slug ?? "…"}`;
  const lv = toDraft<RecipeLv>(recipeLvSchema, draft.lv, `${folder}/index.lv.md`);
  const en = toDraft<RecipeEn>(recipeEnSchema, draft.en, `${folder}/index.en.md`);
  const problems = [...lv.problems, ...en.problems];
  const productIds = data.products.map((product) => product.id);
  problems.push(
    ...checkRecipe({
      lv: lv.draft,
      en: en.draft,
      folder,
      // The media library put the picture there, within the upload size limit.
      imageExists: (name) => name === draft.lv.image,
      picture: () => ({ picture: [], svg: [] }),
      productIds,
      products: data.products,
    }),
  );
  const numbersOnly = !lv.draft.data;
  const views: DraftResult["views"] = {};
  const kitchen = lv.draft.data ?? validate(KITCHEN_FIELDS, { data: { servings: draft.lv.servings, ingredients: draft.lv.ingredients }, lineOf: () => undefined, issues: [] }, lv.draft.file).value;
  if (!kitchen) return { problems, views, numbersOnly };
  const products = new Map<string, Product>(data.products.map((product) => [product.id, product]));
  const computed = computeRecipe({ slug: draft.slug ?? "", servings: kitchen.servings, ingredients: kitchen.ingredients }, products);
  if (!computed.ok) {
    // Unknown products and missing conversions are what the engine refuses; checkRecipe names them once the whole Latvian file is valid.
    if (numbersOnly) problems.push(...checkIngredients(kitchen.ingredients, kitchen.servings, lv.draft, productIds, data.products));
    return { problems, views, numbersOnly };
  }
  const recipeData = lv.draft.data ?? { ...UNSHOWN, ...kitchen };
  // Without valid English text only the Latvian view is made, so the empty English words are never shown.
  const text = recipeTexts(recipeData, lv.draft.body, en.draft.data ?? { title: "", summary: "", imageAlt: "", ingredientNotes: {} }, en.draft.body);
  const recipe = { slug: draft.slug ?? "", data: recipeData, text };
  const image = { src: draft.imageUrl ?? "", srcset: "", width: 0, height: 0, printSrc: "" };
  const routes = routesFor(data.basePath);
  for (const locale of LOCALES) {
    if (locale !== "lv" && (numbersOnly || !en.draft.data)) continue;
    views[locale] = recipeView(chromeFor(data, locale, data.buildDate, routes, data.siteUrl), recipe, computed.recipe, products, image);
  }
  return { problems, views, numbersOnly };
}

/** One file's fields through its schema, as the content check reads a file; lines are not known in a form. */
function toDraft<T>(schema: typeof recipeLvSchema | typeof recipeEnSchema, form: FormFile, file: string): { draft: Draft<T>; problems: ContentIssue[] } {
  const { body, ...fields } = form;
  const steps = typeof body === "string" ? body : "";
  const result = validate(schema, { data: fields, lineOf: () => undefined, issues: [] }, file);
  const inspected = inspectBody(steps, file, 1);
  const draft: Draft<T> = { data: result.value as T | undefined, body: steps, steps: inspected.steps, amounts: inspected.amounts, file, bodyLine: 1, lineOf: () => undefined };
  return { draft, problems: [...result.issues, ...inspected.issues.map(({ line: _line, ...issue }) => issue)] };
}
