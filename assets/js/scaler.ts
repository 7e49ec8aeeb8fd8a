// The servings scaler on recipe pages: ingredient lines, amounts in the steps, the cost and the servings fact for another number of servings, with the kitchen engine's own scaling, rounding and ingredient-line grammar.
import { scaledCost } from "../../scripts/kitchen/cost.ts";
import { formatEur } from "../../scripts/kitchen/format.ts";
import { ingredientLine } from "../../scripts/kitchen/lines.ts";
import { scaleQty } from "../../scripts/kitchen/scale.ts";
import { stepAmountText } from "../../scripts/kitchen/step-amounts.ts";
import type { UnitCode } from "../../scripts/kitchen/types.ts";
import type { ScalerData } from "../../scripts/present/recipe.ts";
import { fill } from "../../scripts/present/strings.ts";

/**
 * Rewrites one ingredient line for its scaled quantity (exact: the recipe's own servings, shown as written). The one place
 * here that words a line: "2 bietes" for 4 becomes "1 biete" for 2, the words following the number.
 */
function showLine(item: HTMLElement, line: ScalerData["lines"][number], qty: number, exact: boolean, data: ScalerData): void {
  const built = ingredientLine({ qty, unit: line.unit, note: line.note }, { [data.locale]: line.forms }, data.locale, data.words, { exact });
  for (const part of ["qty", "unit", "name"] as const) {
    const element = item.querySelector(`.${part}`);
    if (element) element.textContent = part === "qty" ? built.amount : built[part];
  }
}

function start(): void {
  const article = document.querySelector<HTMLElement>(".recipe");
  const dataElement = document.getElementById("scaler-data");
  const box = document.querySelector<HTMLElement>(".scaler");
  const input = box?.querySelector<HTMLInputElement>("input");
  if (!article || !dataElement || !box || !input) return;
  const data = JSON.parse(dataElement.textContent ?? "{}") as ScalerData;
  const { locale } = data;
  const items = [...article.querySelectorAll<HTMLElement>(".ingredients li")];
  const stepAmounts = [...article.querySelectorAll<HTMLElement>(".steps .amount[data-qty][data-unit]")];
  const status = article.querySelector<HTMLElement>("[data-scaled-status]");
  const text = (selector: string, value: string) => article.querySelectorAll(selector).forEach((element) => void (element.textContent = value));

  const show = (servings: number, announce: boolean) => {
    const safe = Math.min(data.max, Math.max(data.min, Math.round(servings) || data.servings));
    const exact = safe === data.servings;
    input.value = String(safe);
    data.lines.forEach((line, index) => {
      const item = items[index];
      if (item && line.qty !== null) showLine(item, line, scaleQty(line.qty, data.servings, safe), exact, data);
    });
    for (const element of stepAmounts) {
      element.textContent = stepAmountText({ qty: Number(element.dataset.qty), unit: element.dataset.unit as UnitCode }, locale, data.servings, safe);
    }
    const cost = scaledCost(data.lines, data.servings, safe);
    const eur = (value: number) => formatEur(value, locale);
    text('[data-cost="total"]', eur(cost.totalEur));
    text('[data-cost="perServing"]', eur(cost.perServingEur));
    text('[data-cost="extraPerServing"]', eur(cost.extraPerServingEur));
    text('[data-cost="sentence"]', fill(data.costSentence, { total: eur(cost.totalEur), extra: eur(cost.extraPerServingEur) }));
    text('[data-fact="servings"]', String(safe));
    if (announce && status) status.textContent = fill(status.dataset.words ?? "", { servings: safe });
  };
  input.addEventListener("change", () => show(Number(input.value), true));
  box.querySelectorAll<HTMLButtonElement>("button[data-step]").forEach((button) => {
    button.addEventListener("click", () => show(Number(input.value) + Number(button.dataset.step), true));
  });
}

start();
