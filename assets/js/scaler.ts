// The servings scaler on recipe pages: the kitchen engine's own scaleLines, run in the browser.
import { scaleLines } from "../../scripts/kitchen/scale.ts";
import type { IngredientLine, Locale } from "../../scripts/kitchen/types.ts";
import type { ScalerData } from "../../scripts/present/recipe.ts";

function start(): void {
  const article = document.querySelector<HTMLElement>(".recipe");
  const dataElement = document.getElementById("scaler-data");
  const box = document.querySelector<HTMLElement>(".scaler");
  const input = box?.querySelector<HTMLInputElement>("input");
  if (!article || !dataElement || !box || !input) return;
  const data = JSON.parse(dataElement.textContent ?? "{}") as ScalerData;
  const locale = (document.documentElement.lang === "en" ? "en" : "lv") as Locale;
  const lines: IngredientLine[] = data.lines.map((line) => (line.qty === null ? { product: "", unit: line.unit } : { product: "", unit: line.unit, qty: line.qty }));
  const cells = [...article.querySelectorAll<HTMLElement>(".ingredients li")];

  const show = (servings: number) => {
    const safe = Math.min(data.max, Math.max(data.min, Math.round(servings) || data.servings));
    input.value = String(safe);
    scaleLines(lines, data.servings, safe).forEach((line, index) => {
      const cell = cells[index];
      if (!cell) return;
      const qty = cell.querySelector(".qty");
      const unit = cell.querySelector(".unit");
      if (qty) qty.textContent = line.display[locale].amount;
      if (unit) unit.textContent = line.display[locale].unit;
    });
  };
  box.hidden = false;
  input.addEventListener("change", () => show(Number(input.value)));
  box.querySelectorAll<HTMLButtonElement>("button[data-step]").forEach((button) => {
    button.addEventListener("click", () => show(Number(input.value) + Number(button.dataset.step)));
  });
}

start();
