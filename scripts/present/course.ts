// Course pages: the introduction with the list of lessons, and each timed lesson plan with handout and feedback form.
import { formatMinutes } from "../kitchen/index.ts";
import type { Content, Lesson, Recipe } from "../content/load.ts";
import { formQuestion, type AnswerKind } from "../content/reader-text.ts";
import { edition } from "./editions.ts";
import { renderMarkdown } from "./markdown.ts";
import { pageBase, type Chrome, type PageBase } from "./pages.ts";
import { recipeLink } from "./recipe.ts";
import type { PlanResult } from "../planner/types.ts";
import { blockedHtml, planHtml } from "../plan/markup.ts";
import { blockedView, planView, planWords } from "../plan/view.ts";

/** A question on a form, without its answer hint, and how it is answered. */
export interface QuestionView { text: string; answer: AnswerKind }

export interface LessonSummary { number: number; title: string; goal: string; url: string; duration: string }

export interface CourseView extends PageBase {
  kind: "course";
  html: string;
  lessons: LessonSummary[];
  /** The course handbook's PDF in this language. */
  handbook: { label: string; url: string };
}

/** A link to a neighbouring lesson: "Next lesson" above its title. */
export interface LessonLink { label: string; title: string; url: string }

export interface LessonView extends PageBase {
  kind: "lesson";
  number: number;
  /** The course page, with every lesson. */
  course: { label: string; url: string };
  /** The lessons before and after this one in the course, null at either end. */
  previous: LessonLink | null;
  next: LessonLink | null;
  /** The name of the links between lessons, for screen readers. */
  pagerLabel: string;
  goal: string;
  facts: { label: string; value: string }[];
  objectives: string[];
  equipment: string[];
  materials: string[];
  preparation: string[];
  agenda: { time: string; minutes: string; activity: string }[];
  recipes: { slug: string; title: string; url: string }[];
  discussion: string[];
  adaptations: { label: string; items: string[] }[];
  /** The slugs of the masters (content/masters/) the lesson uses. */
  masters: string[];
  /** Each question without its answer hint, and how it is answered: faces, words to circle, a drawing or in writing. */
  feedback: QuestionView[];
  feedbackTitle: string;
  notesHtml: string;
  handout: { title: string; html: string };
  /** The lesson's worked example of a week menu, planned at build time: links to the site's recipe pages, and for print to their full addresses. */
  plan: { html: string; printHtml: string } | null;
}

export function courseView(chrome: Chrome, content: Content): CourseView {
  const page = content.pages.course[chrome.locale];
  const { routes } = chrome;
  return {
    ...pageBase(chrome, "course", routes.course(chrome.locale), routes.course(chrome.other), page.data.title, page.data.summary ?? page.data.title, "course"),
    html: renderMarkdown(page.body),
    lessons: content.lessons.map((lesson) => lessonSummary(chrome, lesson)),
    handbook: { label: chrome.t("course.handbook"), url: routes.file(edition("handbook", chrome.locale, "A4").pdf) },
  };
}

function lessonSummary(chrome: Chrome, lesson: Lesson): LessonSummary {
  const text = lesson.text[chrome.locale];
  return { number: lesson.data.number, title: text.title, goal: text.goal, url: chrome.routes.lesson(chrome.locale, lesson.slug), duration: formatMinutes(lesson.data.duration, chrome.locale) };
}

/** A lesson's page; `lessons` are the course's lessons in their order, for the links to the previous and next one; `plan` is its worked example's result. */
export function lessonView(chrome: Chrome, lesson: Lesson, recipes: readonly Recipe[], lessons: readonly Lesson[], content: Pick<Content, "packages" | "products">, plan?: PlanResult): LessonView {
  const { locale, t, routes } = chrome;
  const position = lessons.indexOf(lesson);
  const neighbour = (other: Lesson | undefined, label: string): LessonLink | null =>
    other ? { label, title: t("lesson.title", { number: other.data.number, title: other.text[locale].title }), url: routes.lesson(locale, other.slug) } : null;
  const data = lesson.data;
  const text = lesson.text[locale];
  const bySlug = new Map(recipes.map((recipe) => [recipe.slug, recipe]));
  let elapsed = 0;
  const agenda = data.agenda.map((item, index) => {
    const start = elapsed;
    elapsed += item.minutes;
    return { time: `${clock(start)}–${clock(elapsed)}`, minutes: formatMinutes(item.minutes, locale), activity: text.agenda[index]! };
  });
  const handout = lesson.handout[locale];
  return {
    ...pageBase(chrome, "lesson", routes.lesson(locale, lesson.slug), routes.lesson(chrome.other, lesson.slug), t("lesson.title", { number: data.number, title: text.title }), text.goal, "course"),
    number: data.number,
    course: { label: t("lesson.course"), url: routes.course(locale) },
    previous: neighbour(lessons[position - 1], t("lesson.previous")),
    next: neighbour(lessons[position + 1], t("lesson.next")),
    pagerLabel: t("lesson.pager"),
    goal: text.goal,
    facts: [
      { label: t("lesson.duration"), value: formatMinutes(data.duration, locale) },
      { label: t("lesson.groupSize"), value: t("lesson.groupSizeValue", { min: data.groupSize.min, max: data.groupSize.max }) },
    ],
    objectives: text.objectives,
    equipment: text.equipment,
    materials: text.materials,
    preparation: text.preparation,
    agenda,
    recipes: data.recipes.map((slug) => recipeLink(bySlug.get(slug)!, locale, routes)),
    discussion: text.discussion,
    adaptations: (["visual", "motor", "cognitive"] as const).map((key) => ({ label: t(`lesson.adaptations.${key}`), items: text.adaptations[key] })),
    masters: data.masters,
    feedback: text.feedback.map(formQuestion),
    feedbackTitle: t("lesson.feedbackTitle", { number: data.number }),
    notesHtml: renderMarkdown(text.body, { minHeading: 3 }),
    handout: { title: handout.data.title, html: renderMarkdown(handout.body, { minHeading: 3 }) },
    plan: plan && data.plan ? lessonPlan(chrome, plan, data.plan.package, recipes, content) : null,
  };
}

/** A lesson's week-menu example in the plan's one markup, titled as the lesson's example and said to be made by the site's planner. */
function lessonPlan(chrome: Chrome, result: PlanResult, packageId: string, recipes: readonly Recipe[], content: Pick<Content, "packages" | "products">): { html: string; printHtml: string } {
  const { locale, t, routes, siteUrl } = chrome;
  const words = planWords({
    locale,
    strings: chrome.strings,
    titles: Object.fromEntries(recipes.map((recipe) => [recipe.slug, recipe.text[locale].title])),
    names: Object.fromEntries(content.products.map((product) => [product.id, product.name[locale]])),
    packageName: content.packages.find((item) => item.id === packageId)?.name[locale] ?? null,
  });
  if (!result.ok) {
    const html = blockedHtml(blockedView(result, words));
    return { html, printHtml: html };
  }
  const view = { ...planView(result.plan, words), title: t("lesson.planTitle") };
  return {
    html: planHtml(view, { recipeUrl: (slug) => routes.recipe(locale, slug), note: t("lesson.planNote") }),
    printHtml: planHtml(view, { recipeUrl: (slug) => new URL(routes.recipe(locale, slug), siteUrl).href, note: t("lesson.planNotePrint", { address: new URL(routes.menu(locale), siteUrl).href }) }),
  };
}

/** Minutes from the start as h:mm (0:00, 1:15). */
function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}
