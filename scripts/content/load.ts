// Reads every content file, validates it and checks the files against each other; returns content or all issues.
import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { checkLesson, checkPackage, checkRecipe } from "./cross-checks.ts";
import { parseMarkdownFile } from "./frontmatter.ts";
import { sortIssues, type ContentIssue } from "./issues.ts";
import { findRawHtml } from "./markdown-checks.ts";
import { LOCALES, lessonEnSchema, lessonLvSchema, packageSchema, pageSchema, productSchema, recipeEnSchema, recipeLvSchema, siteSchema, stringsSchema, type LessonEn, type LessonLv, type Locale, type PackageFile, type PageFile, type ProductFile, type RecipeEn, type RecipeLv, type Site, type Strings } from "./schemas.ts";
import { validate } from "./validate.ts";
import { parseYaml } from "./yaml.ts";

export interface Product extends ProductFile { id: string; file: string }
/** A food-aid package as listed in content/packages/<id>.yaml. */
export interface Package extends PackageFile { id: string; file: string }
/** A Markdown file as read: its body always, its data when the front matter is valid. */
export interface Draft<T> { data: T | undefined; body: string; file: string; bodyLine: number; lineOf: (path: readonly PropertyKey[]) => number | undefined }
export interface Text<T> extends Draft<T> { data: T }
export interface Recipe { slug: string; dir: string; lv: Text<RecipeLv>; en: Text<RecipeEn>; imageFile: string }
export interface Lesson { slug: string; dir: string; lv: Text<LessonLv>; en: Text<LessonEn>; handout: Record<Locale, Text<PageFile>> }
export type Page = Record<Locale, Text<PageFile>>;
export interface Content { root: string; site: Site; strings: Record<Locale, Strings>; products: Product[]; packages: Package[]; recipes: Recipe[]; lessons: Lesson[]; pages: Record<"about" | "course", Page> }
export type Loaded = { content: Content; issues: [] } | { content: undefined; issues: ContentIssue[] };

const MISSING = "file is missing — create it (see CONTRIBUTING.md)";
const isText = <T>(draft: Draft<T> | undefined): draft is Text<T> => draft?.data !== undefined;

/** Loads `root/content`; never throws for content problems, returns them all instead. */
export async function loadContent(root: string): Promise<Loaded> {
  const issues: ContentIssue[] = [];
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join("/");
  const dir = path.join(root, "content");

  const readYaml = async <S extends z.ZodType>(abs: string, schema: S): Promise<z.output<S> | undefined> => {
    if (!existsSync(abs)) return void issues.push({ file: rel(abs), field: "", message: MISSING });
    const result = validate(schema, parseYaml(await readFile(abs, "utf8"), rel(abs)), rel(abs));
    issues.push(...result.issues);
    return result.value;
  };
  const readMarkdown = async <S extends z.ZodType>(abs: string, schema: S): Promise<Draft<z.output<S>> | undefined> => {
    const file = rel(abs);
    if (!existsSync(abs)) return void issues.push({ file, field: "", message: MISSING });
    const parsed = parseMarkdownFile(await readFile(abs, "utf8"), file);
    if ("issues" in parsed) return void issues.push(...parsed.issues);
    issues.push(...findRawHtml(parsed.body, file, parsed.bodyLine));
    const result = validate(schema, parsed.yaml, file);
    issues.push(...result.issues);
    return { data: result.value, body: parsed.body, file, bodyLine: parsed.bodyLine, lineOf: parsed.yaml.lineOf };
  };
  const folders = async (sub: string) => (await listSorted(path.join(dir, sub))).filter((name) => !name.includes("."));

  const site = await readYaml(path.join(dir, "site.yaml"), siteSchema);
  const strings = {} as Record<Locale, Strings>;
  for (const locale of LOCALES) strings[locale] = (await readYaml(path.join(dir, "i18n", `${locale}.yaml`), stringsSchema)) ?? {};
  for (const [locale, other, language] of [["lv", "en", "English"], ["en", "lv", "Latvian"]] as const) {
    for (const key of Object.keys(strings[locale])) if (!(key in strings[other])) issues.push({ file: `content/i18n/${other}.yaml`, field: key, message: `is missing — add the ${language} for "${strings[locale][key]}"` });
  }

  // Ids and slugs come from file and folder names, so one broken file does not make its references look unknown.
  const productFiles = (await listSorted(path.join(dir, "products"))).filter((name) => name.endsWith(".yaml"));
  const productIds = productFiles.map((name) => name.slice(0, -".yaml".length));
  const products: Product[] = [];
  for (const name of productFiles) {
    const abs = path.join(dir, "products", name);
    const id = name.slice(0, -".yaml".length);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) issues.push({ file: rel(abs), field: "", message: "file name must be the product id: lower-case letters a–z without diacritics, digits and hyphens" });
    const data = await readYaml(abs, productSchema);
    if (data) products.push({ ...data, id, file: rel(abs) });
  }

  const packages: Package[] = [];
  for (const name of (await listSorted(path.join(dir, "packages"))).filter((file) => file.endsWith(".yaml"))) {
    const abs = path.join(dir, "packages", name);
    const file = rel(abs);
    const id = name.slice(0, -".yaml".length);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) issues.push({ file, field: "", message: "file name must be the package id: lower-case letters a–z without diacritics, digits and hyphens" });
    const parsed = parseYaml(await readFile(abs, "utf8"), file);
    const result = validate(packageSchema, parsed, file);
    issues.push(...result.issues);
    if (!result.value) continue;
    issues.push(...checkPackage({ data: result.value, file, lineOf: parsed.lineOf }, productIds, products));
    packages.push({ ...result.value, id, file });
  }

  const recipeSlugs = await folders("recipes");
  const recipes: Recipe[] = [];
  for (const slug of recipeSlugs) {
    const base = path.join(dir, "recipes", slug);
    const lv = await readMarkdown(path.join(base, "index.lv.md"), recipeLvSchema);
    const en = await readMarkdown(path.join(base, "index.en.md"), recipeEnSchema);
    if (!lv || !en) continue;
    issues.push(...checkRecipe({ lv, en, folder: rel(base), imageExists: (name) => existsSync(path.join(base, name)), readSvg: (name) => readFileSync(path.join(base, name), "utf8"), productIds, products }));
    if (isText(lv) && isText(en)) recipes.push({ slug, dir: base, lv, en, imageFile: path.join(base, lv.data.image) });
  }

  const lessons: Lesson[] = [];
  for (const slug of await folders("lessons")) {
    const base = path.join(dir, "lessons", slug);
    const lv = await readMarkdown(path.join(base, "index.lv.md"), lessonLvSchema);
    const en = await readMarkdown(path.join(base, "index.en.md"), lessonEnSchema);
    const handoutLv = await readMarkdown(path.join(base, "handout.lv.md"), pageSchema);
    const handoutEn = await readMarkdown(path.join(base, "handout.en.md"), pageSchema);
    if (!isText(lv) || !isText(en) || !isText(handoutLv) || !isText(handoutEn)) continue;
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
    if (isText(lv) && isText(en)) pages[name] = { lv, en };
  }

  if (issues.length > 0 || !site) return { content: undefined, issues: sortIssues(issues) };
  return { content: { root, site, strings, products, packages, recipes, lessons, pages }, issues: [] };
}

async function listSorted(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  return (await readdir(folder)).sort();
}
