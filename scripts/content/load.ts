// Reads every content file, validates it and checks the files against each other; returns content or all issues.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { parseMarkdownFile } from "./frontmatter.ts";
import { didYouMean, sortIssues, type ContentIssue } from "./issues.ts";
import { countSteps, findRawHtml } from "./markdown-checks.ts";
import { LOCALES, lessonEnSchema, lessonLvSchema, pageSchema, productSchema, recipeEnSchema, recipeLvSchema, siteSchema, stringsSchema, type LessonEn, type LessonLv, type Locale, type PageFile, type ProductFile, type RecipeEn, type RecipeLv, type Site, type Strings } from "./schemas.ts";
import { validate } from "./validate.ts";
import { toGrams } from "../kitchen/units.ts";
import { parseYaml } from "./yaml.ts";

export interface Product extends ProductFile { id: string; file: string }
export interface Text<T> { data: T; body: string; file: string; bodyLine: number; lineOf: (path: readonly PropertyKey[]) => number | undefined }
export interface Recipe { slug: string; dir: string; lv: Text<RecipeLv>; en: Text<RecipeEn>; imageFile: string }
export interface Lesson { slug: string; dir: string; lv: Text<LessonLv>; en: Text<LessonEn>; handout: Record<Locale, Text<PageFile>> }
export type Page = Record<Locale, Text<PageFile>>;
export interface Content { root: string; site: Site; strings: Record<Locale, Strings>; products: Product[]; recipes: Recipe[]; lessons: Lesson[]; pages: Record<"about" | "course", Page> }
export type Loaded = { content: Content; issues: [] } | { content: undefined; issues: ContentIssue[] };

/** Loads `root/content`; never throws for content problems, returns them all instead. */
export async function loadContent(root: string): Promise<Loaded> {
  const issues: ContentIssue[] = [];
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join("/");
  const dir = path.join(root, "content");

  const readYaml = async <S extends z.ZodType>(abs: string, schema: S): Promise<z.output<S> | undefined> => {
    const file = rel(abs);
    if (!existsSync(abs)) return void issues.push({ file, field: "", message: "file is missing — create it (see CONTRIBUTING.md)" });
    const result = validate(schema, parseYaml(await readFile(abs, "utf8"), file), file);
    issues.push(...result.issues);
    return result.value;
  };
  const readMarkdown = async <S extends z.ZodType>(abs: string, schema: S): Promise<Text<z.output<S>> | undefined> => {
    const file = rel(abs);
    if (!existsSync(abs)) return void issues.push({ file, field: "", message: "file is missing — create it (see CONTRIBUTING.md)" });
    const parsed = parseMarkdownFile(await readFile(abs, "utf8"), file);
    if ("issues" in parsed) return void issues.push(...parsed.issues);
    issues.push(...findRawHtml(parsed.body, file, parsed.bodyLine));
    const result = validate(schema, parsed.yaml, file);
    issues.push(...result.issues);
    return result.value === undefined ? undefined : { data: result.value, body: parsed.body, file, bodyLine: parsed.bodyLine, lineOf: parsed.yaml.lineOf };
  };
  const folders = async (sub: string) => (await listSorted(path.join(dir, sub))).filter((name) => !name.includes("."));

  const site = await readYaml(path.join(dir, "site.yaml"), siteSchema);
  const strings = {} as Record<Locale, Strings>;
  for (const locale of LOCALES) strings[locale] = (await readYaml(path.join(dir, "i18n", `${locale}.yaml`), stringsSchema)) ?? {};
  for (const key of Object.keys(strings.lv)) if (!(key in strings.en)) issues.push({ file: "content/i18n/en.yaml", field: key, message: `is missing — add the English for "${strings.lv[key]}"` });
  for (const key of Object.keys(strings.en)) if (!(key in strings.lv)) issues.push({ file: "content/i18n/lv.yaml", field: key, message: `is missing — add the Latvian for "${strings.en[key]}"` });

  const products: Product[] = [];
  for (const name of await listSorted(path.join(dir, "products"))) {
    if (!name.endsWith(".yaml")) continue;
    const abs = path.join(dir, "products", name);
    const id = name.slice(0, -".yaml".length);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) issues.push({ file: rel(abs), field: "", message: "file name must be the product id: lower-case letters a–z without diacritics, digits and hyphens" });
    const data = await readYaml(abs, productSchema);
    if (data) products.push({ ...data, id, file: rel(abs) });
  }
  const productIds = products.map((product) => product.id);

  const recipes: Recipe[] = [];
  for (const slug of await folders("recipes")) {
    const base = path.join(dir, "recipes", slug);
    const lv = await readMarkdown(path.join(base, "index.lv.md"), recipeLvSchema);
    const en = await readMarkdown(path.join(base, "index.en.md"), recipeEnSchema);
    if (!lv || !en) continue;
    issues.push(...checkRecipe(lv, en, base, products, rel));
    recipes.push({ slug, dir: base, lv, en, imageFile: path.join(base, lv.data.image) });
  }
  const recipeSlugs = recipes.map((recipe) => recipe.slug);

  const lessons: Lesson[] = [];
  for (const slug of await folders("lessons")) {
    const base = path.join(dir, "lessons", slug);
    const lv = await readMarkdown(path.join(base, "index.lv.md"), lessonLvSchema);
    const en = await readMarkdown(path.join(base, "index.en.md"), lessonEnSchema);
    const handoutLv = await readMarkdown(path.join(base, "handout.lv.md"), pageSchema);
    const handoutEn = await readMarkdown(path.join(base, "handout.en.md"), pageSchema);
    if (!lv || !en || !handoutLv || !handoutEn) continue;
    issues.push(...checkLesson(lv, en, recipeSlugs));
    lessons.push({ slug, dir: base, lv, en, handout: { lv: handoutLv, en: handoutEn } });
  }
  lessons.sort((a, b) => a.lv.data.number - b.lv.data.number);
  lessons.forEach((lesson, index) => {
    if (lesson.lv.data.number !== index + 1) issues.push({ file: lesson.lv.file, line: lesson.lv.lineOf(["number"]), field: "number", message: `lessons must be numbered 1, 2, 3 … without gaps or repeats; expected ${index + 1}` });
  });

  const pages = {} as Content["pages"];
  for (const name of ["about", "course"] as const) {
    const lv = await readMarkdown(path.join(dir, "pages", `${name}.lv.md`), pageSchema);
    const en = await readMarkdown(path.join(dir, "pages", `${name}.en.md`), pageSchema);
    if (lv && en) pages[name] = { lv, en };
  }

  if (issues.length > 0 || !site) return { content: undefined, issues: sortIssues(issues) };
  return { content: { root, site, strings, products, recipes, lessons, pages }, issues: [] };
}

