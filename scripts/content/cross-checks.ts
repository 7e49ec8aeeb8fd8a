// Checks between files: products and recipes exist, units resolve, translations match their Latvian source.
import { toGrams } from "../kitchen/units.ts";
import { didYouMean, type ContentIssue } from "./issues.ts";
import type { Draft, Product, Text } from "./load.ts";
import { countSteps } from "./markdown-checks.ts";
import type { LessonEn, LessonLv, RecipeEn, RecipeLv } from "./schemas.ts";

export interface RecipeFiles {
  lv: Draft<RecipeLv>;
  en: Draft<RecipeEn>;
  folder: string;
  imageExists: (name: string) => boolean;
  /** Every product file's id, valid or not. */
  productIds: string[];
  /** The products whose files are valid. */
  products: Product[];
}

export function checkRecipe({ lv, en, folder, imageExists, productIds, products }: RecipeFiles): ContentIssue[] {
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
  if (!en.data) return issues;
  const english = en.data;

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
