// Text that readers see: finds notes addressed to editors ("šajā failā", "nomainiet", "(smaidiņu skala)"), and reads how a form's question is answered.
import type { ContentIssue } from "./issues.ts";

/** A pattern whose words must stand alone (JavaScript's \b knows only ASCII letters, and Latvian has ā, š …). */
function words(source: string, flags = "iu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

interface EditorNoteRule {
  /** What kind of note it is, as the message says it. */
  what: string;
  pattern: RegExp;
}

/** Every kind of editor's note the check looks for; one place to add another. */
export const EDITOR_NOTE_RULES: readonly EditorNoteRule[] = [
  { what: "speaks of the content file", pattern: words("(?:šajā|šo|šis|šī|šajos) (?:failā|failu|fails|faila|failos)|(?:in|from|of) this file|this (?:yaml|markdown) file") },
  { what: "tells editors what to change", pattern: words("nomainiet|papildiniet|izdzēsiet|aizpildiet šo") },
  { what: "is a note left for editors", pattern: words("TODO|FIXME|TBD|XXX", "u") },
  {
    what: "is a layout hint",
    pattern: /\(\s*(?:smaidiņu skala|smiley scale|jā\s*\/\s*varbūt\s*\/\s*nē|yes\s*\/\s*maybe\s*\/\s*no|jā\s*\/\s*nē|yes\s*\/\s*no|\d+\s+(?:rindas|rindiņas|līnijas|lines)|vieta (?:zīmējumam|rakstīšanai)|space (?:to write|for a drawing)|zīmējums|drawing|viena rinda|one line)\s*\)/iu,
  },
];

/** The editor's notes in one text, each as the words found and what kind of note they are. */
export function editorNotes(text: string): { found: string; what: string }[] {
  return EDITOR_NOTE_RULES.flatMap((rule) => {
    const match = rule.pattern.exec(text);
    return match ? [{ found: match[0], what: rule.what }] : [];
  });
}

/**
 * How a question on a form (a lesson's feedback form, a master of the handbook) is answered: faces to circle, three or
 * two words to circle, a drawing box, one line, or a few writing lines.
 */
export type AnswerKind = "faces" | "choice" | "yesno" | "drawing" | "line" | "open";

/** The answer hints an editor may end a question with, per kind, in Latvian and English (CONTRIBUTING.md lists them). */
const ANSWER_HINTS: readonly [AnswerKind, RegExp][] = [
  ["faces", /\s*\(\s*(?:smaidiņu skala|smiley scale)\s*\)\s*$/iu],
  ["choice", /\s*\(\s*(?:jā\s*\/\s*varbūt\s*\/\s*nē|yes\s*\/\s*maybe\s*\/\s*no)\s*\)\s*$/iu],
  ["yesno", /\s*\(\s*(?:jā\s*\/\s*nē|yes\s*\/\s*no)\s*\)\s*$/iu],
  ["drawing", /\s*\(\s*(?:zīmējums|drawing)\s*\)\s*$/iu],
  ["line", /\s*\(\s*(?:viena rinda|one line)\s*\)\s*$/iu],
];

/** Fields whose items are form questions, so an answer hint at their end is syntax, not a note. */
const QUESTION_FIELDS = new Set<PropertyKey>(["feedback", "questions"]);

/** A question without its answer hint, and the kind of answer the hint asks for ("open", writing lines, without one). */
export function formQuestion(text: string): { text: string; answer: AnswerKind } {
  for (const [answer, pattern] of ANSWER_HINTS) if (pattern.test(text)) return { text: text.replace(pattern, ""), answer };
  return { text, answer: "open" };
}

/** A text field of a content file: its field path (for the message and the line) and the text. */
export interface ReaderText {
  path: readonly PropertyKey[];
  text: string;
}

/** Every string in parsed data, with its path; `skip` leaves out fields that readers never see. */
export function textsOf(data: unknown, skip: (path: readonly PropertyKey[]) => boolean = () => false, path: PropertyKey[] = []): ReaderText[] {
  if (skip(path)) return [];
  if (typeof data === "string") return [{ path, text: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => textsOf(item, skip, [...path, index]));
  if (data && typeof data === "object") return Object.entries(data).flatMap(([key, value]) => textsOf(value, skip, [...path, key]));
  return [];
}

/** Issues for the editor's notes in `texts` of `file`; a form question's answer hint is its syntax, not a note. */
export function editorNoteIssues(file: string, texts: readonly ReaderText[], lineOf: (path: readonly PropertyKey[]) => number | undefined, field: (path: readonly PropertyKey[]) => string): ContentIssue[] {
  return texts.flatMap(({ path, text }) => {
    const readable = path.length === 2 && QUESTION_FIELDS.has(path[0]!) ? formQuestion(text).text : text;
    return editorNotes(readable).map(({ found, what }) => ({ file, line: lineOf(path), field: field(path), message: `${what} ("${found}") — readers see this text: write it for them, or remove it` }));
  });
}

/** The lines of a Markdown body as reader texts, with the file line of each (for notes in a lesson's or recipe's body). */
export function bodyTexts(body: string, bodyLine: number): { texts: ReaderText[]; lineOf: (path: readonly PropertyKey[]) => number } {
  return { texts: body.split("\n").map((text, index) => ({ path: [index], text })), lineOf: (path) => bodyLine + Number(path[0]) };
}
