// A recipe's words per language, from its two files: the Latvian file's text fields and notes, the English file's fields, each with its steps. Pure.
import type { Locale } from "../kitchen/vocabulary.ts";
import type { RecipeEn, RecipeLv } from "./schemas.ts";

/** A recipe's words in one language: the Latvian file's text fields or the English file's, and the steps. */
export interface RecipeText { title: string; summary: string; imageAlt: string; tip?: string; safety?: string; ingredientNotes: Record<string, string>; body: string }

export function recipeTexts(lv: RecipeLv, lvBody: string, en: RecipeEn, enBody: string): Record<Locale, RecipeText> {
  const { title, summary, imageAlt, tip, safety, ingredients } = lv;
  const notes = Object.fromEntries(ingredients.filter((line) => line.note).map((line) => [line.product, line.note!]));
  return { lv: { title, summary, imageAlt, tip, safety, ingredientNotes: notes, body: lvBody }, en: { ...en, body: enBody } };
}
