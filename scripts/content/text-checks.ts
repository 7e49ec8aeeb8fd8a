// Checks on every text value of a front matter or YAML file: placeholders left from `npm run new`, and HTML tags.
import { fieldPath, type ContentIssue } from "./issues.ts";
import { htmlIn } from "./markdown-checks.ts";
import { isPlaceholder, placeholderMessage } from "./placeholders.ts";

export interface TextFindings {
  issues: ContentIssue[];
  /** Field paths that still hold a placeholder: other problems at or below them are not reported (one message per placeholder). */
  placeholders: PropertyKey[][];
}

/** Walks `data` (parsed YAML) and reports each placeholder and each text with HTML in it, with its line. */
export function checkTextValues(data: unknown, lineOf: (path: readonly PropertyKey[]) => number | undefined, file: string): TextFindings {
  const findings: TextFindings = { issues: [], placeholders: [] };
  const visit = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === "string") {
      const field = fieldPath(path);
      if (isPlaceholder(value)) {
        findings.placeholders.push(path);
        findings.issues.push({ file, line: lineOf(path), field, message: placeholderMessage(value, file, field) });
        return;
      }
      const tag = htmlIn(value);
      if (tag) findings.issues.push({ file, line: lineOf(path), field, message: `HTML is not allowed in text (${tag.slice(0, 40)}) — write plain text` });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  return findings;
}

/** Whether `path` is a placeholder's path or lies below one. */
export function underPlaceholder(path: readonly PropertyKey[], placeholders: readonly PropertyKey[][]): boolean {
  return placeholders.some((hole) => hole.length <= path.length && hole.every((key, index) => String(key) === String(path[index])));
}

/** One issue per body line that still holds a placeholder. */
export function bodyPlaceholders(body: string, file: string, bodyLine: number): ContentIssue[] {
  return body.split("\n").flatMap((text, index) => (isPlaceholder(text) ? [{ file, line: bodyLine + index, field: "body", message: placeholderMessage(text, file, "body") }] : []));
}
