// The step-amount notation `[750 ml](=udens)`: a markdown-it plugin that reads it, and the check that every such amount names an ingredient of the recipe.
import MarkdownIt, { type Token } from "markdown-it";
import { parseStepAmount, STEP_AMOUNT_PREFIX, STEP_UNIT_WORDS, type StepAmount, type StepAmountProblem } from "../kitchen/step-amounts.ts";
import { toGrams } from "../kitchen/units.ts";
import type { Locale } from "../kitchen/vocabulary.ts";
import { didYouMean, type ContentIssue } from "./issues.ts";
import type { Product, Text } from "./load.ts";
import { gramsMessage } from "./messages.ts";
import type { RecipeEn, RecipeLv } from "./schemas.ts";

/** What the plugin puts in a `step_amount` token's meta. */
export interface StepAmountMeta {
  product: string;
  /** False when the link text held more than words (emphasis, code …). */
  plain: boolean;
}

/**
 * markdown-it plugin: a link whose target starts with "=" (`[750 ml](=udens)`) becomes one `step_amount` token whose
 * content is the link text and whose meta names the product. Other links stay links.
 */
export function stepAmountSyntax(md: MarkdownIt): void {
  md.core.ruler.after("inline", "step_amount", (state) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      const children = block.children;
      const out: Token[] = [];
      for (let index = 0; index < children.length; index += 1) {
        const token = children[index]!;
        const href = token.type === "link_open" ? token.attrGet("href") : null;
        if (href === null || !href.startsWith(STEP_AMOUNT_PREFIX)) {
          out.push(token);
          continue;
        }
        let text = "";
        let plain = true;
        // Links do not nest, so the first link_close ends this one.
        for (index += 1; index < children.length && children[index]!.type !== "link_close"; index += 1) {
          const inner = children[index]!;
          if (inner.type === "text") text += inner.content;
          else if (inner.type === "softbreak") text += " ";
          else plain = false;
        }
        const amount = new state.Token("step_amount", "span", 0);
        amount.content = text;
        amount.meta = { product: decodeURIComponent(href.slice(STEP_AMOUNT_PREFIX.length)), plain } satisfies StepAmountMeta;
        out.push(amount);
      }
      block.children = out;
    }
    return true;
  });
}

/** One amount a step names, where it is in the body (0-based line), and which step (1-based) it is in. */
export interface StepAmountRef {
  step: number;
  line: number;
  text: string;
  product: string;
  plain: boolean;
}

const reader = new MarkdownIt({ html: false }).use(stepAmountSyntax);

/** Every `[amount](=product)` of a recipe body, in order, with its step and line; `tokens`: the body already parsed with stepAmountSyntax. */
export function findStepAmounts(body: string, tokens: readonly Token[] = reader.parse(body, {})): StepAmountRef[] {
  const lines = body.split("\n");
  const refs: StepAmountRef[] = [];
  let depth = 0;
  let step = 0;
  for (const token of tokens) {
    if (token.type === "ordered_list_open" || token.type === "bullet_list_open") depth += 1;
    if (token.type === "ordered_list_close" || token.type === "bullet_list_close") depth -= 1;
    if (token.type === "list_item_open" && depth === 1) step += 1;
    if (token.type !== "inline") continue;
    const [from = 0, to = from + 1] = token.map ?? [];
    let line = from;
    for (const child of token.children ?? []) {
      if (child.type !== "step_amount") continue;
      const meta = child.meta as StepAmountMeta;
      const target = `](${STEP_AMOUNT_PREFIX}${meta.product}`;
      // The block's first line holding this reference, at or after the previous one's.
      for (let candidate = line; candidate < to; candidate += 1) {
        if (lines[candidate]?.includes(target)) {
          line = candidate;
          break;
        }
      }
      refs.push({ step, line, text: child.content, product: meta.product, plain: meta.plain });
    }
  }
  return refs;
}

/** Why an amount's words cannot be read, with the fix. */
function amountMessage(problem: StepAmountProblem, ref: StepAmountRef, locale: Locale): string {
  const units = Object.keys(STEP_UNIT_WORDS[locale]).join(", ");
  switch (problem.code) {
    case "not-an-amount":
      return `"${ref.text}" in [${ref.text}](=${ref.product}) is not an amount — write a number, a space and a unit, e.g. [750 ml](=${ref.product})`;
    case "decimal-sign":
      return `"${ref.text}" — write decimals with "${problem.sign}" in this language (e.g. ${locale === "lv" ? "1,5 l" : "1.5 l"})`;
    case "unknown-unit":
      return `unknown unit "${problem.unit}" in [${ref.text}](=${ref.product}) — a step can scale only ${units} (words that stay the same for every number); write the amount in one of them or as plain text`;
  }
}

