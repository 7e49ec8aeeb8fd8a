// The one markdown-it instance used to render content: raw HTML off, so Markdown can never inject markup; step amounts as scalable spans.
import MarkdownIt from "markdown-it";
import { stepAmountSyntax } from "../content/step-amounts.ts";
import { parseStepAmount, stepAmountText } from "../kitchen/step-amounts.ts";
import type { Locale } from "../kitchen/vocabulary.ts";

export const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(stepAmountSyntax);

/**
 * `[750 ml](=udens)` in a step: `<span class="amount" data-qty="750" data-unit="ml">750 ml</span>`, which the servings scaler
 * rewrites (assets/js/scaler.ts). Without a locale, or with words that are not an amount (content the check did not pass),
 * only the words are shown.
 */
markdown.renderer.rules.step_amount = (tokens, index, _options, env: { locale?: Locale }) => {
  const token = tokens[index]!;
  const escape = markdown.utils.escapeHtml;
  const parsed = env.locale ? parseStepAmount(token.content, env.locale) : undefined;
  if (!parsed?.ok || !env.locale) return escape(token.content);
  const { qty, unit } = parsed.amount;
  return `<span class="amount" data-qty="${qty}" data-unit="${escape(unit)}">${escape(stepAmountText(parsed.amount, env.locale, 1, 1))}</span>`;
};

export interface RenderOptions {
  /** The level of the highest heading in the result: `## Title` under an h2 section should become h3 (minHeading 3). */
  minHeading?: number;
  /** The language of the text, for step amounts (`[750 ml](=udens)`); without it they show as plain words. */
  locale?: Locale;
}

/** Renders trusted-by-construction HTML from untrusted Markdown, with headings shifted below their section. */
export function renderMarkdown(source: string, { minHeading = 2, locale }: RenderOptions = {}): string {
  const env = locale ? { locale } : {};
  return renderTokens(markdown.parse(source, env), minHeading, env);
}

/** A recipe body parsed once: its HTML (as renderMarkdown renders it under an h2 section) and the plain text of each step, step amounts as written (for the structured data). */
export function renderRecipeBody(source: string, locale: Locale): { html: string; steps: string[] } {
  const env = { locale };
  const tokens = markdown.parse(source, env);
  const steps = textsOfSteps(tokens, locale);
  return { html: renderTokens(tokens, 2, env), steps };
}

/** Shifts the headings of parsed tokens so the highest is `minHeading`, then renders them. */
function renderTokens(tokens: ReturnType<typeof markdown.parse>, minHeading: number, env: { locale?: Locale }): string {
  const levels = tokens.filter((token) => token.type === "heading_open").map((token) => Number(token.tag.slice(1)));
  const shift = levels.length > 0 ? Math.max(0, minHeading - Math.min(...levels)) : 0;
  for (const token of tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
  }
  return markdown.renderer.render(tokens, markdown.options, env);
}

/** The plain text of each top-level list item of a recipe body (its steps), step amounts as written: for structured data. */
function textsOfSteps(tokens: ReturnType<typeof markdown.parse>, locale: Locale): string[] {
  const steps: string[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === "ordered_list_open" || token.type === "bullet_list_open") depth += 1;
    if (token.type === "ordered_list_close" || token.type === "bullet_list_close") depth -= 1;
    if (token.type === "list_item_open" && depth === 1) steps.push("");
    if (token.type !== "inline" || depth === 0 || steps.length === 0) continue;
    const words = (token.children ?? []).map((child) => {
      if (child.type === "text" || child.type === "code_inline") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak") return " ";
      if (child.type === "step_amount") {
        const parsed = parseStepAmount(child.content, locale);
        return parsed.ok ? stepAmountText(parsed.amount, locale, 1, 1) : child.content;
      }
      return "";
    });
    const last = steps.length - 1;
    steps[last] = `${steps[last]}${steps[last] ? " " : ""}${words.join("")}`.trim();
  }
  return steps;
}

/** The items of a body's top-level numbered lists (a recipe's steps), each rendered on its own, in order. */
export function stepItems(source: string): string[] {
  const tokens = markdown.parse(source, {});
  const items: string[] = [];
  let depth = 0;
  let start = -1;
  tokens.forEach((token, index) => {
    if (token.type === "ordered_list_open" || token.type === "bullet_list_open") depth += 1;
    if (token.type === "ordered_list_close" || token.type === "bullet_list_close") depth -= 1;
    if (depth === 1 && token.type === "list_item_open" && token.markup !== "-" && token.markup !== "*" && token.markup !== "+") start = index + 1;
    if (depth === 1 && token.type === "list_item_close" && start >= 0) {
      items.push(markdown.renderer.render(tokens.slice(start, index), markdown.options, {}).trim());
      start = -1;
    }
  });
  return items;
}
