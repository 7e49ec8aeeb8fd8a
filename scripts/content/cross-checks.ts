// Checks between files: products and recipes exist, units resolve, translations match their Latvian source.
import { toGrams } from "../kitchen/units.ts";
import { UNIT_CODES } from "../kitchen/vocabulary.ts";
import { didYouMean, type ContentIssue } from "./issues.ts";
import { formatCount, LIMITS } from "./limits.ts";
import type { Draft, Product, Text } from "./load.ts";
import { gramsMessage, unknownProduct } from "./messages.ts";
import type { PictureCheck } from "./pictures.ts";
import { checkStepAmounts } from "./step-amounts.ts";
import type { LessonEn, LessonLv, RecipeEn, RecipeLv } from "./schemas.ts";
import type { UnitCode } from "../kitchen/types.ts";

export interface RecipeFiles {
  lv: Draft<RecipeLv>;
  en: Draft<RecipeEn>;
  folder: string;
  imageExists: (name: string) => boolean;
  /** What checkPicture found in a picture of the recipe folder. */
  picture: (name: string) => PictureCheck;
  /** Every product file's id, valid or not. */
  productIds: string[];
  /** The products whose files are valid. */
  products: Product[];
}

/** Where editors find every product id. */

export function checkRecipe({ lv, en, folder, imageExists, picture, productIds, products }: RecipeFiles): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const [lvSteps, enSteps] = [lv.steps, en.steps];
  if (lvSteps === 0) issues.push({ file: lv.file, line: lv.bodyLine, field: "body", message: "has no numbered steps — write the steps as a list: 1. …, 2. …" });
  else if (lvSteps > LIMITS.steps) issues.push({ file: lv.file, line: lv.bodyLine, field: "body", message: `has ${lvSteps} steps, more than the limit of ${LIMITS.steps} — join short steps or split the recipe in two` });
  else if (lvSteps !== enSteps) issues.push({ file: en.file, line: en.bodyLine, field: "body", message: `has ${enSteps} steps, the Latvian file has ${lvSteps} — translate every step, one for one` });
  if (!lv.data) return issues;
  const data = lv.data;

  issues.push(...checkIngredients(data.ingredients, data.servings, lv, productIds, products));
  if (!imageExists(data.image)) issues.push({ file: lv.file, line: lv.lineOf(["image"]), field: "image", message: `file "${data.image}" is not in ${folder}/ — add the picture there or correct the name` });
  else {
    const found = picture(data.image);
    for (const problem of found.picture) issues.push({ file: lv.file, line: lv.lineOf(["image"]), field: "image", message: `picture "${data.image}" ${problem}` });
    for (const problem of found.svg) issues.push({ file: `${folder}/${data.image}`, field: "", message: `${problem} — pictures may contain only drawing; export it again as a plain SVG, PNG or JPEG` });
  }
  if (!en.data) return issues;
  const english = en.data;
  issues.push(...checkLanguages(lv as Text<RecipeLv>, en as Text<RecipeEn>));
  issues.push(...checkStepAmounts({ lv: lv as Text<RecipeLv>, en: en as Text<RecipeEn>, productIds, products }));

  for (const key of ["tip", "safety"] as const) {
    if (Boolean(data[key]) === Boolean(english[key])) continue;
    const [where, other] = data[key] ? [en, lv] : [lv, en];
    issues.push({ file: where.file, line: where.lineOf([]), field: key, message: `is in ${other.file} but not here — add the translation or remove both` });
  }
  const noted = data.ingredients.filter((ingredient) => ingredient.note);
  for (const ingredient of noted) {
    if (!english.ingredientNotes[ingredient.product]) issues.push({ file: en.file, line: en.lineOf(["ingredientNotes"]), field: `ingredientNotes.${ingredient.product}`, message: `is missing — translate the Latvian note "${ingredient.note}"` });
  }
  for (const product of Object.keys(english.ingredientNotes)) {
    if (!noted.some((ingredient) => ingredient.product === product)) issues.push({ file: en.file, line: en.lineOf(["ingredientNotes", product]), field: `ingredientNotes.${product}`, message: `the Latvian file has no note for "${product}" — remove it or add the note there` });
  }
  return issues;
}

