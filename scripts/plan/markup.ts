// A plan view as HTML, the one markup of a week menu: the site's page (its example and its script), its print and the PDF of `npm run plan`.
import type { PlanView } from "./view.ts";

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export interface PlanMarkupOptions {
  /** The address of a recipe's page. */
  recipeUrl: (slug: string) => string;
  /** Extra line under the title (the page's "this is an example"), or null. */
  note?: string | null;
}

/** The week menu: the grid of days × meals (a table with headers, each dish a link), the shopping list and its cost, the package products, nutrition. */
export function planHtml(view: PlanView, options: PlanMarkupOptions): string {
  const e = escapeHtml;
  const meals = view.days[0]?.meals.map((meal) => meal.meal) ?? [];
  const lines = (items: readonly { name: string; text: string }[]) => items.map((line) => `<li><span class="plan-name">${e(line.name)}</span> ${e(line.text)}</li>`).join("");
  const grid = [
    `<div class="plan-grid-wrap"><table class="plan-grid">`,
    `<caption class="visually-hidden">${e(view.title)}</caption>`,
    `<thead><tr><td></td>${meals.map((meal) => `<th scope="col">${e(meal)}</th>`).join("")}</tr></thead>`,
    `<tbody>`,
    ...view.days.map(
      (day) =>
        `<tr><th scope="row">${e(day.label)}</th>${day.meals.map((meal) => `<td data-meal="${e(meal.meal)}"><a href="${e(options.recipeUrl(meal.recipe))}">${e(meal.title)}</a> <span class="plan-servings">${e(meal.servings)}</span></td>`).join("")}</tr>`,
    ),
    `</tbody></table></div>`,
  ].join("");
  const shopping = [
    `<section class="plan-part plan-shopping" aria-labelledby="plan-shopping-title">`,
    `<h3 id="plan-shopping-title">${e(view.shopping.title)}</h3>`,
    view.shopping.empty ? `<p>${e(view.shopping.empty)}</p>` : `<ul class="plan-lines">${lines(view.shopping.lines)}</ul>`,
    `<p class="plan-total">${e(view.shopping.total)}</p>`,
    view.toTaste ? `<p>${e(view.toTaste)}</p>` : "",
    view.shortlist ? `<p>${e(view.shortlist)}</p>` : "",
    `</section>`,
  ].join("");
  const stock =
    view.stock.lines.length === 0
      ? ""
      : [`<section class="plan-part plan-stock" aria-labelledby="plan-stock-title">`, `<h3 id="plan-stock-title">${e(view.stock.title)}</h3>`, `<ul class="plan-lines">${lines(view.stock.lines)}</ul>`, `</section>`].join("");
  const nutrition = [
    `<section class="plan-part plan-nutrition" aria-labelledby="plan-nutrition-title">`,
    `<h3 id="plan-nutrition-title">${e(view.nutrition.title)}</h3>`,
    `<ul class="plan-lines"><li>${e(view.nutrition.energy)}</li><li>${e(view.nutrition.salt)}</li></ul>`,
    `</section>`,
  ].join("");
  return [
    `<section class="plan" aria-labelledby="plan-title">`,
    `<h2 id="plan-title">${e(view.title)}</h2>`,
    `<p class="plan-facts">${e(view.source)} · ${e(view.household)}</p>`,
    options.note ? `<p class="plan-note">${e(options.note)}</p>` : "",
    grid,
    `<div class="plan-parts">${shopping}<div class="plan-side">${stock}${nutrition}</div></div>`,
    `</section>`,
  ].join("\n");
}

/** Why no plan fits: a heading and one sentence per reason. */
export function blockedHtml(view: { title: string; reasons: readonly string[] }): string {
  const reasons = view.reasons.length === 0 ? "" : `<ul class="plan-reasons">${view.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join("")}</ul>`;
  return `<section class="plan plan-blocked" aria-labelledby="plan-title">\n<h2 id="plan-title">${escapeHtml(view.title)}</h2>\n${reasons}\n</section>`;
}
