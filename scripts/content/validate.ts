// Runs a zod schema over parsed YAML and turns its issues into editor-friendly ContentIssues with lines.
import type { z } from "zod";
import { didYouMean, fieldPath, type ContentIssue } from "./issues.ts";
import { checkTextValues, underPlaceholder } from "./text-checks.ts";
import type { ParsedYaml } from "./yaml.ts";

const ELEVENTY_KEYS = new Set(["permalink", "layout", "eleventyComputed", "eleventyExcludeFromCollections", "eleventyNavigation", "eleventyImport", "eleventyDataSchema", "pagination", "tags", "templateEngineOverride", "dynamicPermalink", "permalinkBypassOutputDir", "eleventy", "date"]);

/** Validates `parsed.data` with `schema`; returns the typed value or the issues, each with its line. */
export function validate<S extends z.ZodType>(schema: S, parsed: Pick<ParsedYaml, "data" | "lineOf" | "issues">, file: string): { value: z.output<S>; issues: [] } | { value: undefined; issues: ContentIssue[] } {
  if (parsed.data === undefined && parsed.issues.length > 0) return { value: undefined, issues: parsed.issues };
  const text = checkTextValues(parsed.data, parsed.lineOf, file);
  const data = withoutEmptyValues(parsed.data);
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  const zodIssues = result.success ? [] : result.error.issues.filter((issue) => data === parsed.data || issue.code !== "unrecognized_keys");
  // A field the schema does not know is reported even when it is empty: read the keys from the data as written.
  if (data !== parsed.data) {
    const asWritten = schema.safeParse(parsed.data ?? {}, { reportInput: true });
    if (!asWritten.success) zodIssues.push(...asWritten.error.issues.filter((issue) => issue.code === "unrecognized_keys"));
  }
  if (zodIssues.length === 0 && parsed.issues.length === 0 && text.issues.length === 0 && result.success) return { value: result.data, issues: [] };
  const schemaIssues = zodIssues.filter((issue) => !underPlaceholder(issue.path, text.placeholders)).flatMap((issue) => toContentIssues(issue, parsed, file));
  return { value: undefined, issues: [...parsed.issues, ...text.issues, ...schemaIssues] };
}

/**
 * A field left empty (`tip: ""`, `tip:`) is read as a field left out, and so is a group whose fields are all empty:
 * form editors write cleared fields that way. List items are kept, so an empty step or item is still reported.
 * Returns `value` itself when it has nothing empty.
 */
function withoutEmptyValues(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => (isGroup(item) ? (withoutEmptyValues(item) ?? {}) : item));
    return items.every((item, index) => item === value[index]) ? value : items;
  }
  if (!isGroup(value)) return value;
  const entries = Object.entries(value);
  const kept = entries.flatMap(([key, field]) => {
    const cleaned = withoutEmptyValues(field);
    return cleaned === "" || cleaned === null || cleaned === undefined ? [] : [[key, cleaned] as const];
  });
  if (kept.length === 0) return undefined;
  return kept.length === entries.length && kept.every(([key, field]) => value[key] === field) ? value : Object.fromEntries(kept);
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toContentIssues(issue: z.core.$ZodIssue, parsed: ParsedYaml, file: string): ContentIssue[] {
  const path = issue.path as PropertyKey[];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      file,
      line: parsed.lineOf([...path, key]),
      field: fieldPath([...path, key]),
      message: ELEVENTY_KEYS.has(key) ? `"${key}" is a site-generator setting and is not accepted from content — remove this line` : `unknown field "${key}" — remove it or check its spelling (see CONTRIBUTING.md)`,
    }));
  }
  return [{ file, line: parsed.lineOf(path), field: fieldPath(path), message: messageFor(issue) }];
}

function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `is missing — add it (expected ${article(issue.expected)})`;
      return `expected ${article(issue.expected)}, got ${describe(issue.input)}`;
    case "invalid_value": {
      const allowed = issue.values.map((value) => JSON.stringify(value));
      const typed = typeof issue.input === "string" ? issue.input : undefined;
      const hint = typed === undefined ? "" : didYouMean(typed, issue.values.map(String));
      return `${describe(issue.input)} is not allowed — use one of: ${allowed.join(", ")}${hint}`;
    }
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  const names: Record<string, string> = { string: "text", number: "a number", object: "a group of fields (key: value lines)", array: "a list (lines starting with -)", boolean: "true or false" };
  return names[expected] ?? expected;
}

function describe(input: unknown): string {
  if (typeof input === "string") return `"${input}"`;
  if (Array.isArray(input)) return "a list";
  if (input === null) return "an empty value";
  if (typeof input === "object") return "a group of fields";
  return String(input);
}
