// Reads every content file, validates it and checks the files against each other; returns content or all issues.
import { existsSync, readFileSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { checkLesson, checkRecipe } from "./cross-checks.ts";
import { energyWarnings } from "./energy-check.ts";
import { parseMarkdownFile } from "./frontmatter.ts";
import { recipeTexts, type RecipeText } from "./recipe-text.ts";
import { sortIssues, type ContentIssue } from "./issues.ts";
import { findRawHtml } from "./markdown-checks.ts";
import { cmsWordsSchema, type CmsWords } from "../cms/words.ts";
import { ALLERGEN_CODES, EQUIPMENT, LOCALES, MEALS, type Locale } from "../kitchen/vocabulary.ts";
import { lessonEnSchema, lessonLvSchema, pageSchema, productSchema, recipeEnSchema, recipeLvSchema, siteSchema, stringsSchema, type LessonEn, type LessonLv, type PageFile, type ProductFile, type RecipeEn, type RecipeLv, type Site, type Strings } from "./schemas.ts";
import { validate } from "./validate.ts";
import { parseYaml, type ParsedYaml } from "./yaml.ts";

export interface Product extends ProductFile { id: string; file: string }
/** A Markdown file as read: its body always, its data when the front matter is valid. */
export interface Draft<T> { data: T | undefined; body: string; file: string; bodyLine: number; lineOf: (path: readonly PropertyKey[]) => number | undefined }
export interface Text<T> extends Draft<T> { data: T }
/** A lesson's words in one language. */
export type LessonText = LessonEn & { body: string };
/** `data` is the structured data (from the Latvian file), `text` the words per language; `lv`/`en` are the files as read. */
export interface Recipe { slug: string; dir: string; data: RecipeLv; text: Record<Locale, RecipeText>; lv: Text<RecipeLv>; en: Text<RecipeEn>; imageFile: string }
export interface Lesson { slug: string; dir: string; data: LessonLv; text: Record<Locale, LessonText>; lv: Text<LessonLv>; en: Text<LessonEn>; handout: Record<Locale, Text<PageFile>> }
export type Page = Record<Locale, Text<PageFile>>;
export interface Content { root: string; site: Site; strings: Record<Locale, Strings>; products: Product[]; recipes: Recipe[]; lessons: Lesson[]; pages: Record<"about" | "course", Page>; cms: CmsWords }
/** Issues stop the build; warnings (same shape) are printed after them and change nothing. */
export type Loaded = { content: Content; issues: []; warnings: ContentIssue[] } | { content: undefined; issues: ContentIssue[]; warnings: ContentIssue[] };

const MISSING = "file is missing — create it (see CONTRIBUTING.md)";
/** Strings the code lists of ../kitchen/vocabulary.ts need in every language. */
const REQUIRED_STRINGS = [...MEALS.map((code) => `meal.${code}`), ...EQUIPMENT.map((code) => `equipment.${code}`), ...ALLERGEN_CODES.flatMap((code) => [`allergen.${code}`, `allergen.${code}.short`])];
const isText = <T>(draft: Draft<T> | undefined): draft is Text<T> => draft?.data !== undefined;

/** Loads `root/content`; never throws for content problems, returns them all instead. */
export async function loadContent(root: string): Promise<Loaded> {
  const issues: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join("/");
  const dir = path.join(root, "content");

  const readYaml = async <S extends z.ZodType>(abs: string, schema: S, warn?: (value: z.output<S>, lineOf: ParsedYaml["lineOf"]) => ContentIssue[]): Promise<z.output<S> | undefined> => {
    if (!existsSync(abs)) return void issues.push({ file: rel(abs), field: "", message: MISSING });
    const parsed = parseYaml(await readFile(abs, "utf8"), rel(abs));
    const result = validate(schema, parsed, rel(abs));
    issues.push(...result.issues);
    if (warn && result.value !== undefined) warnings.push(...warn(result.value, parsed.lineOf));
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
  for (const locale of LOCALES) {
    for (const key of REQUIRED_STRINGS) if (!(key in strings[locale])) issues.push({ file: `content/i18n/${locale}.yaml`, field: key, message: "is missing — every meal, equipment and allergen code needs its words in both languages" });
  }

  const cms = await readYaml(path.join(dir, "cms.yaml"), cmsWordsSchema);

  // Ids and slugs come from file and folder names, so one broken file does not make its references look unknown.
  const productFiles = (await listSorted(path.join(dir, "products"))).filter((name) => name.endsWith(".yaml"));
  const productIds = productFiles.map((name) => name.slice(0, -".yaml".length));
  const products: Product[] = [];
  for (const name of productFiles) {
    const abs = path.join(dir, "products", name);
    const id = name.slice(0, -".yaml".length);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) issues.push({ file: rel(abs), field: "", message: "file name must be the product id: lower-case letters a–z without diacritics, digits and hyphens" });
    const data = await readYaml(abs, productSchema, (product, lineOf) => energyWarnings(product, rel(abs), lineOf));
    if (data) products.push({ ...data, id, file: rel(abs) });
  }

  const recipeSlugs = await folders("recipes");
  const recipes: Recipe[] = [];
  for (const slug of recipeSlugs) {
    const base = path.join(dir, "recipes", slug);
    const lv = await readMarkdown(path.join(base, "index.lv.md"), recipeLvSchema);
    const en = await readMarkdown(path.join(base, "index.en.md"), recipeEnSchema);
    if (!lv || !en) continue;
    issues.push(...checkRecipe({ lv, en, folder: rel(base), imageExists: (name) => existsSync(path.join(base, name)), imageBytes: (name) => statSync(path.join(base, name)).size, readSvg: (name) => readFileSync(path.join(base, name), "utf8"), productIds, products }));
    if (isText(lv) && isText(en)) recipes.push({ slug, dir: base, data: lv.data, text: recipeTexts(lv.data, lv.body, en.data, en.body), lv, en, imageFile: path.join(base, lv.data.image) });
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
    lessons.push({ slug, dir: base, data: lv.data, text: lessonTexts(lv, en), lv, en, handout: { lv: handoutLv, en: handoutEn } });
  }
  lessons.sort((a, b) => a.data.number - b.data.number);
  lessons.forEach((lesson, index) => {
    if (lesson.data.number !== index + 1) issues.push({ file: lesson.lv.file, line: lesson.lv.lineOf(["number"]), field: "number", message: `lessons must be numbered 1, 2, 3 … without gaps or repeats; expected ${index + 1}` });
  });

  const pages = {} as Content["pages"];
  for (const name of ["about", "course"] as const) {
    const lv = await readMarkdown(path.join(dir, "pages", `${name}.lv.md`), pageSchema);
    const en = await readMarkdown(path.join(dir, "pages", `${name}.en.md`), pageSchema);
    if (isText(lv) && isText(en)) pages[name] = { lv, en };
  }

  if (issues.length > 0 || !site || !cms) return { content: undefined, issues: sortIssues(issues), warnings: sortIssues(warnings) };
  return { content: { root, site, strings, products, recipes, lessons, pages, cms }, issues: [], warnings: sortIssues(warnings) };
}

function lessonTexts(lv: Text<LessonLv>, en: Text<LessonEn>): Record<Locale, LessonText> {
  const { number: _number, duration: _duration, groupSize: _groupSize, recipes: _recipes, agenda, ...words } = lv.data;
  return { lv: { ...words, agenda: agenda.map((item) => item.activity), body: lv.body }, en: { ...en.data, body: en.body } };
}

async function listSorted(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  return (await readdir(folder)).sort();
}
