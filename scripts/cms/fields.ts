// The content schemas as trees of form fields (names, kinds, required, limits, code lists), read from zod's JSON Schema; pure.
import { z } from "zod";
import { lessonEnSchema, lessonLvSchema, pageSchema, productSchema, recipeEnSchema, recipeLvSchema } from "../content/schemas.ts";

export type FieldKind = "text" | "number" | "integer" | "boolean" | "select" | "list" | "group" | "map";

export interface FieldSpec {
  name: string;
  /** Dotted path from the top of the file, list items left out: "ingredients.product". */
  path: string;
  kind: FieldKind;
  required: boolean;
  /** Smallest and largest value of a number, or number of items of a list. */
  min?: number;
  max?: number;
  /** A number that must be more than 0. */
  positive?: boolean;
  pattern?: string;
  /** The code list of a select, or of a list of codes. */
  options?: readonly string[];
  /** A list whose items are codes from `options`. */
  multiple?: boolean;
  /** The fields of a group, or of each item of a list of groups. */
  fields?: FieldSpec[];
  /** The item of a list of single values. */
  item?: FieldSpec;
  default?: unknown;
}

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  enum?: readonly string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

/** Limits zod writes for integers that no editor means. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** The fields of one kind of content file, in the schema's order. */
export function fieldsOf(schema: z.ZodType): FieldSpec[] {
  return groupFields(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema, "");
}

function groupFields(schema: JsonSchema, prefix: string): FieldSpec[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => fieldOf(name, property, prefix ? `${prefix}.${name}` : name, required.has(name)));
}

function fieldOf(name: string, schema: JsonSchema, path: string, required: boolean): FieldSpec {
  const field: FieldSpec = { name, path, kind: kindOf(schema), required };
  if (schema.default !== undefined) field.default = schema.default;
  if (schema.pattern) field.pattern = schema.pattern;
  if (schema.enum) field.options = schema.enum;
  if (schema.minimum !== undefined) field.min = schema.minimum;
  if (schema.maximum !== undefined && schema.maximum < UNBOUNDED) field.max = schema.maximum;
  if (schema.exclusiveMinimum === 0) field.positive = true;
  if (schema.minItems !== undefined) field.min = schema.minItems;
  if (schema.maxItems !== undefined) field.max = schema.maxItems;
  if (field.kind === "group") field.fields = groupFields(schema, path);
  if (field.kind === "list") {
    const item = schema.items ?? {};
    if (item.enum) {
      field.options = item.enum;
      field.multiple = true;
    } else if (kindOf(item) === "group") field.fields = groupFields(item, path);
    else field.item = fieldOf(name, item, path, true);
  }
  return field;
}

function kindOf(schema: JsonSchema): FieldKind {
  if (schema.enum) return "select";
  switch (schema.type) {
    case "string":
      return "text";
    case "number":
    case "integer":
    case "boolean":
      return schema.type;
    case "array":
      return "list";
    case "object":
      return schema.properties ? "group" : "map";
    default:
      throw new Error(`a content schema has a field of a kind the form editor does not know: ${JSON.stringify(schema)}`);
  }
}

/** Each kind of form and the schemas it writes: the Latvian file's and, where it differs, the English file's. */
export const FORMS = {
  recipe: { lv: recipeLvSchema, en: recipeEnSchema },
  product: { lv: productSchema },
  lesson: { lv: lessonLvSchema, en: lessonEnSchema },
  page: { lv: pageSchema },
} as const;
export type FormName = keyof typeof FORMS;

/** A group of the same text in both languages (`name: { lv, en }`): its two fields are labelled with the languages' names. */
export function isLanguagePair(field: FieldSpec): boolean {
  return field.kind === "group" && field.fields?.map((sub) => sub.name).join(",") === "lv,en";
}

/** Every field path a form shows (both languages' files, and the Markdown body), each once: what content/cms.yaml must name. */
export function formPaths(form: FormName): { path: string; pattern: boolean }[] {
  const schemas: Record<string, z.ZodType> = FORMS[form];
  const seen = new Map<string, boolean>();
  const visit = (fields: readonly FieldSpec[]) => {
    for (const field of fields) {
      seen.set(field.path, (seen.get(field.path) ?? false) || Boolean(field.pattern ?? field.item?.pattern));
      if (!isLanguagePair(field)) visit(field.fields ?? []);
    }
  };
  for (const schema of Object.values(schemas)) visit(fieldsOf(schema));
  if (form !== "product") seen.set("body", false);
  return [...seen].map(([path, pattern]) => ({ path, pattern }));
}
