// The servings scaler on recipe pages: ingredient lines, amounts in the steps, the cost and the servings fact for another number of servings, rounded by the kitchen engine's own code.
import { scaledCost } from "../../scripts/kitchen/cost.ts";
import { formatEur } from "../../scripts/kitchen/format.ts";
import { displayQuantity, scaleQty } from "../../scripts/kitchen/scale.ts";
import { stepAmountText } from "../../scripts/kitchen/step-amounts.ts";
import type { Locale, UnitCode } from "../../scripts/kitchen/types.ts";
import type { ScalerData } from "../../scripts/present/recipe.ts";
import { fill } from "../../scripts/present/strings.ts";

type Line = ScalerData["lines"][number];

/**
 * Writes one ingredient line for its scaled quantity (exact: the recipe's own servings, shown as written). The one place
 * here that words an ingredient line: a line builder that also changes the product's word form plugs in here.
 */
function showLine(item: HTMLElement, line: Line, qty: number | undefined, exact: boolean, locale: Locale): void {
  const shown = displayQuantity(qty, line.unit, locale, { exact });
  const amount = item.querySelector(".qty");
  const unit = item.querySelector(".unit");
  if (amount) amount.textContent = shown.amount;
  if (unit) unit.textContent = shown.unit;
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
      if (item) showLine(item, line, line.qty === null ? undefined : scaleQty(line.qty, data.servings, safe), exact, locale);
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
  box.hidden = false;
  input.addEventListener("change", () => show(Number(input.value), true));
  box.querySelectorAll<HTMLButtonElement>("button[data-step]").forEach((button) => {
    button.addEventListener("click", () => show(Number(input.value) + Number(button.dataset.step), true));
  });
}

start();
