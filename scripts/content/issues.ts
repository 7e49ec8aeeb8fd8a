// Content problems as editors read them: file, line, field path, message with the fix.
import { distance } from "fastest-levenshtein";

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

/** Sorts issues by file, then line, so output is stable and easy to follow; the same message on the same line is said once. */
export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  const unique = [...new Map(issues.map((issue) => [formatIssue(issue), issue])).values()];
  return unique.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}

/**
 * ` — did you mean "griki"?`, or up to three: ` — did you mean "kviesu-milti", "pankuku-milti" or "manna"?`; "" when nothing is close.
 * Close means a few letters apart once diacritics are ignored (glaze → glāze), or containing what was typed (milti → kviesu-milti).
 */
export function didYouMean(typed: string, known: readonly string[], most = 3): string {
  const near = nearest(typed, known, most);
  if (near.length === 0) return "";
  const quoted = near.map((value) => `"${value}"`);
  return ` — did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`}?`;
}

/** The known values closest to `typed`, nearest first (ties in alphabetical order), at most `most`. */
export function nearest(typed: string, known: readonly string[], most = 3): string[] {
  const folded = fold(typed);
  const limit = Math.max(2, Math.floor(folded.length / 3));
  return known
    .map((value) => {
      const other = fold(value);
      const contains = Math.min(folded.length, other.length) >= 4 && (other.includes(folded) || folded.includes(other));
      return { value, score: distance(folded, other), contains };
    })
    .filter(({ value, score, contains }) => (score <= limit && score < fold(value).length) || contains)
    .sort((a, b) => a.score - b.score || (a.value < b.value ? -1 : 1))
    .slice(0, most)
    .map(({ value }) => value);
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
