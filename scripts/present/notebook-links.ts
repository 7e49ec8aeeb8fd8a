// The site's links into the printed A5 notebook ("this recipe in the A5 notebook, page N"), from the pages the printed book reports.
import type { Locale } from "../kitchen/vocabulary.ts";
import type { EditionRecord } from "./editions.ts";
import type { Translate } from "./strings.ts";

/** "This recipe in the A5 notebook, page N": the link into the PDF at the recipe's page, and the words around the number. */
export interface NotebookLink {
  /** The PDF's address with `#page=N`. */
  url: string;
  page: number;
  text: string;
}

/** The id of a recipe's first element in the notebook, which links and page numbers point to. */
export function notebookAnchor(slug: string): string {
  return `recipe-${slug}`;
}

/** The page a recipe starts on in the printed A5 notebook of `locale`, if that notebook was printed. */
export function notebookPage(editions: readonly EditionRecord[], locale: Locale, slug: string): number | undefined {
  const notebook = editions.find((record) => record.kind === "notebook" && record.format === "A5" && record.locale === locale);
  return notebook?.anchors?.[notebookAnchor(slug)];
}

/** The link to `page` of the notebook at `pdf`, worded by recipe.notebookLink ("… {page}. lpp."); null without a page. */
export function notebookLink(pdf: string, page: number | undefined, t: Translate): NotebookLink | null {
  if (page === undefined) return null;
  return { url: `${pdf}#page=${page}`, page, text: t("recipe.notebookLink", { page }) };
}
