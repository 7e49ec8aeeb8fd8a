// The handbook's "To photocopy" part: every page a course leader copies (handouts, recipe cards with picture steps, feedback forms, the masters of content/masters/), grouped by the lesson that first uses it.
import path from "node:path";
import { formatNumber, lineWords, toGrams } from "../kitchen/index.ts";
import type { Locale, Pictogram } from "../kitchen/vocabulary.ts";
import type { Content, Master, Recipe } from "../content/load.ts";
import { formQuestion } from "../content/reader-text.ts";
import type { LessonView, QuestionView } from "./course.ts";
import { stepItems } from "./markdown.ts";
import { measuresKey } from "./measures.ts";
import { bookPage, ownPage, withPages, type TextPart } from "./page-text.ts";
import type { Chrome } from "./pages.ts";
import type { RecipeView } from "./recipe.ts";

interface MasterHead {
  /** The link target of its first page; each master starts on a right-hand page. */
  anchor: string;
  /** The line above its title: lesson and kind, so a copy says where it belongs. */
  kicker: string;
  title: string;
  /** How the contents and the lesson plans name it. */
  entry: string;
  /** The content file its words come from, for a note when it takes more than one sheet. */
  source: string;
}

export type MasterView = MasterHead &
  (
    | { kind: "handout"; html: string }
    | { kind: "feedback"; intro: string; questions: QuestionView[] }
    | { kind: "card"; recipe: RecipeView; steps: { html: string; pictogram: Pictogram }[]; more: TextPart[] }
    | { kind: "questions"; intro: string; questions: QuestionView[] }
    | { kind: "table"; intro: string; columns: string[]; rows: string[]; labelled: boolean; tickColumn: string; total: string; questions: QuestionView[] }
    | { kind: "checklist"; intro: string; skillColumn: string; columns: string[]; levels: string[]; skills: string[] }
    | { kind: "plate"; intro: string; parts: { key: string; fraction: string; label: string; examples: string }[]; note: string }
    | { kind: "measures"; intro: string; measures: { picture: string; text: string }[]; productColumn: string; unitColumns: string[]; rows: { product: string; grams: string[] }[]; note: string }
  );

export interface KitGroup { label: string; masters: MasterView[] }

export interface KitPart {
  anchor: string;
  title: string;
  /** What the part holds and how to copy it. */
  about: string[];
  groups: KitGroup[];
}

/** Where a lesson's masters are, for its plan: each with its page, and each recipe with its pages in both notebooks and its card. */
export interface LessonCopies {
  copies: { entry: string; page: TextPart[] }[];
  recipeRefs: { title: string; pages: TextPart[] }[];
}

const anchorOf = {
  part: "kit",
  handout: (lesson: number) => `kit-handout-${lesson}`,
  feedback: (lesson: number) => `kit-feedback-${lesson}`,
  card: (slug: string) => `kit-card-${slug}`,
  master: (slug: string) => `kit-${slug}`,
};

/** A string of content/i18n with its {slots} unfilled (they become page numbers). */
function template(chrome: Chrome, key: string): string {
  const value = chrome.strings[key];
  if (value === undefined) throw new Error(`content/i18n/${chrome.locale}.yaml has no "${key}" — add it to both lv.yaml and en.yaml`);
  return value;
}

/** "A5 12. lpp., lielā drukā 20. lpp.": a recipe's first page in the A5 notebook and in the large print of the same language. */
function notebookPages(chrome: Chrome, slug: string): TextPart[] {
  return withPages(template(chrome, "print.recipePages"), { a5: bookPage("a5", `recipe-${slug}`), large: bookPage("large", `recipe-${slug}`) });
}

/**
 * The part and, per lesson, where its masters and recipes are. Each lesson's group holds, in the order the lesson uses
 * them, the masters it is the first to name, its recipes' cards, its handout and its feedback form.
 */
export function kitPart(chrome: Chrome, lessons: readonly LessonView[], content: Content, recipes: ReadonlyMap<string, RecipeView>): { part: KitPart; copies: Map<number, LessonCopies> } {
  const { t } = chrome;
  const placed = new Map<string, MasterView>();
  const groups: KitGroup[] = lessons.map((lesson) => {
    const folder = path.relative(content.root, content.lessons.find((candidate) => candidate.data.number === lesson.number)!.dir).split(path.sep).join("/");
    const kicker = (what: string) => `${t("lesson.short", { number: lesson.number })} · ${what}`;
    const masters: MasterView[] = [];
    for (const slug of lesson.masters) {
      if (placed.has(slug)) continue;
      const master = masterView(chrome, content.masters.find((candidate) => candidate.slug === slug)!, content, t("lesson.short", { number: lesson.number }));
      placed.set(slug, master);
      masters.push(master);
    }
    for (const { slug } of lesson.recipes) {
      if (placed.has(anchorOf.card(slug))) continue;
      const card = cardView(chrome, recipes.get(slug)!, content.recipes.find((recipe) => recipe.slug === slug)!, kicker(t("kit.card")));
      placed.set(anchorOf.card(slug), card);
      masters.push(card);
    }
    masters.push({ kind: "handout", anchor: anchorOf.handout(lesson.number), kicker: kicker(t("lesson.handout")), title: lesson.handout.title, entry: `${t("lesson.handout")}: ${lesson.handout.title}`, source: `${folder}/handout.${chrome.locale}.md`, html: lesson.handout.html });
    masters.push({ kind: "feedback", anchor: anchorOf.feedback(lesson.number), kicker: kicker(t("lesson.feedback")), title: lesson.feedbackTitle, entry: t("lesson.feedback"), source: `${folder}/index.${chrome.locale}.md`, intro: t("print.feedbackHow"), questions: lesson.feedback });
    return { label: lesson.title, masters };
  });

  const onPage = (anchor: string) => withPages(template(chrome, "print.onPage"), { page: ownPage(anchor) });
  const copies = new Map<number, LessonCopies>();
  for (const lesson of lessons) {
    // The recipe cards are named with the recipes, so the list holds the other masters: the lesson's forms, handout and feedback form.
    const own = lesson.masters.map((slug) => placed.get(slug)!);
    const endOfLesson = groups[lessons.indexOf(lesson)]!.masters.filter((master) => master.kind === "handout" || master.kind === "feedback");
    copies.set(lesson.number, {
      copies: [...own, ...endOfLesson].map((master) => ({ entry: master.entry, page: onPage(master.anchor) })),
      recipeRefs: lesson.recipes.map(({ slug, title }) => ({
        title,
        pages: withPages(template(chrome, "print.recipeRef"), { pages: notebookPages(chrome, slug), card: ownPage(anchorOf.card(slug)) }),
      })),
    });
  }
  return { part: { anchor: anchorOf.part, title: t("kit.title"), about: [t("kit.about"), t("kit.sheets"), t("kit.copy")], groups }, copies };
}

