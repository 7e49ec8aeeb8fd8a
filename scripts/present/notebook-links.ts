// The site's links into the printed A5 notebook ("this recipe in the A5 notebook, page N"), added once its pages are known.
import type { Locale } from "../kitchen/vocabulary.ts";
import type { SiteViews } from "./index.ts";
import type { NotebookLink, RecipeView } from "./recipe.ts";

/** The page of every link target (`recipe-<slug>` …) in each locale's A5 notebook, as printed. */
export type NotebookPages = Partial<Record<Locale, Record<string, number>>>;

/** The id of a recipe's first element in the notebook, which links and page numbers point to. */
export function notebookAnchor(slug: string): string {
  return `recipe-${slug}`;
}

/** The link for one recipe, or null when the notebook has no page for it. */
function notebookLink(recipe: RecipeView, pages: Record<string, number> | undefined): NotebookLink | null {
  const anchor = notebookAnchor(recipe.slug);
  const page = pages?.[anchor];
  if (page === undefined) return null;
  const words = recipe.t["recipe.notebookLink"] ?? "";
  const slot = words.indexOf("{page}");
  if (slot === -1) throw new Error(`content/i18n/${recipe.locale}.yaml: recipe.notebookLink needs a {page} slot`);
  return { url: `${recipe.notebookPdf}#page=${page}`, page, anchor, before: words.slice(0, slot), after: words.slice(slot + "{page}".length) };
}

/** The site's views with each recipe page linking to its page in its language's A5 notebook (none where no page is known). */
export function withNotebookPages(site: SiteViews, pages: NotebookPages): SiteViews {
  return { ...site, pages: site.pages.map((page) => (page.kind === "recipe" ? { ...page, notebook: notebookLink(page, pages[page.locale]) } : page)) };
}