export interface StepAmountFiles {
  lv: Text<RecipeLv>;
  en: Text<RecipeEn>;
  /** Every product file's id, valid or not. */
  productIds: readonly string[];
  /** The products whose files are valid. */
  products: readonly Product[];
}

/**
 * Checks every step amount of both files: its words read as an amount, its product exists and is an ingredient of this
 * recipe with a quantity, the unit turns into grams and the amount is not more than the ingredient list has; and (when both
 * files have the same number of steps) the English steps give the same amounts as the Latvian ones, step for step.
 */
export function checkStepAmounts({ lv, en, productIds, products }: StepAmountFiles): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ingredients = lv.data.ingredients;
  const ingredientIds = ingredients.map((line) => line.product);
  // Per language and step: each readable amount as "product grams", and where it is written.
  const amounts: Record<Locale, { step: number; key: string; written: string; line: number }[]> = { lv: [], en: [] };
  for (const [locale, file] of [["lv", lv], ["en", en]] as const) {
    for (const ref of file.amounts) {
      const at = { file: file.file, line: file.bodyLine + ref.line, field: "body" };
      const problem = (message: string) => void issues.push({ ...at, message: `step ${ref.step}: ${message}` });
      if (!ref.plain) {
        problem(`[${ref.text}](=${ref.product}) may hold only the amount, as plain text — remove the formatting inside the brackets`);
        continue;
      }
      const parsed = parseStepAmount(ref.text, locale);
      if (!parsed.ok) {
        problem(amountMessage(parsed.problem, ref, locale));
        continue;
      }
      if (!productIds.includes(ref.product)) {
        problem(`unknown product "${ref.product}" in [${ref.text}](=${ref.product})${didYouMean(ref.product, ingredientIds) || didYouMean(ref.product, productIds) || ` — use the id of one of this recipe's ingredients: ${ingredientIds.join(", ")}`}`);
        continue;
      }
      const line = ingredients.find((ingredient) => ingredient.product === ref.product);
      if (!line) {
        problem(`"${ref.product}" is not an ingredient of this recipe — add it to ingredients in ${lv.file}, or refer to one of: ${ingredientIds.join(", ")}`);
        continue;
      }
      if (line.qty === undefined) {
        problem(`"${ref.product}" is "${line.unit}" in the ingredients, so a step cannot give it an amount — give it a qty and a unit in ingredients, or write the step without an amount`);
        continue;
      }
      const product = products.find((candidate) => candidate.id === ref.product);
      if (!product) continue;
      const grams = gramsOf(parsed.amount, ref.product, product);
      const listed = toGrams(line, product);
      if (!grams.ok) {
        problem(`[${ref.text}](=${ref.product}): ${gramsMessage(grams.problem, { product: ref.product, unit: parsed.amount.unit, qty: parsed.amount.qty })}`);
        continue;
      }
      if (listed.ok && grams.grams > listed.grams * 1.005) problem(`[${ref.text}](=${ref.product}) is more than the ingredients list (${line.qty} ${line.unit}) — correct the amount in the step or in ingredients`);
      amounts[locale].push({ step: ref.step, key: `${ref.product} ${Math.round(grams.grams * 1000) / 1000}`, written: `[${ref.text}](=${ref.product})`, line: at.line });
    }
  }
  // With different numbers of steps, the step count is the problem to fix first (cross-checks.ts reports it).
  if (lv.steps !== en.steps) return issues;
  const steps = new Set([...amounts.lv, ...amounts.en].map((amount) => amount.step));
  for (const step of [...steps].sort((a, b) => a - b)) {
    const lvAmounts = amounts.lv.filter((amount) => amount.step === step);
    const enAmounts = amounts.en.filter((amount) => amount.step === step);
    const sameAmounts = (list: typeof lvAmounts) => list.map((amount) => amount.key).sort().join(", ");
    if (sameAmounts(lvAmounts) === sameAmounts(enAmounts)) continue;
    const written = (list: typeof lvAmounts) => list.map((amount) => amount.written).join(" ") || "no amount";
    issues.push({ file: en.file, line: enAmounts[0]?.line ?? en.bodyLine, field: "body", message: `step ${step} gives ${written(enAmounts)}, but the Latvian step ${step} gives ${written(lvAmounts)} — give the same amounts of the same products in both languages` });
  }
  return issues;
}

function gramsOf(amount: StepAmount, id: string, product: Product) {
  return toGrams({ product: id, qty: amount.qty, unit: amount.unit }, product);
}
