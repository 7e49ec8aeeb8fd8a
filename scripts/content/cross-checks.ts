// Checks between files: products and recipes exist, units resolve, translations match their Latvian source.
import { toGrams } from "../kitchen/units.ts";
import { didYouMean, type ContentIssue } from "./issues.ts";
import { gramsMessage, productFile } from "./messages.ts";
import type { Draft, Product, Text } from "./load.ts";
import { countSteps } from "./markdown-checks.ts";
import { svgProblems } from "./svg-check.ts";
import { PICTURE_MAX_BYTES, type LessonEn, type LessonLv, type RecipeEn, type RecipeLv } from "./schemas.ts";

export interface RecipeFiles {
  lv: Draft<RecipeLv>;
  en: Draft<RecipeEn>;
  folder: string;
  imageExists: (name: string) => boolean;
  /** The size in bytes of a picture in the recipe folder. */
  imageBytes: (name: string) => number;
  /** The text of an SVG picture in the recipe folder. */
  readSvg: (name: string) => string;
  /** Every product file's id, valid or not. */
  productIds: string[];
  /** The products whose files are valid. */
  products: Product[];
}

export function checkRecipe({ lv, en, folder, imageExists, imageBytes, readSvg, productIds, products }: RecipeFiles): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const lvSteps = countSteps(lv.body);
  const enSteps = countSteps(en.body);
  if (lvSteps === 0) issues.push({ file: lv.file, line: lv.bodyLine, field: "body", message: "has no numbered steps — write the steps as a list: 1. …, 2. …" });
  else if (lvSteps !== enSteps) issues.push({ file: en.file, line: en.bodyLine, field: "body", message: `has ${enSteps} steps, the Latvian file has ${lvSteps} — translate every step, one for one` });
  if (!lv.data) return issues;
  const data = lv.data;

  issues.push(...checkIngredients(data.ingredients, lv, productIds, products));
  if (!imageExists(data.image)) issues.push({ file: lv.file, line: lv.lineOf(["image"]), field: "image", message: `file "${data.image}" is not in ${folder}/ — add the picture there or correct the name` });
  else if (imageBytes(data.image) > PICTURE_MAX_BYTES) {
    const megabytes = (bytes: number) => `${Math.ceil(bytes / 100_000) / 10} MB`;
    issues.push({ file: lv.file, line: lv.lineOf(["image"]), field: "image", message: `file "${data.image}" is ${megabytes(imageBytes(data.image))}, more than the ${megabytes(PICTURE_MAX_BYTES)} a picture may have — save it smaller (1000 pixels wide is enough for the site and the books)` });
  } else if (data.image.endsWith(".svg")) {
    for (const problem of svgProblems(readSvg(data.image))) issues.push({ file: `${folder}/${data.image}`, field: "", message: `${problem} — pictures may contain only drawing; export it again as a plain SVG, PNG or JPEG` });
  }
  if (!en.data) return issues;
  const english = en.data;
  issues.push(...checkLanguages(lv as Text<RecipeLv>, en as Text<RecipeEn>));

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

/** Every ingredient names a product and can be weighed with that product's conversions. */
export function checkIngredients(ingredients: RecipeLv["ingredients"], lv: Pick<Draft<RecipeLv>, "file" | "lineOf">, productIds: readonly string[], products: readonly Product[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  ingredients.forEach((ingredient, index) => {
    const line = (field: string) => lv.lineOf(["ingredients", index, field]);
    if (!productIds.includes(ingredient.product)) {
      const hint = didYouMean(ingredient.product, productIds) || ` — use an existing product id or add ${productFile(ingredient.product)}`;
      issues.push({ file: lv.file, line: line("product"), field: `ingredients[${index}].product`, message: `unknown product "${ingredient.product}"${hint}` });
      return;
    }
    const product = products.find((candidate) => candidate.id === ingredient.product);
    const grams = product ? toGrams(ingredient, product) : undefined;
    if (grams && !grams.ok) issues.push({ file: lv.file, line: line(grams.problem.field), field: `ingredients[${index}].${grams.problem.field}`, message: gramsMessage(grams.problem, ingredient) });
  });
  return issues;
}

export function checkLesson(lv: Text<LessonLv>, en: Text<LessonEn>, recipeSlugs: string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
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