/** The ingredient lines of a recipe: known products, quantities that turn into grams, amounts inside the limits (the form editor's preview runs this too). */
export function checkIngredients(ingredients: RecipeLv["ingredients"], servings: number, lv: Pick<Draft<RecipeLv>, "file" | "lineOf">, productIds: readonly string[], products: readonly Product[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  ingredients.forEach((ingredient, index) => {
    const line = (field: string) => lv.lineOf(["ingredients", index, field]);
    if (!productIds.includes(ingredient.product)) {
      issues.push({ file: lv.file, line: line("product"), field: `ingredients[${index}].product`, message: unknownProduct(ingredient.product, productIds) });
      return;
    }
    const product = products.find((candidate) => candidate.id === ingredient.product);
    const grams = product ? toGrams(ingredient, product) : undefined;
    if (!product || !grams) return;
    if (!grams.ok) {
      const { problem } = grams;
      const working = UNIT_CODES.filter((unit) => unit !== "pēc garšas" && toGrams({ ...ingredient, unit, qty: 1 }, product).ok);
      const other = problem.code === "needs-conversion" ? ` — or use a unit that works for ${product.id}: ${working.join(", ")}` : "";
      issues.push({ file: lv.file, line: line(problem.field), field: `ingredients[${index}].${problem.field}`, message: `${gramsMessage(problem, ingredient)}${other}` });
    } else if (grams.grams / servings > LIMITS.gramsPerServing) {
      const perServing = formatCount(grams.grams / servings);
      issues.push({ file: lv.file, line: line("qty"), field: `ingredients[${index}].qty`, message: `${ingredient.qty} ${ingredient.unit} is ${perServing} g per serving, more than the limit of ${formatCount(LIMITS.gramsPerServing)} g of one ingredient per serving — check the number and the unit` });
    }
  });
  return issues;
}

export function checkLesson(lv: Text<LessonLv>, en: Text<LessonEn>, recipeSlugs: string[], packageIds: readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const plan = lv.data.plan;
  if (plan && !packageIds.includes(plan.package)) issues.push({ file: lv.file, line: lv.lineOf(["plan", "package"]), field: "plan.package", message: `unknown package "${plan.package}"${didYouMean(plan.package, packageIds) || ` — use the file name (without .yaml) of a package in content/packages/: ${packageIds.join(", ")}`}` });
  lv.data.recipes.forEach((slug, index) => {
    if (!recipeSlugs.includes(slug)) issues.push({ file: lv.file, line: lv.lineOf(["recipes", index]), field: `recipes[${index}]`, message: `unknown recipe "${slug}"${didYouMean(slug, recipeSlugs) || " — use the folder name of a recipe in content/recipes/"}` });
  });
  const lists = ["objectives", "equipment", "materials", "preparation", "discussion", "feedback", "agenda"] as const;
  for (const key of lists) {
    if (lv.data[key].length !== en.data[key].length) issues.push({ file: en.file, line: en.lineOf([key]), field: key, message: `has ${en.data[key].length} items, the Latvian file has ${lv.data[key].length} — translate item for item` });
  }
  for (const key of ["visual", "motor", "cognitive"] as const) {
    const [lvItems, enItems] = [lv.data.adaptations[key], en.data.adaptations[key]];
    if (lvItems.length !== enItems.length) issues.push({ file: en.file, line: en.lineOf(["adaptations", key]), field: `adaptations.${key}`, message: `has ${enItems.length} items, the Latvian file has ${lvItems.length} — translate item for item` });
  }
  return issues;
}

const LATVIAN_LETTERS = /[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]/;

/** English text must not be Latvian, and a Latvian body must read as Latvian (it has Latvian letters somewhere). */
function checkLanguages(lv: Text<RecipeLv>, en: Text<RecipeEn>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const english = { title: en.data.title, summary: en.data.summary, imageAlt: en.data.imageAlt, tip: en.data.tip ?? "", safety: en.data.safety ?? "", ...Object.fromEntries(Object.entries(en.data.ingredientNotes).map(([key, note]) => [`ingredientNotes.${key}`, note])) };
  for (const [field, text] of Object.entries(english)) {
    if (LATVIAN_LETTERS.test(text)) issues.push({ file: en.file, line: en.lineOf(field.split(".")), field, message: `has Latvian letters ("${text.slice(0, 40)}") — write it in English` });
  }
  en.body.split("\n").forEach((line, index) => {
    if (LATVIAN_LETTERS.test(line)) issues.push({ file: en.file, line: en.bodyLine + index, field: "body", message: `has Latvian letters ("${line.trim().slice(0, 40)}") — write the step in English` });
  });
  if (!LATVIAN_LETTERS.test(`${lv.data.summary}\n${lv.body}`)) issues.push({ file: lv.file, line: lv.bodyLine, field: "body", message: "has no Latvian letters (ā, č, ē …) — the Latvian file must carry the Latvian text" });
  return issues;
}

/** A product file with what is needed to point at its lines. */
export interface ProductFileLines {
  product: Product;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The file's last line, where a missing block is added. */
  lastLine: number;
}

const COUNTED_EXAMPLE = "forms: { counted: true, lv: { nomSg: biete, nomPl: bietes, genSg: bietes, genPl: biešu }, en: { sg: beetroot, pl: beetroots } }";
const MEASURED_EXAMPLE = "forms: { lv: { nomSg: piens, genSg: piena }, en: { sg: milk } } (or lv: { nomPl: griķi, genPl: griķu } for a product named in the plural)";

/** Every product a recipe uses says how ingredient lines write it, and a product used in pieces is counted. */
export function checkProductForms(files: readonly ProductFileLines[], recipes: readonly { slug: string; ingredients: readonly { product: string; unit: UnitCode; qty?: number }[] }[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { product, lineOf, lastLine } of files) {
    const uses = recipes.flatMap((recipe) => recipe.ingredients.filter((line) => line.product === product.id).map((line) => ({ slug: recipe.slug, line })));
    if (uses.length === 0) continue;
    const pieces = uses.find((use) => use.line.unit === "gab.");
    const shown = (use: (typeof uses)[number]) => `recipe "${use.slug}" writes "${use.line.qty === undefined ? "" : `${use.line.qty} `}${use.line.unit}"`;
    if (!product.forms) {
      const example = pieces ? COUNTED_EXAMPLE : MEASURED_EXAMPLE;
      issues.push({ file: product.file, line: lastLine, field: "forms", message: `is missing — ${shown(pieces ?? uses[0]!)}, and its ingredient line needs the product's word forms; add them at the end of the file, for example ${example}` });
    } else if (pieces && !product.forms.counted) {
      issues.push({ file: product.file, line: lineOf(["forms"]), field: "forms.counted", message: `is missing — ${shown(pieces)} (pieces), so the line is written with the noun itself ("2 bietes"); add counted: true and all the forms, for example ${COUNTED_EXAMPLE}` });
    }
  }
  return issues;
}