function checkRecipe(lv: Text<RecipeLv>, en: Text<RecipeEn>, base: string, products: Product[], rel: (abs: string) => string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const productIds = products.map((product) => product.id);
  lv.data.ingredients.forEach((ingredient, index) => {
    const product = products.find((candidate) => candidate.id === ingredient.product);
    if (product) {
      const grams = toGrams(ingredient, product);
      if (!grams.ok) issues.push({ file: lv.file, line: lv.lineOf(["ingredients", index, grams.field]), field: `ingredients[${index}].${grams.field}`, message: grams.message });
    } else {
      const hint = didYouMean(ingredient.product, productIds) || ` — use an existing product id or add content/products/${ingredient.product}.yaml`;
      issues.push({ file: lv.file, line: lv.lineOf(["ingredients", index, "product"]), field: `ingredients[${index}].product`, message: `unknown product "${ingredient.product}"${hint}` });
    }
  });
  if (!existsSync(path.join(base, lv.data.image))) issues.push({ file: lv.file, line: lv.lineOf(["image"]), field: "image", message: `file "${lv.data.image}" is not in ${rel(base)}/ — add the picture there or correct the name` });
  const lvSteps = countSteps(lv.body);
  const enSteps = countSteps(en.body);
  if (lvSteps === 0) issues.push({ file: lv.file, line: lv.bodyLine, field: "body", message: "has no numbered steps — write the steps as a list: 1. …, 2. …" });
  if (lvSteps !== enSteps) issues.push({ file: en.file, line: en.bodyLine, field: "body", message: `has ${enSteps} steps, the Latvian file has ${lvSteps} — translate every step, one for one` });
  for (const key of ["tip", "safety"] as const) {
    if (Boolean(lv.data[key]) !== Boolean(en.data[key])) issues.push({ file: lv.data[key] ? en.file : lv.file, field: key, message: `is in ${lv.data[key] ? lv.file : en.file} but not here — add the translation or remove both` });
  }
  const noted = lv.data.ingredients.filter((ingredient) => ingredient.note).map((ingredient) => ingredient.product);
  for (const product of noted) if (!en.data.ingredientNotes[product]) issues.push({ file: en.file, field: `ingredientNotes.${product}`, message: `is missing — translate the Latvian note "${lv.data.ingredients.find((item) => item.product === product)?.note}"` });
  for (const product of Object.keys(en.data.ingredientNotes)) if (!noted.includes(product)) issues.push({ file: en.file, line: en.lineOf(["ingredientNotes", product]), field: `ingredientNotes.${product}`, message: `the Latvian file has no note for "${product}" — remove it or add the note there` });
  return issues;
}

function checkLesson(lv: Text<LessonLv>, en: Text<LessonEn>, recipeSlugs: string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  lv.data.recipes.forEach((slug, index) => {
    if (!recipeSlugs.includes(slug)) issues.push({ file: lv.file, line: lv.lineOf(["recipes", index]), field: `recipes[${index}]`, message: `unknown recipe "${slug}"${didYouMean(slug, recipeSlugs)}` });
  });
  const lists = ["objectives", "equipment", "materials", "preparation", "discussion", "feedback", "agenda"] as const;
  for (const key of lists) {
    if (lv.data[key].length !== en.data[key].length) issues.push({ file: en.file, line: en.lineOf([key]), field: key, message: `has ${en.data[key].length} items, the Latvian file has ${lv.data[key].length} — translate item for item` });
  }
  for (const key of ["visual", "motor", "cognitive"] as const) {
    if (lv.data.adaptations[key].length !== en.data.adaptations[key].length) issues.push({ file: en.file, line: en.lineOf(["adaptations", key]), field: `adaptations.${key}`, message: `has ${en.data.adaptations[key].length} items, the Latvian file has ${lv.data.adaptations[key].length} — translate item for item` });
  }
  return issues;
}

async function listSorted(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  return (await readdir(folder)).sort();
}
