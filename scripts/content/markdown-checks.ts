// Checks on Markdown bodies before rendering, in one parse: size, raw HTML, pictures and links that are not web addresses; the steps (top-level numbered items) are counted and the amounts they name found.
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import type { ContentIssue } from "./issues.ts";
import { formatCount, LIMITS } from "./limits.ts";
import { findStepAmounts, stepAmountSyntax, type StepAmountRef } from "./step-amounts.ts";

// A parser that recognises HTML and every link, so that they can be reported; rendering uses the html:false instance in scripts/present/markdown.ts.
const detector = new MarkdownIt({ html: true }).use(stepAmountSyntax);
detector.validateLink = () => true;

/** Link addresses that open a web page, an e-mail or a phone call; every other scheme (javascript:, data:, file: …) is refused. */
const SAFE_SCHEMES = new Set(["https", "http", "mailto", "tel"]);

/** Every problem with a Markdown body, each with the line it is on; how many items its top-level numbered lists have; the amounts its steps name. */
export function inspectBody(body: string, file: string, bodyLine: number): { issues: ContentIssue[]; steps: number; amounts: StepAmountRef[] } {
  if (body.length > LIMITS.bodyChars) return { issues: [{ file, line: bodyLine, field: "body", message: `the text is ${formatCount(body.length)} characters long, more than the limit of ${formatCount(LIMITS.bodyChars)} — shorten it` }], steps: 0, amounts: [] };
  const issues: ContentIssue[] = [];
  const long = body.split("\n").findIndex((line) => line.length > LIMITS.bodyLineChars);
  if (long >= 0) issues.push({ file, line: bodyLine + long, field: "body", message: `this line is ${formatCount(body.split("\n")[long]!.length)} characters long, more than the limit of ${formatCount(LIMITS.bodyLineChars)} — split it into shorter steps or paragraphs` });
  let depth = 0;
  let steps = 0;
  const tokens = detector.parse(body, {});
  for (const token of tokens) {
    if (token.type === "ordered_list_open" || token.type === "bullet_list_open") depth += 1;
    if (token.type === "ordered_list_close" || token.type === "bullet_list_close") depth -= 1;
    if (token.type === "list_item_open" && depth === 1 && token.markup !== "-" && token.markup !== "*" && token.markup !== "+") steps += 1;
    const line = bodyLine + (token.map?.[0] ?? 0);
    const children = token.type === "inline" ? (token.children ?? []) : [];
    const html = children.filter((child) => child.type === "html_inline");
    if (token.type === "html_block" || html.length > 0) {
      const sample = (token.type === "html_block" ? token.content : html[0]!.content).trim().slice(0, 40);
      issues.push({ file, line, field: "body", message: `raw HTML is not allowed (${sample}) — use Markdown instead` });
    }
    for (const child of children) issues.push(...inlineProblems(child).map((message) => ({ file, line, field: "body", message })));
  }
  return { issues, steps, amounts: findStepAmounts(body, tokens) };
}

function inlineProblems(token: Token): string[] {
  if (token.type === "image") return [`pictures inside the text are not allowed (${sample(token.attrGet("src") ?? "")}) — a recipe's picture goes in its image field`];
  if (token.type !== "link_open") return [];
  const href = token.attrGet("href") ?? "";
  // Control characters and spaces are dropped first, as browsers do, so "java\tscript:" is seen as "javascript:".
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/[\u0000-\u0020\u007f]/g, ""))?.[1]?.toLowerCase();
  if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return [];
  return [`link to "${sample(href)}" is not allowed — links may go to web pages (https://…), e-mail (mailto:…) or phone numbers (tel:…)`];
}

function sample(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The first HTML tag in a one-line text field, such as a title, or undefined when it has none. */
export function htmlIn(text: string): string | undefined {
  // Every HTML tag markdown-it recognises starts with "<": most fields have none, and need no parse.
  if (!text.includes("<")) return undefined;
  const children = detector.parseInline(text, {})[0]?.children ?? [];
  return children.find((child) => child.type === "html_inline")?.content;
}
