// Content problems as editors read them: file, line, field path, message with the fix.
import { closest, distance } from "fastest-levenshtein";

export interface ContentIssue {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** Field path such as `ingredients[2].product`; empty for whole-file problems. */
  field: string;
  message: string;
}

/** Thrown when content does not validate; carries every issue found, and the warnings to print after them. */
export class ContentError extends Error {
  constructor(
    readonly issues: ContentIssue[],
    readonly warnings: ContentIssue[] = [],
  ) {
    super(`${issues.length} content ${issues.length === 1 ? "problem" : "problems"}:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "ContentError";
  }
}

/** `content/recipes/x/index.lv.md:7 ingredients[2].product: unknown product …` */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return issue.field ? `${where} ${issue.field}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Warnings as printed after the problems: a heading saying they do not fail the check, then one line each. */
export function formatWarnings(warnings: readonly ContentIssue[]): string {
  if (warnings.length === 0) return "";
  const heading = `${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"} (worth a look; they do not fail the check):`;
  return `${heading}\n${warnings.map(formatIssue).join("\n")}\n`;
}

/** Joins a path like ["ingredients", 2, "product"] as `ingredients[2].product`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

/** Sorts issues by file, then line, so output is stable and easy to follow. */
export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}

/** ` — did you mean "griki"?` when a known value is close to what was typed, else "". */
export function didYouMean(typed: string, known: readonly string[]): string {
  if (known.length === 0) return "";
  const guess = closest(typed, [...known]);
  const limit = Math.max(2, Math.floor(typed.length / 3));
  return distance(typed, guess) <= limit ? ` — did you mean "${guess}"?` : "";
}
