// Checks on Markdown bodies before rendering: raw HTML is reported, and recipe steps are counted.
import MarkdownIt from "markdown-it";
import type { ContentIssue } from "./issues.ts";

// A parser that recognises HTML so that it can be reported; rendering uses the html:false instance in scripts/site/markdown.ts.
const detector = new MarkdownIt({ html: true });

/** Reports raw HTML in a Markdown body, with the line it is on. */
export function findRawHtml(body: string, file: string, bodyLine: number): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const token of detector.parse(body, {})) {
    const inline = token.type === "inline" ? (token.children ?? []).filter((child) => child.type === "html_inline") : [];
    if (token.type === "html_block" || inline.length > 0) {
      const line = bodyLine + (token.map?.[0] ?? 0);
      const sample = (token.type === "html_block" ? token.content : inline[0]!.content).trim().slice(0, 40);
      issues.push({ file, line, field: "body", message: `raw HTML is not allowed (${sample}) — use Markdown instead` });
    }
  }
  return issues;
}

/** Counts the items of the top-level numbered lists in a recipe body (its steps). */
export function countSteps(body: string): number {
  let depth = 0;
  let steps = 0;
  for (const token of detector.parse(body, {})) {
    if (token.type === "ordered_list_open" || token.type === "bullet_list_open") depth += 1;
    if (token.type === "ordered_list_close" || token.type === "bullet_list_close") depth -= 1;
    if (token.type === "list_item_open" && depth === 1 && token.markup !== "-" && token.markup !== "*" && token.markup !== "+") steps += 1;
  }
  return steps;
}