/** A recipe card: the recipe in large print, each step beside its pictogram, and where the whole recipe is. */
function cardView(chrome: Chrome, recipe: RecipeView, source: Recipe, kicker: string): MasterView {
  const steps = stepItems(source.text[chrome.locale].body);
  const pictograms = source.data.pictograms ?? [];
  return {
    kind: "card",
    anchor: anchorOf.card(recipe.slug),
    kicker,
    title: recipe.title,
    entry: `${chrome.t("kit.card")}: ${recipe.title}`,
    source: `content/recipes/${recipe.slug}/index.${chrome.locale}.md`,
    recipe,
    steps: steps.map((html, index) => ({ html, pictogram: pictograms[index]! })),
    more: withPages(template(chrome, "kit.cardMore"), { pages: notebookPages(chrome, recipe.slug) }),
  };
}

const questions = (items: readonly string[] | undefined): QuestionView[] => (items ?? []).map(formQuestion);

/** A master of content/masters/ in the chrome's language. */
function masterView(chrome: Chrome, master: Master, content: Content, lessonLabel: string): MasterView {
  const { locale } = chrome;
  const data = master.data;
  const text = master.text[locale] as typeof data;
  const head = { anchor: anchorOf.master(master.slug), kicker: lessonLabel, title: text.title, entry: text.title, source: `content/masters/${master.slug}.${locale}.yaml` };
  const intro = text.intro ?? "";
  switch (data.kind) {
    case "questions": {
      const words = text as typeof data;
      return { ...head, kind: "questions", intro, questions: questions(words.questions) };
    }
    case "table": {
      const words = text as typeof data;
      return { ...head, kind: "table", intro, columns: words.columns, rows: words.rows ?? Array.from({ length: data.blankRows ?? 0 }, () => ""), labelled: words.rows !== undefined, tickColumn: words.tickColumn ?? "", total: words.total ?? "", questions: questions(words.questions) };
    }
    case "checklist": {
      const words = text as typeof data;
      return { ...head, kind: "checklist", intro, skillColumn: words.skillColumn, columns: words.columns, levels: words.levels, skills: words.skills };
    }
    case "plate": {
      const words = text as typeof data;
      const fractions = { vegetables: "½", grains: "¼", protein: "¼" } as const;
      return { ...head, kind: "plate", intro, parts: (["vegetables", "grains", "protein"] as const).map((key) => ({ key, fraction: fractions[key], ...words.parts[key] })), note: words.note ?? "" };
    }
    case "measures": {
      const words = text as typeof data;
      return { ...head, kind: "measures", intro, ...measuresTable(chrome.strings, locale, data.products, content), productColumn: words.productColumn, note: words.note };
    }
  }
}

/** The four measures with their pictures, and how many grams of each listed product a glass and the spoons hold (from the product files, which give their sources). */
function measuresTable(strings: Record<string, string>, locale: Locale, products: readonly string[], content: Content): { measures: { picture: string; text: string }[]; unitColumns: string[]; rows: { product: string; grams: string[] }[] } {
  const { words } = lineWords(strings, locale);
  const one = locale === "lv" ? "nomSg" : "sg";
  const units = ["glāze", "ēdamkarote", "tējkarote"] as const;
  const pictures = ["glass", "tablespoon", "teaspoon", "pinch"];
  return {
    measures: measuresKey(strings, locale).map((text, index) => ({ picture: pictures[index]!, text })),
    unitColumns: units.map((unit) => `1 ${words.units[unit][one] ?? ""}`),
    rows: products.map((id) => {
      const product = content.products.find((candidate) => candidate.id === id)!;
      const grams = units.map((unit) => {
        const result = toGrams({ product: id, qty: 1, unit }, product);
        return result.ok ? `${formatNumber(result.grams, locale, { maximumFractionDigits: result.grams < 10 ? 1 : 0 })} g` : "—";
      });
      return { product: product.name[locale], grams };
    }),
  };
}
