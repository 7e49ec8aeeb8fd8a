// The project's real course handbook, as the shared build printed it, read back as a course leader uses it: a contents that finds every page to copy, each on a sheet of its own, forms a participant can fill in, and recipe references that name both notebooks.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Content } from "../../scripts/content/load.ts";
import type { Strings } from "../../scripts/content/schemas.ts";
import { formatEur } from "../../scripts/kitchen/format.ts";
import { computeKitchen } from "../../scripts/pipeline/compute.ts";
import { lessonMenus, menuPlanner } from "../../scripts/pipeline/menu.ts";
import { computeAndPresent, contextFor, loadChecked } from "../../scripts/pipeline/steps.ts";
import type { HandbookPrint } from "../../scripts/present/books.ts";
import { edition } from "../../scripts/present/editions.ts";
import type { MasterView } from "../../scripts/present/kit.ts";
import { destinationPages } from "../../scripts/print/pagerefs.ts";
import { sharedBuilds } from "../helpers/builds.ts";
import { projectRoot } from "../helpers/fixture.ts";
import { textItems } from "../helpers/pdf-items.ts";
import { pageTexts } from "../helpers/pdf.ts";

const LOCALES = ["lv", "en"] as const;
type Locale = (typeof LOCALES)[number];
/** A printed book: its file, the page of every link target, and every page's text. */
type Read = { file: string; destinations: Record<string, number>; texts: string[] };

const { real } = sharedBuilds();
const books = new Map<string, Read>();
const handbooks = new Map<Locale, HandbookPrint>();
let strings: Record<Locale, Strings>;
let content: Content;

beforeAll(async () => {
  content = await loadChecked(projectRoot);
  strings = content.strings;
  const views = await computeAndPresent(content, contextFor({ root: projectRoot }), {});
  for (const locale of LOCALES) {
    handbooks.set(locale, views.books.find((book) => book.edition.id === edition("handbook", locale, "A4").id) as HandbookPrint);
    for (const found of [edition("handbook", locale, "A4"), edition("notebook", locale, "A5"), edition("notebook", locale, "A4-large")]) {
      const file = path.join(real, found.pdf);
      books.set(`${locale} ${found.format}`, { file, destinations: await destinationPages(await readFile(file)), texts: await pageTexts(file) });
    }
  }
});

/** Text with every run of white space (line ends, no-break spaces) as one space. */
const flat = (text: string) => text.replace(/\s+/g, " ").trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A string of content/i18n as a pattern: its {slots} become (\d+), or the pattern given for them. */
function pattern(template: string, slots: Record<string, string> = {}): string {
  return template
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? (slots[part.slice(1, -1)] ?? "(\\d+)") : escape(part.replace(/\s+/g, " ")).replace(/ /g, "\\s")))
    .join("");
}
const masters = (locale: Locale): MasterView[] => handbooks.get(locale)!.kit.groups.flatMap((group) => group.masters);
/** The text of a master's pages, up to the next master's first page. */
function masterText(locale: Locale, master: MasterView): string {
  const { destinations, texts } = books.get(`${locale} A4`)!;
  const all = masters(locale);
  const start = destinations[master.anchor]!;
  const next = all[all.indexOf(master) + 1];
  return texts.slice(start - 1, next ? destinations[next.anchor]! - 1 : texts.length).join("\n");
}

