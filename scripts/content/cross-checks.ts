// Checks between files: products and recipes exist, units resolve, translations match their Latvian source.
import { toGrams } from "../kitchen/units.ts";
import { didYouMean, type ContentIssue } from "./issues.ts";
import type { Draft, Product, Text } from "./load.ts";
import { countSteps } from "./markdown-checks.ts";
import { svgProblems } from "./svg-check.ts";
import type { LessonEn, LessonLv, PackageFile, RecipeEn, RecipeLv } from "./schemas.ts";

export interface RecipeFiles {
  lv: Draft<RecipeLv>;
  en: Draft<RecipeEn>;
  folder: string;
  imageExists: (name: string) => boolean;
  /** The text of an SVG picture in the recipe folder. */
  readSvg: (name: string) => string;
  /** Every product file's id, valid or not. */
  productIds: string[];
  /** The products whose files are valid. */
  products: Product[];
}

export function checkRecipe({ lv, en, folder, imageExists, readSvg, productIds, products }: RecipeFiles): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const lvSteps = countSteps(lv.body);
  const enSteps = countSteps(en.body);
  if (lvSteps === 0) issues.push({ file: lv.file, line: lv.bodyLine, field: "body", message: "has no numbered steps — write the steps as a list: 1. …, 2. …" });
  else if (lvSteps !== enSteps) issues.push({ file: en.file, line: en.bodyLine, field: "body", message: `has ${enSteps} steps, the Latvian file has ${lvSteps} — translate every step, one for one` });
  if (!lv.data) return issues;
  const data = lv.data;

  data.ingredients.forEach((ingredient, index) => {
    const line = (field: string) => lv.lineOf(["ingredients", index, field]);
    if (!productIds.includes(ingredient.product)) {
      const hint = didYouMean(ingredient.product, productIds) || ` — use an existing product id or add content/products/${ingredient.product}.yaml`;
      issues.push({ file: lv.file, line: line("product"), field: `ingredients[${index}].product`, message: `unknown product "${ingredient.product}"${hint}` });
      return;
    }
    const product = products.find((candidate) => candidate.id === ingredient.product);
    const grams = product ? toGrams(ingredient, product) : undefined;
    if (grams && !grams.ok) issues.push({ file: lv.file, line: line(grams.field), field: `ingredients[${index}].${grams.field}`, message: grams.message });
  });
  if (!imageExists(data.image)) issues.push({ file: lv.file, line: lv.lineOf(["image"]), field: "image", message: `file "${data.image}" is not in ${folder}/ — add the picture there or correct the name` });
  else if (data.image.endsWith(".svg")) {
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

/** A package file as checked: its valid data and where each field is. */
export interface PackageDraft {
  data: PackageFile;
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Package products exist, are aid-package products, appear once, and their amounts turn into grams. */
export function checkPackage({ data, file, lineOf }: PackageDraft, productIds: string[], products: Product[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, number>();
  data.products.forEach((item, index) => {
    const at = (field: string) => ({ file, line: lineOf(["products", index, field]), field: `products[${index}].${field}` });
    if (!productIds.includes(item.product)) {
      const hint = didYouMean(item.product, productIds) || ` — use an existing product id or add content/products/${item.product}.yaml`;
      issues.push({ ...at("product"), message: `unknown product "${item.product}"${hint}` });
      return;
    }
    const first = seen.get(item.product);
    if (first !== undefined) issues.push({ ...at("product"), message: `"${item.product}" is already listed in products[${first}] — put the whole amount on one line` });
    else seen.set(item.product, index);
    const product = products.find((candidate) => candidate.id === item.product);
    if (!product) return;
    if (!product.inAidPackage) issues.push({ ...at("product"), message: `"${item.product}" is not an aid-package product (inAidPackage: false in ${product.file}) — remove it here or correct the product file` });
    const grams = toGrams(item, product);
    if (!grams.ok) issues.push({ ...at(grams.field), message: grams.message });
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
