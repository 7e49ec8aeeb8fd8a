// A plan view as plain text for the terminal: the week, what is left of the package, the shopping list, nutrition.
import type { PlanView } from "./view.ts";

export function planText(view: PlanView): string {
  const lines = [view.title, view.source, view.household, ""];
  for (const day of view.days) {
    lines.push(day.label);
    for (const meal of day.meals) lines.push(`  ${meal.meal}: ${meal.title} — ${meal.servings}`);
  }
  lines.push("", `${view.stock.title}:`);
  for (const line of view.stock.lines) lines.push(`  ${line.name}: ${line.text}`);
  lines.push("", `${view.shopping.title}:`);
  if (view.shopping.empty) lines.push(`  ${view.shopping.empty}`);
  for (const line of view.shopping.lines) lines.push(`  ${line.name}: ${line.text}`);
  lines.push(view.shopping.total);
  if (view.toTaste) lines.push(view.toTaste);
  if (view.shortlist) lines.push(view.shortlist);
  lines.push("", `${view.nutrition.title}:`, `  ${view.nutrition.energy}`, `  ${view.nutrition.salt}`);
  return `${lines.join("\n")}\n`;
}

export function blockedText(view: { title: string; reasons: string[] }): string {
  return `${[view.title, ...view.reasons.map((reason) => `  – ${reason}`)].join("\n")}\n`;
}
