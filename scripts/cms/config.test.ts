// The form editor's configuration against the content schemas: required where the check requires, select lists equal to the code lists.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { loadContent, type Content } from "../content/load.ts";
import { lessonEnSchema, lessonLvSchema, pageSchema, productSchema, recipeEnSchema, recipeLvSchema } from "../content/schemas.ts";
import { cmsConfig } from "./config.ts";

interface Json { type?: string; properties?: Record<string, Json>; required?: string[]; items?: Json; enum?: string[] }
interface Field { name: string; required?: boolean; widget: string; i18n?: boolean; options?: ({ value: string } | string)[]; multiple?: boolean; fields?: Field[]; field?: Field }
interface Collection { name: string; fields?: Field[]; files?: { name: string; file: string; fields: Field[] }[]; i18n?: boolean }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let content: Content;
let collections: Collection[];

beforeAll(async () => {
  const loaded = await loadContent(root);
  if (!loaded.content) throw new Error(`the project's content does not pass the check: ${JSON.stringify(loaded.issues)}`);
  content = loaded.content;
  collections = cmsConfig(content).collections as Collection[];
});

/** Every property of a schema with whether it and all groups around it are required, and its code list; list items count as required. */
function schemaFields(schema: z.ZodType): { path: string[]; required: boolean; codes?: string[] }[] {
  const out: { path: string[]; required: boolean; codes?: string[] }[] = [];
  const walk = (node: Json, at: string[], required: boolean) => {
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      const here = [...at, name];
      const isRequired = required && (node.required ?? []).includes(name);
      const codes = property.enum ?? property.items?.enum;
      out.push({ path: here, required: isRequired, ...(codes ? { codes } : {}) });
      if (property.type === "object") walk(property, here, isRequired);
      if (property.type === "array" && property.items?.type === "object") walk(property.items, here, true);
    }
  };
  walk(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json, [], true);
  return out;
}

function fieldAt(fields: readonly Field[], at: readonly string[]): Field | undefined {
  const [name, ...rest] = at;
  const field = fields.find((candidate) => candidate.name === name);
  if (!field || rest.length === 0) return field;
  return fieldAt(field.fields ?? [], rest);
}

function collection(name: string): Collection {
  const found = collections.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
}

/** The forms and the schema each one writes. */
function forms(): { form: string; fields: Field[]; schema: z.ZodType }[] {
  const recipes = collection("recipes").fields!;
  const pages = collection("pages").fields!;
  return [
    { form: "recipe, Latvian file", fields: recipes, schema: recipeLvSchema },
    { form: "recipe, English file", fields: recipes, schema: recipeEnSchema },
    { form: "product", fields: collection("products").fields!, schema: productSchema },
    ...collection("lessons").files!.map((file) => ({ form: `lesson ${file.name}`, fields: file.fields, schema: file.file.endsWith(".lv.md") ? lessonLvSchema : lessonEnSchema })),
    ...collection("handouts").files!.map((file) => ({ form: `handout ${file.name}`, fields: file.fields, schema: pageSchema })),
    { form: "page", fields: pages, schema: pageSchema },
  ];
}

describe("form editor configuration", () => {
  it("should make every field the check requires a required form field, and no other", () => {
    for (const { form, fields, schema } of forms()) {
      for (const property of schemaFields(schema)) {
        const field = fieldAt(fields, property.path);
        const where = `${form}: ${property.path.join(".")}`;
        expect(field, where).toBeDefined();
        expect(field!.required !== false, where).toBe(property.required);
      }
    }
  });

  it("should offer exactly the schema's code list, in its order, in every select", () => {
    let selects = 0;
    for (const { form, fields, schema } of forms()) {
      for (const property of schemaFields(schema).filter((candidate) => candidate.codes)) {
        const field = fieldAt(fields, property.path)!;
        const values = (field.options ?? []).map((option) => (typeof option === "string" ? option : option.value));
        expect(field.widget, `${form}: ${property.path.join(".")}`).toBe("select");
        expect(values, `${form}: ${property.path.join(".")}`).toEqual(property.codes);
        selects += 1;
      }
    }
    // meal, equipment, unit, allergens
    expect(selects).toBeGreaterThanOrEqual(4);
  });

  it("should translate exactly the English file's fields of a recipe, keeping data in the Latvian file", () => {
    const english = new Set(Object.keys((z.toJSONSchema(recipeEnSchema) as Json).properties ?? {}));
    for (const field of collection("recipes").fields!) {
      expect(field.i18n === true, field.name).toBe(english.has(field.name) || field.name === "body");
    }
  });

  it("should list a lesson plan and a handout per lesson and language", () => {
    const expected = content.lessons.flatMap((lesson) => ["lv", "en"].map((locale) => `content/lessons/${lesson.slug}/index.${locale}.md`));
    expect(collection("lessons").files!.map((file) => file.file)).toEqual(expected);
    expect(collection("handouts").files!.map((file) => file.file)).toEqual(expected.map((file) => file.replace("/index.", "/handout.")));
  });

  it("should save through GitHub pull requests, and through a local decap-server only when asked", () => {
    const config = cmsConfig(content);
    expect(config).toMatchObject({ backend: { name: "github", repo: new URL(content.site.repository).pathname.slice(1) }, publish_mode: "editorial_workflow" });
    expect(config).not.toHaveProperty("local_backend");
    expect(cmsConfig(content, { localBackend: "http://127.0.0.1:8081/api/v1" })).toMatchObject({ local_backend: { url: "http://127.0.0.1:8081/api/v1" } });
  });

  it("should refuse a repository that is not on GitHub, naming site.yaml", () => {
    const elsewhere = { ...content, site: { ...content.site, repository: "https://gitlab.com/owner/name" } };
    expect(() => cmsConfig(elsewhere)).toThrow(/content\/site.yaml/);
  });
});
