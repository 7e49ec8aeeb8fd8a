// Checks on the handbook's masters and what lessons ask of them: translations item for item, lessons naming masters that exist, picture steps for the lessons' recipes.
import { toGrams } from "../kitchen/units.ts";
import { PICTOGRAMS, PRODUCT_PICTURES } from "../kitchen/vocabulary.ts";
import { didYouMean, fieldPath, type ContentIssue } from "./issues.ts";
import type { Product } from "./load.ts";
import { unknownProduct } from "./messages.ts";
import { formQuestion } from "./reader-text.ts";
import type { LessonEn, LessonLv, MasterEn, MasterLv, RecipeLv } from "./schemas.ts";

/** A YAML or Markdown file as the checks point into it. */
interface Located<T> {
  data: T;
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Fields of a master that are structure, given once in the Latvian file. */
const STRUCTURE = new Set(["kind", "blankRows", "products"]);

/**
 * The English file of a master against the Latvian one: the same text fields, lists of the same length, and each
 * question answered the same way (a question with faces in Latvian has them in English too).
 */
export function checkMasterTranslation(lv: Located<MasterLv>, en: Located<MasterEn>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const lvFields = lv.data as Record<string, unknown>;
  const enFields = en.data as Record<string, unknown>;
  for (const key of Object.keys(lvFields).filter((name) => !STRUCTURE.has(name))) {
    if (!(key in enFields)) issues.push({ file: en.file, line: en.lineOf([]), field: key, message: `is in ${lv.file} but not here — add the English` });
  }
  for (const key of Object.keys(enFields)) {
    if (!(key in lvFields)) issues.push({ file: en.file, line: en.lineOf([key]), field: key, message: `is not in ${lv.file} — remove it, or add the Latvian there` });
  }
  for (const [key, value] of Object.entries(lvFields)) {
    const other = enFields[key];
    if (!Array.isArray(value) || !Array.isArray(other)) continue;
    issues.push(...sameItems(key, value as string[], other as string[], lv.file, en));
  }
  return issues;
}

/** A lesson's feedback questions are answered the same way in both languages. */
export function checkLessonAnswers(lv: Located<LessonLv>, en: Located<LessonEn>): ContentIssue[] {
  return lv.data.feedback.length === en.data.feedback.length ? sameItems("feedback", lv.data.feedback, en.data.feedback, lv.file, en) : [];
}

/** Lists of the same length (item for item); for questions, each answered the same way. */
function sameItems(key: string, lvItems: readonly string[], enItems: readonly string[], lvFile: string, en: Omit<Located<unknown>, "data">): ContentIssue[] {
  if (lvItems.length !== enItems.length) return [{ file: en.file, line: en.lineOf([key]), field: key, message: `has ${enItems.length} items, the Latvian file has ${lvItems.length} — translate item for item` }];
  if (key !== "questions" && key !== "feedback") return [];
  return lvItems.flatMap((item, index) => {
    const [want, got] = [formQuestion(item).answer, formQuestion(enItems[index]!).answer];
    if (want === got) return [];
    return [{ file: en.file, line: en.lineOf([key, index]), field: fieldPath([key, index]), message: `is answered ${ANSWER_WORDS[got]}, but in ${lvFile} ${ANSWER_WORDS[want]} — end it with ${ENGLISH_HINTS[want]}` }];
  });
}

const ANSWER_WORDS = { faces: "with faces", choice: "with yes / maybe / no", yesno: "with yes / no", drawing: "with a drawing", line: "on one line", open: "in writing" } as const;
const ENGLISH_HINTS = { faces: '"(smiley scale)"', choice: '"(yes / maybe / no)"', yesno: '"(yes / no)"', drawing: '"(drawing)"', line: '"(one line)"', open: "no hint (it is then answered on writing lines)" } as const;

/** The products of a measures card exist and say how much a glass of them weighs. */
export function checkMeasuresProducts(lv: Located<MasterLv>, productIds: readonly string[], products: readonly Product[]): ContentIssue[] {
  if (lv.data.kind !== "measures") return [];
  return lv.data.products.flatMap((id, index): ContentIssue[] => {
    const where = { file: lv.file, line: lv.lineOf(["products", index]), field: `products[${index}]` };
    if (!productIds.includes(id)) return [{ ...where, message: unknownProduct(id, productIds) }];
    const product = products.find((candidate) => candidate.id === id);
    if (product && !toGrams({ product: id, qty: 1, unit: "glāze" }, product).ok) return [{ ...where, message: `content/products/${id}.yaml gives no weight for a glass — add units.gramsPerGlass (or units.densityGPerMl) with its source, or take the product off the card` }];
    return [];
  });
}

/** The products of a picture-cards master exist and have a drawing. */
export function checkCardProducts(lv: Located<MasterLv>, productIds: readonly string[]): ContentIssue[] {
  if (lv.data.kind !== "cards") return [];
  const drawn: readonly string[] = PRODUCT_PICTURES;
  return lv.data.products.flatMap((id, index): ContentIssue[] => {
    const where = { file: lv.file, line: lv.lineOf(["products", index]), field: `products[${index}]` };
    if (!productIds.includes(id)) return [{ ...where, message: unknownProduct(id, productIds) }];
    if (!drawn.includes(id)) return [{ ...where, message: `"${id}" has no drawing for the cards yet — use one of: ${drawn.join(", ")}; or add a drawing as assets/pictograms/products/${id}.svg and "${id}" to PRODUCT_PICTURES in scripts/kitchen/vocabulary.ts` }];
    return [];
  });
}

/**
 * Every master a lesson names exists, and every master is used by some lesson (else the handbook would not know where to
 * print it); the second only when `allLessons` were read, so a broken lesson file does not make its masters look unused.
 */
export function checkLessonMasters(lessons: readonly Located<LessonLv>[], masters: readonly { slug: string; file: string }[], allLessons: boolean): ContentIssue[] {
  const slugs = masters.map((master) => master.slug);
  const issues: ContentIssue[] = [];
  for (const lesson of lessons) {
    lesson.data.masters.forEach((slug, index) => {
      if (!slugs.includes(slug)) issues.push({ file: lesson.file, line: lesson.lineOf(["masters", index]), field: `masters[${index}]`, message: `unknown master "${slug}"${didYouMean(slug, slugs) || " — use the file name (without .lv.yaml) of a master in content/masters/"}` });
    });
  }
  for (const master of allLessons ? masters : []) {
    if (!lessons.some((lesson) => lesson.data.masters.includes(master.slug))) issues.push({ file: master.file, field: "", message: `no lesson uses this master — add "${master.slug}" to the masters of the lesson that needs it (content/lessons/<nn-slug>/index.lv.md), so the handbook prints it with that lesson` });
  }
  return issues;
}

/** A recipe cooked in a lesson has one pictogram per step, for its card in the handbook. */
export function checkPictograms(recipe: Located<RecipeLv> & { steps: number; lessonFile?: string }): ContentIssue[] {
  const { pictograms } = recipe.data;
  if (!pictograms) {
    if (!recipe.lessonFile) return [];
    return [{ file: recipe.file, line: recipe.lineOf([]), field: "pictograms", message: `is missing — ${recipe.lessonFile} cooks this recipe, and its card in the handbook shows a picture for each of its ${recipe.steps} steps; add pictograms: [ … ] with one of ${PICTOGRAMS.join(", ")} per step` }];
  }
  if (pictograms.length === recipe.steps) return [];
  return [{ file: recipe.file, line: recipe.lineOf(["pictograms"]), field: "pictograms", message: `has ${pictograms.length} pictograms, but the recipe has ${recipe.steps} steps — give one pictogram per step, in the order of the steps` }];
}
