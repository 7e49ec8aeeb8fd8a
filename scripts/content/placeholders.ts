// Placeholders that `npm run new` writes into a skeleton, and what the check tells an editor to write in place of each.
import { EQUIPMENT, MEALS, UNIT_CODES } from "../kitchen/vocabulary.ts";

/** The word a skeleton puts where an editor still has to write something: Latvian files, English files. */
export const PLACEHOLDER = { lv: "AIZPILDI", en: "FILL IN" } as const;

const MARKER = /\b(?:AIZPILDI|FILL IN)\b/;

/** Whether a text still holds a placeholder. */
export function isPlaceholder(text: string): boolean {
  return MARKER.test(text);
}

/** `still says AIZPILDI — write how many servings …`: the message for a placeholder left in `file` at `field`. */
export function placeholderMessage(text: string, file: string, field: string): string {
  return `still says ${MARKER.exec(text)?.[0] ?? PLACEHOLDER.lv} — ${whatToWrite(file, field)}`;
}

type Kind = "recipe" | "lesson" | "handout" | "other";

const WHAT_TO_WRITE: Record<string, string> = {
  "recipe.title": "write the name of the dish",
  "recipe.summary": "write one sentence about the dish: what it is and why it is good",
  "recipe.servings": "write how many servings the recipe makes, a whole number such as 4",
  "recipe.time.prep": "write the minutes of preparation (washing, cutting, mixing), a whole number such as 10",
  "recipe.time.cook": "write the minutes on the stove or in the oven, a whole number such as 20 (0 when nothing is cooked)",
  "recipe.meal": `write one of: ${MEALS.join(", ")}`,
  "recipe.equipment[]": `write what is needed: ${EQUIPMENT.join(", ")} (several as [stove, oven])`,
  "recipe.image": "upload the picture into this recipe's folder and write its file name here, such as griku-placenisi.jpg",
  "recipe.imageAlt": "describe the picture in one sentence for readers who cannot see it",
  "recipe.ingredients[].product": "write a product id: a file name in content/products/ without .yaml, such as griki",
  "recipe.ingredients[].qty": 'write how much, a number such as 400 (remove qty when the unit is "pēc garšas")',
  "recipe.ingredients[].unit": `write one of: ${UNIT_CODES.join(", ")}`,
  "recipe.ingredients[].note": "write a short note such as smalki sagriezts, or remove the note",
  "recipe.tip": "write a short tip, or remove the line",
  "recipe.safety": "write a short safety note, or remove the line",
  "recipe.body": "write the steps as a numbered list (1. …, 2. …), one action in each step",
  "lesson.title": "write the lesson's title",
  "lesson.goal": "write the lesson's goal in one sentence",
  "lesson.objectives[]": "write what the participants will be able to do after the lesson, one item per line",
  "lesson.duration": "write the lesson's length in minutes, such as 120 (the agenda's minutes must add up to it)",
  "lesson.groupSize.min": "write the smallest group the lesson works for, such as 4",
  "lesson.groupSize.max": "write the largest group the lesson works for, such as 8",
  "lesson.equipment[]": "write the kitchen equipment the lesson needs, one item per line",
  "lesson.materials[]": "write the materials to bring (products, handouts, cards), one item per line",
  "lesson.preparation[]": "write what the leader does before the lesson, one item per line",
  "lesson.agenda[].minutes": "write how many minutes this part takes, such as 15",
  "lesson.agenda[].activity": "write what happens in this part of the lesson",
  "lesson.agenda[]": "write what happens in this part of the lesson, in the same order as the Latvian file",
  "lesson.recipes[]": "write the folder name of a recipe cooked in the lesson (from content/recipes/), or leave the list empty: []",
  "lesson.discussion[]": "write a question for the talk after cooking, one per line",
  "lesson.adaptations.visual[]": "write how the lesson helps participants who see poorly",
  "lesson.adaptations.motor[]": "write how the lesson helps participants whose hands or movement are weak",
  "lesson.adaptations.cognitive[]": "write how the lesson helps participants who need simpler steps",
  "lesson.feedback[]": "write a question of the feedback form, one per line",
  "lesson.body": "write the notes for the leader, or delete the placeholder line",
  "handout.title": "write the handout's title",
  "handout.body": "write the handout's text: what the participants take home",
};

/** What to write in place of a placeholder in `file` at `field` (a path such as `ingredients[0].qty`). */
export function whatToWrite(file: string, field: string): string {
  const key = `${kindOf(file)}.${field.replace(/\[\d+\]/g, "[]")}`;
  const advice = WHAT_TO_WRITE[key] ?? "replace it with your text (see CONTRIBUTING.md)";
  return file.endsWith(".en.md") ? `in English, ${advice}` : advice;
}

function kindOf(file: string): Kind {
  if (/^content\/recipes\/[^/]+\/index\.(lv|en)\.md$/.test(file)) return "recipe";
  if (/^content\/lessons\/[^/]+\/index\.(lv|en)\.md$/.test(file)) return "lesson";
  if (/^content\/lessons\/[^/]+\/handout\.(lv|en)\.md$/.test(file)) return "handout";
  return "other";
}
