// Checks on Markdown bodies before rendering, in one parse: raw HTML is reported, the steps (top-level numbered items) are counted, and the amounts they name are found.
import MarkdownIt from "markdown-it";
import type { ContentIssue } from "./issues.ts";
import { findStepAmounts, stepAmountSyntax, type StepAmountRef } from "./step-amounts.ts";

// A parser that recognises HTML so that it can be reported; rendering uses the html:false instance in scripts/present/markdown.ts.
const detector = new MarkdownIt({ html: true }).use(stepAmountSyntax);

/** Raw HTML in a Markdown body, each with the line it is on; how many items its top-level numbered lists have; the amounts its steps name. */
export function inspectBody(body: string, file: string, bodyLine: number): { issues: ContentIssue[]; steps: number; amounts: StepAmountRef[] } {
  const issues: ContentIssue[] = [];
  let depth = 0;
  let steps = 0;
  const tokens = detector.parse(body, {});
  for (const token of tokens) {
    if (token.type === "ordered_list_open" || token.type === "bullet_list_open") depth += 1;
    if (token.type === "ordered_list_close" || token.type === "bullet_list_close") depth -= 1;
    if (token.type === "list_item_open" && depth === 1 && token.markup !== "-" && token.markup !== "*" && token.markup !== "+") steps += 1;
    const inline = token.type === "inline" ? (token.children ?? []).filter((child) => child.type === "html_inline") : [];
    if (token.type === "html_block" || inline.length > 0) {
      const line = bodyLine + (token.map?.[0] ?? 0);
      const sample = (token.type === "html_block" ? token.content : inline[0]!.content).trim().slice(0, 40);
      issues.push({ file, line, field: "body", message: `raw HTML is not allowed (${sample}) — use Markdown instead` });
    }
  }
  return { issues, steps, amounts: findStepAmounts(body, tokens) };
}
