// The servings scaler on recipe pages: the kitchen engine's own scaling and ingredient-line grammar, run in the browser.
import { ingredientLine } from "../../scripts/kitchen/lines.ts";
import { scaleQty } from "../../scripts/kitchen/scale.ts";
import type { ScalerData } from "../../scripts/present/recipe.ts";

function start(): void {
  const article = document.querySelector<HTMLElement>(".recipe");
  const dataElement = document.getElementById("scaler-data");
  const box = document.querySelector<HTMLElement>(".scaler");
  const input = box?.querySelector<HTMLInputElement>("input");
  if (!article || !dataElement || !box || !input) return;
  const data = JSON.parse(dataElement.textContent ?? "{}") as ScalerData;
  const items = [...article.querySelectorAll<HTMLElement>(".ingredients li")];

  const show = (servings: number) => {
    const safe = Math.min(data.max, Math.max(data.min, Math.round(servings) || data.servings));
    input.value = String(safe);
    data.lines.forEach((line, index) => {
      const item = items[index];
      if (!item || line.qty === null) return;
      const qty = scaleQty(line.qty, data.servings, safe);
      // "2 bietes" for 4 becomes "1 biete" for 2: the words follow the number.
      const built = ingredientLine({ qty, unit: line.unit, note: line.note }, { [data.locale]: line.forms }, data.locale, data.words, { exact: safe === data.servings });
      for (const part of ["qty", "unit", "name"] as const) {
        const element = item.querySelector(`.${part}`);
        if (element) element.textContent = part === "qty" ? built.amount : built[part];
      }
    });
  };
  box.hidden = false;
  input.addEventListener("change", () => show(Number(input.value)));
  box.querySelectorAll<HTMLButtonElement>("button[data-step]").forEach((button) => {
    button.addEventListener("click", () => show(Number(input.value) + Number(button.dataset.step)));
  });
}

start();