describe("the real course handbook", () => {
  for (const locale of LOCALES) {
    it(`should print a lesson's worked example, the week menu planned from its package, on one page after the lesson's notes, with the plan's days and cost (${locale})`, async () => {
      const lesson = content.lessons.find((candidate) => candidate.data.plan)!;
      expect(lesson, "a lesson with a plan").toBeDefined();
      const kitchen = computeKitchen(content);
      const result = (await lessonMenus(content, menuPlanner(content, kitchen)))[lesson.slug]!;
      if (!result.ok) throw new Error(`no plan for ${lesson.slug}: ${JSON.stringify(result)}`);
      const { destinations, texts } = books.get(`${locale} A4`)!;
      const pages = texts.slice(destinations[`lesson-${lesson.data.number}`]! - 1, destinations[`lesson-${lesson.data.number + 1}`]! - 1).map(flat);
      const withTitle = pages.filter((text) => text.includes(flat(strings[locale]["lesson.planTitle"]!)));
      expect(withTitle, "pages with the example's title").toHaveLength(1);
      const page = withTitle[0]!;
      expect(pages.indexOf(page), "after the first page of the lesson").toBeGreaterThan(0);
      for (const day of result.plan.days) expect(page).toContain(flat(strings[locale]["plan.day"]!.replace("{day}", String(day.day))));
      const total = strings[locale]["plan.total"]!.replace("{cost}", formatEur(result.plan.totals.extraCostEur, locale)).replace("{perPerson}", formatEur(result.plan.totals.extraCostPerPersonPerDayEur, locale));
      expect(page).toContain(flat(total));
    });

    it(`should list every master in the contents with the page it starts on (${locale})`, () => {
      const { destinations, texts } = books.get(`${locale} A4`)!;
      const all = masters(locale);
      // Lesson 1's handout, feedback form and cards, the forms of content/masters/, and a card for each lesson recipe.
      expect(all.filter((master) => master.kind === "feedback")).toHaveLength(6);
      expect(all.filter((master) => master.kind === "handout")).toHaveLength(6);
      expect(new Set(all.map((master) => master.kind))).toEqual(new Set(["handout", "feedback", "card", "questions", "table", "checklist", "plate", "measures", "cards"]));
      const contents = flat(texts.slice(2, destinations["course-intro"]! - 1).join("\n"));
      let from = 0;
      for (const master of all) {
        const found = new RegExp(`${escape(master.entry)} (\\d+)`).exec(contents.slice(from));
        expect(found, master.entry).not.toBeNull();
        from += found!.index + found![0].length;
        const page = Number(found![1]);
        expect(page, master.entry).toBe(destinations[master.anchor]);
        expect(flat(texts[page - 1]!), `${master.entry} on page ${page}`).toContain(flat(master.title));
      }
    });

    it(`should start every master on a right-hand page and give it whole sheets, a blank page only as its back (${locale})`, () => {
      const { destinations, texts } = books.get(`${locale} A4`)!;
      const all = masters(locale);
      all.forEach((master, index) => {
        const start = destinations[master.anchor]!;
        const next = index + 1 < all.length ? destinations[all[index + 1]!.anchor]! : texts.length + 1;
        expect(start % 2, `${master.entry} starts on page ${start}`).toBe(1);
        if (index + 1 < all.length) expect((next - start) % 2, `${master.entry}: pages ${start}–${next - 1}`).toBe(0);
        const blank = texts.slice(start - 1, next - 1).map((text) => text.replace(/\s+|\d+/g, "") === "");
        expect(blank.slice(0, -1), `${master.entry}: a blank page inside it`).not.toContain(true);
      });
    });

    it(`should set every master at 14 pt or more, and its recipe cards at 16 pt or more (${locale})`, async () => {
      const { destinations } = books.get(`${locale} A4`)!;
      const first = destinations[handbooks.get(locale)!.kit.anchor]!;
      const cards = new Set(masters(locale).filter((master) => master.kind === "card").flatMap((master) => [destinations[master.anchor]!, destinations[master.anchor]! + 1]));
      const items = (await textItems(books.get(`${locale} A4`)!.file)).filter((item) => item.page >= first);
      expect(items.length).toBeGreaterThan(1000);
      // 14 pt comes back from Chromium as 13.99.
      expect(items.filter((item) => item.size < 13.98).map((item) => `page ${item.page}: ${item.size} pt "${item.str}"`)).toEqual([]);
      expect(items.filter((item) => cards.has(item.page) && item.size < 15.98).map((item) => `page ${item.page}: ${item.size} pt "${item.str}"`)).toEqual([]);
    });

    it(`should print faces with their words only under scale questions, and the words to circle under the others that have them (${locale})`, () => {
      const t = strings[locale];
      const words = { faces: ["no", "soso", "yes"], choice: ["yes", "maybe", "no"], yesno: ["yes", "no"] } as Record<string, string[]>;
      const forms = masters(locale).filter((master): master is Extract<MasterView, { kind: "feedback" | "questions" }> => master.kind === "feedback" || master.kind === "questions");
      expect(forms.flatMap((form) => form.questions.filter((question) => question.answer === "faces")).length).toBeGreaterThan(10);
      for (const form of forms) {
        // In print order: each question, then the words under it (none for writing lines, a drawing box or one line).
        const expected = form.questions.map((question, index) => [`${index + 1}. ${question.text}`, ...(words[question.answer] ?? []).map((word) => t[`answer.${word}`])].join(" ")).join(" ");
        expect(flat(masterText(locale, form)).replace(/ \d+ (?=\d+\. )/g, " "), form.entry).toContain(flat(expected));
      }
    });

    it(`should refer to each lesson recipe by its first page in both notebooks of its language, and to its card (${locale})`, () => {
      const t = strings[locale];
      const handbook = books.get(`${locale} A4`)!;
      const [a5, large] = [books.get(`${locale} A5`)!, books.get(`${locale} A4-large`)!];
      const text = flat(handbook.texts.join("\n"));
      const pages = pattern(t["print.recipePages"]!);
      let references = 0;
      for (const lesson of handbooks.get(locale)!.lessons) {
        for (const recipe of lesson.recipeRefs) {
          const slug = lesson.recipes.find((candidate) => candidate.title === recipe.title)!.slug;
          const found = new RegExp(`${escape(recipe.title)} — ${pattern(t["print.recipeRef"]!, { pages })}`).exec(text);
          expect(found, recipe.title).not.toBeNull();
          const [, onA5, onLarge, card] = found!.map(Number);
          expect([onA5, onLarge, card], recipe.title).toEqual([a5.destinations[`recipe-${slug}`], large.destinations[`recipe-${slug}`], handbook.destinations[`kit-card-${slug}`]]);
          expect(flat(a5.texts[onA5! - 1]!), `A5 page ${onA5}`).toContain(flat(recipe.title));
          expect(flat(large.texts[onLarge! - 1]!), `large print page ${onLarge}`).toContain(flat(recipe.title));
          // The card names the same pages.
          const more = new RegExp(pattern(t["kit.cardMore"]!, { pages })).exec(flat(handbook.texts[card! - 1]! + "\n" + handbook.texts[card!]!));
          expect(more?.slice(1).map(Number), `card of ${recipe.title}`).toEqual([onA5, onLarge]);
          references += 1;
        }
      }
      expect(references).toBe(15);
    });
  }
});
