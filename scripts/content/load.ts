// Reads every content file, validates it and checks the files against each other; returns content or all issues.
import { existsSync, lstatSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { checkLesson, checkProductForms, checkRecipe, type ProductFileLines } from "./cross-checks.ts";
import { energyWarnings } from "./energy-check.ts";
import { LINK_MESSAGE, lessonFolders, productFiles, recipeFolders, type Entry } from "./files.ts";
import { parseMarkdownFile } from "./frontmatter.ts";
import { checkCardProducts, checkLessonAnswers, checkLessonMasters, checkMasterTranslation, checkMeasuresProducts, checkPictograms } from "./master-checks.ts";
import { fieldPath, sortIssues, type ContentIssue } from "./issues.ts";
import { formatBytes, LIMITS } from "./limits.ts";
import { inspectBody } from "./markdown-checks.ts";
import { checkPicture, type PictureCheck } from "./pictures.ts";
import type { StepAmountRef } from "./step-amounts.ts";
import { bodyTexts, editorNoteIssues, textsOf } from "./reader-text.ts";
import { checkUnitWords } from "./strings-checks.ts";
import { recipeTexts, type RecipeText } from "./recipe-text.ts";
import { checkPackage } from "./package-checks.ts";
import { cmsWordsSchema, type CmsWords } from "../cms/words.ts";
import { ALLERGEN_CODES, EQUIPMENT, LOCALES, MEALS, type Locale } from "../kitchen/vocabulary.ts";
import { lessonEnSchema, lessonLvSchema, masterEnSchemas, masterKindSchema, masterLvSchemas, packageSchema, pageSchema, productSchema, recipeEnSchema, recipeLvSchema, siteSchema, stringsSchema, type LessonEn, type LessonLv, type MasterEn, type MasterLv, type PackageFile, type PageFile, type ProductFile, type RecipeEn, type RecipeLv, type Site, type Strings } from "./schemas.ts";
import { bodyPlaceholders } from "./text-checks.ts";
import { isSlug } from "./slug.ts";
import { validate } from "./validate.ts";
import { parseYaml, type ParsedYaml } from "./yaml.ts";
import { started } from "../started.ts";

export interface Product extends ProductFile { id: string; file: string }
/** A food-aid package as listed in content/packages/<id>.yaml. */
export interface Package extends PackageFile { id: string; file: string }
/** A Markdown file as read: its body always, its data when the front matter is valid. */
export interface Draft<T> {
  data: T | undefined;
  body: string;
  /** Items of the body's top-level numbered lists. */
  steps: number;
  /** The amounts the steps name (`[750 ml](=udens)`), with their lines. */
  amounts: StepAmountRef[];
  file: string;
  bodyLine: number;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}
export interface Text<T> extends Draft<T> { data: T }
/** A lesson's words in one language. */
export type LessonText = LessonEn & { body: string };
/** `data` is the structured data (from the Latvian file), `text` the words per language; `lv`/`en` are the files as read. */
export interface Recipe { slug: string; dir: string; data: RecipeLv; text: Record<Locale, RecipeText>; lv: Text<RecipeLv>; en: Text<RecipeEn>; imageFile: string }
export interface Lesson { slug: string; dir: string; data: LessonLv; text: Record<Locale, LessonText>; lv: Text<LessonLv>; en: Text<LessonEn>; handout: Record<Locale, Text<PageFile>> }
export type Page = Record<Locale, Text<PageFile>>;
/** A master of the handbook (content/masters/<slug>.<locale>.yaml): `data` is the Latvian file, `text` the words per language. */
export interface Master { slug: string; data: MasterLv; text: Record<Locale, MasterEn> }
export interface Content { root: string; site: Site; strings: Record<Locale, Strings>; products: Product[]; packages: Package[]; recipes: Recipe[]; lessons: Lesson[]; masters: Master[]; pages: Record<"about" | "course", Page>; cms: CmsWords }
/** Issues stop the build; warnings (same shape) are printed after them and change nothing. */
export type Loaded = { content: Content; issues: []; warnings: ContentIssue[] } | { content: undefined; issues: ContentIssue[]; warnings: ContentIssue[] };

const NO_PICTURE_PROBLEMS: PictureCheck = { picture: [], svg: [] };
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

  /** The file's text, or undefined (with the issue recorded) when it is missing or larger than any content file should be. */
  const readText = (abs: string): string | undefined => {
    let info;
    try {
      info = lstatSync(abs);
    } catch {
      return void issues.push({ file: rel(abs), field: "", message: MISSING });
    }
    if (info.isSymbolicLink()) return void issues.push({ file: rel(abs), field: "", message: LINK_MESSAGE });
    if (!info.isFile()) return void issues.push({ file: rel(abs), field: "", message: "is a folder, not a file — put the file itself here" });
    if (info.size > LIMITS.fileBytes) return void issues.push({ file: rel(abs), field: "", message: `file is ${formatBytes(info.size)}, more than the limit of ${formatBytes(LIMITS.fileBytes)} for a content file — it was not read; shorten it` });
    // Small files, read synchronously: thousands of them load twice as fast as through promises. Files saved on Windows
    // may start with a byte-order mark and end lines with CR LF: read them as if they did not.
    return readFileSync(abs, "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  };
  /** Reads, parses and validates a YAML file; `after` gets its parse (line numbers), its text and its value if valid. */
  const readYaml = async <S extends z.ZodType>(abs: string, schema: S, after?: (parsed: ParsedYaml, text: string, value: z.output<S> | undefined) => void): Promise<z.output<S> | undefined> => {
    const text = readText(abs);
    if (text === undefined) return undefined;
    const parsed = parseYaml(text, rel(abs));
    const result = validate(schema, parsed, rel(abs));
    issues.push(...result.issues);
    after?.(parsed, text, result.value);
    return result.value;
  };
  const readMarkdown = async <S extends z.ZodType>(abs: string, schema: S): Promise<Draft<z.output<S>> | undefined> => {
    const file = rel(abs);
    const text = readText(abs);
    if (text === undefined) return undefined;
    const parsed = parseMarkdownFile(text, file);
    if ("issues" in parsed) return void issues.push(...parsed.issues);
    const inspected = inspectBody(parsed.body, file, parsed.bodyLine);
    issues.push(...inspected.issues, ...bodyPlaceholders(parsed.body, file, parsed.bodyLine));
    const result = validate(schema, parsed.yaml, file);
    issues.push(...result.issues);
    return { data: result.value, body: parsed.body, steps: inspected.steps, amounts: inspected.amounts, file, bodyLine: parsed.bodyLine, lineOf: parsed.yaml.lineOf };
  };
  const listing = async (sub: string, check: (entries: Entry[]) => { names: string[]; issues: ContentIssue[] }) => {
    const found = check(await listSorted(path.join(dir, sub)));
    issues.push(...found.issues);
    return found.names;
  };

  let siteLines: ParsedYaml["lineOf"] = () => undefined;
  const site = await readYaml(path.join(dir, "site.yaml"), siteSchema, (parsed) => (siteLines = parsed.lineOf));
  const strings = {} as Record<Locale, Strings>;
  const stringLines = {} as Record<Locale, ParsedYaml["lineOf"]>;
  for (const locale of LOCALES) strings[locale] = (await readYaml(path.join(dir, "i18n", `${locale}.yaml`), stringsSchema, (parsed) => (stringLines[locale] = parsed.lineOf))) ?? {};
  // Unit words have each language's own forms (checkUnitWords); every other key is in both files.
  for (const [locale, other, language] of [["lv", "en", "English"], ["en", "lv", "Latvian"]] as const) {
    for (const key of Object.keys(strings[locale])) if (!key.startsWith("unit.") && !(key in strings[other])) issues.push({ file: `content/i18n/${other}.yaml`, field: key, message: `is missing — add the ${language} for "${strings[locale][key]}"` });
  }
  for (const locale of LOCALES) {
    issues.push(...checkUnitWords(strings[locale], locale, stringLines[locale]));
    for (const key of REQUIRED_STRINGS) if (!(key in strings[locale])) issues.push({ file: `content/i18n/${locale}.yaml`, field: key, message: "is missing — every meal, equipment and allergen code needs its words in both languages" });
  }

  const cms = await readYaml(path.join(dir, "cms.yaml"), cmsWordsSchema);

  // Ids and slugs come from file and folder names, so one broken file does not make its references look unknown.
  const productIds = await listing("products", productFiles);
  const products: Product[] = [];
  const productLines: ProductFileLines[] = [];
  for (const id of productIds) {
    const abs = path.join(dir, "products", `${id}.yaml`);
    let where: Omit<ProductFileLines, "product"> = { lineOf: () => undefined, lastLine: 1 };
    const data = await readYaml(abs, productSchema, (parsed, text, product) => {
      if (product) warnings.push(...energyWarnings(product, rel(abs), parsed.lineOf));
      where = { lineOf: parsed.lineOf, lastLine: text.trimEnd().split("\n").length };
    });
    if (data) {
      const product = { ...data, id, file: rel(abs) };
      products.push(product);
      productLines.push({ product, ...where });
    }
  }

  const packages: Package[] = [];
  const packageIds: string[] = [];
  const packageLines: { file: string; data: PackageFile; lineOf: ParsedYaml["lineOf"] }[] = [];
  for (const entry of await listSorted(path.join(dir, "packages"))) {
    if (entry.isFolder || entry.isLink || !entry.name.endsWith(".yaml")) continue;
    const abs = path.join(dir, "packages", entry.name);
    const file = rel(abs);
    const id = entry.name.slice(0, -".yaml".length);
    packageIds.push(id);
    if (!isSlug(id)) issues.push({ file, field: "", message: "file name must be the package id: lower-case letters a–z without diacritics, digits and hyphens" });
    let lineOf: ParsedYaml["lineOf"] = () => undefined;
    const data = await readYaml(abs, packageSchema, (parsed) => (lineOf = parsed.lineOf));
    if (!data) continue;
    issues.push(...checkPackage({ data, file, lineOf }, productIds, products));
    packageLines.push({ file, data, lineOf });
    packages.push({ ...data, id, file });
  }

  const recipeSlugs = await listing("recipes", recipeFolders);
  const recipes: Recipe[] = [];
  const recipeFiles = [];
  // Each picture's check starts as soon as its recipe is read: sharp reads the headers on its own threads while the next recipes are parsed.
  const seenPictures = new Map<string, Promise<PictureCheck>>();
  for (const slug of recipeSlugs) {
    const base = path.join(dir, "recipes", slug);
    const lv = await readMarkdown(path.join(base, "index.lv.md"), recipeLvSchema);
    const en = await readMarkdown(path.join(base, "index.en.md"), recipeEnSchema);
    if (!lv || !en) continue;
    const image = lv.data ? path.join(base, lv.data.image) : undefined;
    const picture = started(image && existsSync(image) ? checkPicture(image, seenPictures) : Promise.resolve(NO_PICTURE_PROBLEMS));
    recipeFiles.push({ slug, base, lv, en, picture });
  }
  const pictures = await Promise.all(recipeFiles.map((file) => file.picture));
  for (const [index, { slug, base, lv, en }] of recipeFiles.entries()) {
    const picture = pictures[index]!;
    issues.push(...checkRecipe({ lv, en, folder: rel(base), imageExists: (name) => existsSync(path.join(base, name)), picture: () => picture, productIds, products }));
    if (isText(lv) && isText(en)) recipes.push({ slug, dir: base, data: lv.data, text: recipeTexts(lv.data, lv.body, en.data, en.body), lv, en, imageFile: path.join(base, lv.data.image) });
  }

  issues.push(...checkProductForms(productLines, recipes.map((recipe) => ({ slug: recipe.slug, ingredients: recipe.lv.data.ingredients }))));

  const lessons: Lesson[] = [];
  const lessonSlugs = await listing("lessons", lessonFolders);
  for (const slug of lessonSlugs) {
    const base = path.join(dir, "lessons", slug);
    const lv = await readMarkdown(path.join(base, "index.lv.md"), lessonLvSchema);
    const en = await readMarkdown(path.join(base, "index.en.md"), lessonEnSchema);
    const handoutLv = await readMarkdown(path.join(base, "handout.lv.md"), pageSchema);
    const handoutEn = await readMarkdown(path.join(base, "handout.en.md"), pageSchema);
    if (!isText(lv) || !isText(en) || !isText(handoutLv) || !isText(handoutEn)) continue;
    issues.push(...checkLesson(lv, en, recipeSlugs, packageIds), ...checkLessonAnswers(lv, en));
    lessons.push({ slug, dir: base, data: lv.data, text: lessonTexts(lv, en), lv, en, handout: { lv: handoutLv, en: handoutEn } });
  }
  lessons.sort((a, b) => a.data.number - b.data.number);
  // A lesson's recipes get cards with picture steps in the handbook; every recipe that has pictograms has one per step.
  for (const recipe of recipes) {
    const lesson = lessons.find((candidate) => candidate.data.recipes.includes(recipe.slug));
    issues.push(...checkPictograms({ ...recipe.lv, steps: recipe.lv.steps, lessonFile: lesson?.lv.file }));
  }

  // Masters: the Latvian file says the kind, the English file carries the same text fields.
  const masters: Master[] = [];
  const masterTexts: { file: string; data: unknown; lineOf: ParsedYaml["lineOf"] }[] = [];
  const masterSlugs = (await listSorted(path.join(dir, "masters"))).map((entry) => entry.name).filter((name) => name.endsWith(".lv.yaml")).map((name) => name.slice(0, -".lv.yaml".length));
  for (const slug of masterSlugs) {
    /** Reads one language's file; `schema` picks its schema from what it holds (the Latvian file's kind). */
    const read = <T>(locale: Locale, schema: (parsed: ParsedYaml, file: string) => z.ZodType<T> | undefined) => {
      const abs = path.join(dir, "masters", `${slug}.${locale}.yaml`);
      const file = rel(abs);
      const text = readText(abs);
      if (text === undefined) return undefined;
      const parsed = parseYaml(text, file);
      masterTexts.push({ file, data: parsed.data, lineOf: parsed.lineOf });
      const chosen = schema(parsed, file);
      if (!chosen) return undefined;
      const result = validate(chosen, parsed, file);
      issues.push(...result.issues);
      return result.value === undefined ? undefined : { data: result.value, file, lineOf: parsed.lineOf };
    };
    const lv = read<MasterLv>("lv", (parsed, file) => {
      const kind = validate(masterKindSchema, parsed, file);
      if (kind.value) return masterLvSchemas[kind.value.kind] as z.ZodType<MasterLv>;
      issues.push(...kind.issues);
      return undefined;
    });
    // Without a valid Latvian file, the English one is checked once that is fixed.
    const en = lv ? read<MasterEn>("en", () => masterEnSchemas[lv.data.kind]) : undefined;
    if (!lv || !en) continue;
    issues.push(...checkMasterTranslation(lv, en), ...checkMeasuresProducts(lv, productIds, products), ...checkCardProducts(lv, productIds));
    masters.push({ slug, data: lv.data, text: { lv: lv.data, en: en.data } });
  }
  // Which masters no lesson uses is known only when every lesson file could be read.
  const allLessons = lessons.length === lessonSlugs.length;
  issues.push(...checkLessonMasters(lessons.map((lesson) => lesson.lv), masterSlugs.map((slug) => ({ slug, file: `content/masters/${slug}.lv.yaml` })), allLessons));
  lessons.forEach((lesson, index) => {
    if (lesson.data.number !== index + 1) issues.push({ file: lesson.lv.file, line: lesson.lv.lineOf(["number"]), field: "number", message: `lessons must be numbered 1, 2, 3 … without gaps or repeats; expected ${index + 1}` });
  });

  const pages = {} as Content["pages"];
  for (const name of ["about", "course"] as const) {
    const lv = await readMarkdown(path.join(dir, "pages", `${name}.lv.md`), pageSchema);
    const en = await readMarkdown(path.join(dir, "pages", `${name}.en.md`), pageSchema);
    if (isText(lv) && isText(en)) pages[name] = { lv, en };
  }

  // Nothing a reader sees may be a note for editors ("šajā failā", "(smaidiņu skala)").
  const notes = (file: string, data: unknown, lineOf: ParsedYaml["lineOf"], markdown?: { body: string; bodyLine: number }) => {
    issues.push(...editorNoteIssues(file, textsOf(data), lineOf, fieldPath));
    if (markdown) {
      const body = bodyTexts(markdown.body, markdown.bodyLine);
      issues.push(...editorNoteIssues(file, body.texts, body.lineOf, () => "body"));
    }
  };
  if (site) notes("content/site.yaml", site, siteLines);
  for (const locale of LOCALES) notes(`content/i18n/${locale}.yaml`, strings[locale], stringLines[locale] ?? (() => undefined));
  for (const { product, lineOf } of productLines) notes(product.file, product, lineOf);
  const texts: Text<unknown>[] = [...recipes.flatMap((recipe) => [recipe.lv, recipe.en]), ...lessons.flatMap((lesson) => [lesson.lv, lesson.en, lesson.handout.lv, lesson.handout.en]), ...Object.values(pages).flatMap((page) => [page.lv, page.en])];
  for (const text of texts) notes(text.file, text.data, text.lineOf, text);
  for (const text of masterTexts) notes(text.file, text.data, text.lineOf);
  for (const text of packageLines) notes(text.file, text.data, text.lineOf);

  if (issues.length > 0 || !site || !cms) return { content: undefined, issues: sortIssues(issues), warnings: sortIssues(warnings) };
  return { content: { root, site, strings, products, packages, recipes, lessons, masters, pages, cms }, issues: [], warnings: sortIssues(warnings) };
}

function lessonTexts(lv: Text<LessonLv>, en: Text<LessonEn>): Record<Locale, LessonText> {
  const { number: _number, duration: _duration, groupSize: _groupSize, recipes: _recipes, masters: _masters, agenda, ...words } = lv.data;
  return { lv: { ...words, agenda: agenda.map((item) => item.activity), body: lv.body }, en: { ...en.data, body: en.body } };
}

async function listSorted(folder: string): Promise<Entry[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { withFileTypes: true });
  return entries.map((entry) => ({ name: entry.name, isFolder: entry.isDirectory(), isLink: entry.isSymbolicLink() })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
