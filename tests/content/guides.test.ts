// The editors' guides say the same in both languages: CONTRIBUTING.md and CONTRIBUTING.lv.md have the same sections, name the
// same fields, units, codes, product ids and commands, document every field of the content schemas, and their links to
// sections land on a heading.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { lessonEnSchema, lessonLvSchema, masterLvSchemas, pageSchema, productSchema, recipeEnSchema, recipeLvSchema, siteSchema } from "../../scripts/content/schemas.ts";
import { ALLERGEN_CODES, EQUIPMENT, MEALS, PICTOGRAMS, UNIT_CODES } from "../../scripts/kitchen/vocabulary.ts";
import { projectRoot } from "../helpers/fixture.ts";

const GUIDES = { en: "CONTRIBUTING.md", lv: "CONTRIBUTING.lv.md" } as const;

const read = (file: string) => readFile(path.join(projectRoot, file), "utf8");

/** The guide's headings in order, as "## " marks (the text differs by language, the structure must not). */
function headingLevels(guide: string): string[] {
  return outsideFences(guide).flatMap((line) => (/^(#{1,6}) /.exec(line)?.[1] ? [/^(#{1,6}) /.exec(line)![1]!] : []));
}

/** The guide's lines that are not inside a fenced code block. */
function outsideFences(guide: string): string[] {
  let fenced = false;
  return guide.split("\n").filter((line) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    return !fenced && !/^\s*```/.test(line);
  });
}

/** Everything the guide writes as code: inline code spans and fenced blocks, without the comments after "#" in the blocks. */
function codeText(guide: string): string {
  const blocks = [...guide.matchAll(/^\s*```[a-z]*\n([\s\S]*?)^\s*```/gm)].map((match) => match[1]!.replace(/(^|\s)#(?!\S*\]).*$/gm, ""));
  const spans = outsideFences(guide).flatMap((line) => [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
  return [...blocks, ...spans].join("\n");
}

/** Which of `words` the code of a guide names, each as a whole word. */
function named(code: string, words: readonly string[]): string[] {
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return words.filter((word) => new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(word)}(?![\\p{L}\\p{N}_-])`, "u").test(code)).sort();
}

/** Every field name of a zod schema, nested ones included (objects inside objects, arrays, optional and default fields). */
function fieldsOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const inner = (value: unknown) => fieldsOf(value as z.ZodType);
  switch (def.type) {
    case "object":
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [key, ...fieldsOf(value)]);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return inner(def.innerType);
    case "array":
      return inner(def.element);
    case "record":
      return inner(def.valueType);
    case "pipe":
      return [...inner(def.in), ...inner(def.out)];
    case "union":
      return (def.options as z.ZodType[]).flatMap(fieldsOf);
    default:
      return [];
  }
}

/** Section links inside the guide ("](#a-product)") and the anchors GitHub makes of its headings. */
function brokenSectionLinks(guide: string): string[] {
  const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
  const anchors = new Set(outsideFences(guide).flatMap((line) => (/^#{1,6} (.*)$/.exec(line) ? [slug(/^#{1,6} (.*)$/.exec(line)![1]!)] : [])));
  return [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!).filter((anchor) => !anchors.has(anchor));
}

describe("the editors' guides in Latvian and English", () => {
  it("should have the same sections, at the same levels, in the same order", async () => {
    const [en, lv] = [await read(GUIDES.en), await read(GUIDES.lv)];
    expect(headingLevels(lv)).toEqual(headingLevels(en));
    expect(headingLevels(en).length).toBeGreaterThan(20);
  });

  it("should link only to sections that exist", async () => {
    for (const guide of Object.values(GUIDES)) expect(brokenSectionLinks(await read(guide)), guide).toEqual([]);
  });

  it("should name the same units, codes, product ids, masters' kinds and commands", async () => {
    const products = (await readdir(path.join(projectRoot, "content", "products"))).filter((file) => file.endsWith(".yaml")).map((file) => file.slice(0, -5));
    const lists = { units: UNIT_CODES, meals: MEALS, equipment: EQUIPMENT, allergens: ALLERGEN_CODES, pictograms: PICTOGRAMS, masterKinds: Object.keys(masterLvSchemas), products };
    const [en, lv] = [codeText(await read(GUIDES.en)), codeText(await read(GUIDES.lv))];
    for (const [list, words] of Object.entries(lists)) expect(named(lv, words), list).toEqual(named(en, words));
    const commands = (code: string) => [...new Set([...code.matchAll(/npm (?:run [a-z:]+|install|ci|test)/g)].map((match) => match[0]))].sort();
    expect(commands(lv)).toEqual(commands(en));
    expect(commands(en)).toEqual(expect.arrayContaining(["npm run new", "npm run check", "npm run build", "npm run dev", "npm run cms"]));
  });

  it("should document every field of every content file's schema, in both languages", async () => {
    const schemas = { "site.yaml": siteSchema, product: productSchema, "recipe lv": recipeLvSchema, "recipe en": recipeEnSchema, "lesson lv": lessonLvSchema, "lesson en": lessonEnSchema, page: pageSchema, ...Object.fromEntries(Object.entries(masterLvSchemas).map(([kind, schema]) => [`master ${kind}`, schema])) };
    for (const [guide, file] of Object.entries(GUIDES)) {
      const code = codeText(await read(file));
      const missing = Object.entries(schemas).flatMap(([name, schema]) => [...new Set(fieldsOf(schema as z.ZodType))].filter((field) => named(code, [field]).length === 0).map((field) => `${name}: ${field}`));
      expect(missing, guide).toEqual([]);
    }
  });
});
