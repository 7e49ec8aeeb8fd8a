// Reads every content file, validates it and checks the files against each other; returns content or all issues.
import { existsSync } from "node:fs";
import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { checkLesson, checkRecipe } from "./cross-checks.ts";
import { LINK_MESSAGE, lessonFolders, productFiles, recipeFolders, type Entry } from "./files.ts";
import { parseMarkdownFile } from "./frontmatter.ts";
import { sortIssues, type ContentIssue } from "./issues.ts";
import { formatBytes, LIMITS } from "./limits.ts";
import { checkMarkdownBody } from "./markdown-checks.ts";
import { checkPicture } from "./pictures.ts";
import { LOCALES, lessonEnSchema, lessonLvSchema, pageSchema, productSchema, recipeEnSchema, recipeLvSchema, siteSchema, stringsSchema, type LessonEn, type LessonLv, type Locale, type PageFile, type ProductFile, type RecipeEn, type RecipeLv, type Site, type Strings } from "./schemas.ts";
import { bodyPlaceholders } from "./text-checks.ts";
import { validate } from "./validate.ts";
import { parseYaml } from "./yaml.ts";

export interface Product extends ProductFile { id: string; file: string }
/** A Markdown file as read: its body always, its data when the front matter is valid. */
export interface Draft<T> { data: T | undefined; body: string; file: string; bodyLine: number; lineOf: (path: readonly PropertyKey[]) => number | undefined }
export interface Text<T> extends Draft<T> { data: T }
export interface Recipe { slug: string; dir: string; lv: Text<RecipeLv>; en: Text<RecipeEn>; imageFile: string }
export interface Lesson { slug: string; dir: string; lv: Text<LessonLv>; en: Text<LessonEn>; handout: Record<Locale, Text<PageFile>> }
export type Page = Record<Locale, Text<PageFile>>;
export interface Content { root: string; site: Site; strings: Record<Locale, Strings>; products: Product[]; recipes: Recipe[]; lessons: Lesson[]; pages: Record<"about" | "course", Page> }
export type Loaded = { content: Content; issues: [] } | { content: undefined; issues: ContentIssue[] };

const MISSING = "file is missing — create it (see CONTRIBUTING.md)";
const isText = <T>(draft: Draft<T> | undefined): draft is Text<T> => draft?.data !== undefined;

/** Loads `root/content`; never throws for content problems, returns them all instead. */
export async function loadContent(root: string): Promise<Loaded> {
  const issues: ContentIssue[] = [];
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join("/");
  const dir = path.join(root, "content");

  /** The file's text, or undefined (with the issue recorded) when it is missing or larger than any content file should be. */
  const readText = async (abs: string): Promise<string | undefined> => {
    const info = await lstat(abs).catch(() => undefined);
    if (!info) return void issues.push({ file: rel(abs), field: "", message: MISSING });
    if (info.isSymbolicLink()) return void issues.push({ file: rel(abs), field: "", message: LINK_MESSAGE });
    if (!info.isFile()) return void issues.push({ file: rel(abs), field: "", message: "is a folder, not a file — put the file itself here" });
    const { size } = info;
    if (size > LIMITS.fileBytes) return void issues.push({ file: rel(abs), field: "", message: `file is ${formatBytes(size)}, more than the limit of ${formatBytes(LIMITS.fileBytes)} for a content file — it was not read; shorten it` });
    // Files saved on Windows may start with a byte-order mark and end lines with CR LF: read them as if they did not.
    return (await readFile(abs, "utf8")).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  };
  const readYaml = async <S extends z.ZodType>(abs: string, schema: S): Promise<z.output<S> | undefined> => {
    const text = await readText(abs);
    if (text === undefined) return undefined;
    const result = validate(schema, parseYaml(text, rel(abs)), rel(abs));
    issues.push(...result.issues);
    return result.value;
  };
  const readMarkdown = async <S extends z.ZodType>(abs: string, schema: S): Promise<Draft<z.output<S>> | undefined> => {
    const file = rel(abs);
    const text = await readText(abs);
    if (text === undefined) return undefined;
    const parsed = parseMarkdownFile(text, file);
    if ("issues" in parsed) return void issues.push(...parsed.issues);
    issues.push(...checkMarkdownBody(parsed.body, file, parsed.bodyLine), ...bodyPlaceholders(parsed.body, file, parsed.bodyLine));
    const result = validate(schema, parsed.yaml, file);
    issues.push(...result.issues);
    return { data: result.value, body: parsed.body, file, bodyLine: parsed.bodyLine, lineOf: parsed.yaml.lineOf };
  };
  const listing = async (sub: string, check: (entries: Entry[]) => { names: string[]; issues: ContentIssue[] }) => {
    const found = check(await listSorted(path.join(dir, sub)));
    issues.push(...found.issues);
    return found.names;
  };

  const site = await readYaml(path.join(dir, "site.yaml"), siteSchema);
  const strings = {} as Record<Locale, Strings>;
  for (const locale of LOCALES) strings[locale] = (await readYaml(path.join(dir, "i18n", `${locale}.yaml`), stringsSchema)) ?? {};
  for (const [locale, other, language] of [["lv", "en", "English"], ["en", "lv", "Latvian"]] as const) {
    for (const key of Object.keys(strings[locale])) if (!(key in strings[other])) issues.push({ file: `content/i18n/${other}.yaml`, field: key, message: `is missing — add the ${language} for "${strings[locale][key]}"` });
  }

  // Ids and slugs come from file and folder names, so one broken file does not make its references look unknown.
  const productIds = await listing("products", productFiles);
  const products: Product[] = [];
  for (const id of productIds) {
    const abs = path.join(dir, "products", `${id}.yaml`);
    const data = await readYaml(abs, productSchema);
    if (data) products.push({ ...data, id, file: rel(abs) });
  }

  const recipeSlugs = await listing("recipes", recipeFolders);
  const recipes: Recipe[] = [];
  for (const slug of recipeSlugs) {
    const base = path.join(dir, "recipes", slug);
    const lv = await readMarkdown(path.join(base, "index.lv.md"), recipeLvSchema);
    const en = await readMarkdown(path.join(base, "index.en.md"), recipeEnSchema);
    if (!lv || !en) continue;
    const picture = lv.data && existsSync(path.join(base, lv.data.image)) ? await checkPicture(path.join(base, lv.data.image)) : { picture: [], svg: [] };
    issues.push(...checkRecipe({ lv, en, folder: rel(base), imageExists: (name) => existsSync(path.join(base, name)), picture: () => picture, productIds, products }));
    if (isText(lv) && isText(en)) recipes.push({ slug, dir: base, lv, en, imageFile: path.join(base, lv.data.image) });
  }

  const lessons: Lesson[] = [];
  for (const slug of await listing("lessons", lessonFolders)) {
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
  return { content: { root, site, strings, products, recipes, lessons, pages }, issues: [] };
}

async function listSorted(folder: string): Promise<Entry[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { withFileTypes: true });
  return entries.map((entry) => ({ name: entry.name, isFolder: entry.isDirectory(), isLink: entry.isSymbolicLink() })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
