// Spreads and sheets: what must open on a left-hand (even) page — each large-print recipe, the back cover — or on a right-hand (odd) one — each master of the handbook — gets a blank page before it when it would not.
import type { Page } from "puppeteer";

/** A page that must open on one side: `left` (even pages, a spread) unless `right` (odd pages, a sheet of its own). */
export interface Start { id: string; page: number; side?: "left" | "right" }

/**
 * The blank pages to show so that every start (in book order, with the page it lands on while `shown` pads are shown)
 * lands on its side (even pages for `left`, odd for `right`); and the pages of `pages` moved accordingly. Walking the
 * starts in order, one on the wrong side gets its blank page (or loses it, if shown), which moves everything from it on
 * by one page: a blank page is a whole page between forced breaks, so nothing else reflows.
 */
export function padSpreads(starts: readonly Start[], shown: readonly string[] = [], pages: Record<string, number> = {}): { shown: string[]; pages: Record<string, number> } {
  const result = new Set(shown);
  const moves: { from: number; by: number }[] = [];
  let shift = 0;
  for (const { id, page, side = "left" } of starts) {
    if (page <= 0 || (page + shift) % 2 === (side === "right" ? 1 : 0)) continue;
    const by = result.delete(id) ? -1 : (result.add(id), 1);
    moves.push({ from: page, by });
    shift += by;
  }
  const moved = Object.fromEntries(Object.entries(pages).map(([id, page]) => [id, page + moves.filter((move) => move.from <= page).reduce((sum, move) => sum + move.by, 0)]));
  return { shown: starts.map((start) => start.id).filter((id) => result.has(id)), pages: moved };
}

/** Shows exactly the blank pages of `shown` in the open document (the others get their `hidden` attribute back). */
export async function setPadsInPage(page: Page, shown: readonly string[]): Promise<void> {
  await page.evaluate((list: string[]) => {
    for (const pad of Array.from(document.querySelectorAll("[data-pad-for]"))) pad.toggleAttribute("hidden", !list.includes(pad.getAttribute("data-pad-for") ?? ""));
  }, [...shown]);
}

/** The same in the print HTML file's text, so the file shows what was printed. */
export function setPadsInHtml(html: string, shown: readonly string[]): string {
  return html.replace(/data-pad-for="([^"]*)"(?: hidden)?>/g, (_match, id: string) => `data-pad-for="${id}"${shown.includes(id) ? "" : " hidden"}>`);
}
