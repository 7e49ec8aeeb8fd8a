// Guesses the page of every link target without printing: the open document is laid out in screen columns the size of the text area.
import type { Page } from "puppeteer";
import type { Start } from "./spreads.ts";

/** Selector of the cover, which fills page 1 alone (its `@page :first` has no margins); the guess counts it as one page. */
const COVER = ".cover";

/**
 * Lays the document out as one column per page (CSS multi-column: same fragmentation rules as printing, with forced page
 * breaks turned into column breaks and the cover counted as page 1), waits for any font that layout asked for, and reads
 * which column each link target starts in. Costs a screen layout instead of a print; a wrong guess is caught when the
 * final print's link targets are read back (see printWithPageNumbers), so it can only cost time, never a wrong number.
 * The tab is left as it was loaded.
 */
export async function guessPages(page: Page, area: [number, number]): Promise<Record<string, number>> {
  return (await layoutPages(page, area)).links;
}

/** A page size and its margins (top, right, bottom, left), in millimetres. */
export interface PageBox {
  pageMm: readonly [number, number];
  marginMm: readonly [number, number, number, number];
}

/**
 * The area Chromium's print gives the text on one page, in CSS pixels: it rounds the page's width and height and each margin to
 * whole pixels, then subtracts (measured with Chromium 156 by the largest block that still fits a page, for five page boxes;
 * the exact millimetres would be up to 0.6 px less, enough to move a block that just fits to the next page).
 */
export function printAreaPx({ pageMm, marginMm }: PageBox): [number, number] {
  const px = (mm: number) => Math.round((mm * 96) / 25.4);
  const [top, right, bottom, left] = marginMm;
  return [px(pageMm[0]) - px(left) - px(right), px(pageMm[1]) - px(top) - px(bottom)];
}

/** The pages of the column layout: every link target's, and every start's that must open on one side (`data-pad-for`, `data-pad-side`), in book order. */
export interface ColumnLayout {
  links: Record<string, number>;
  starts: Start[];
}

/** Lays the book out in columns the size of the print area (`area`: width and height in CSS pixels, see printAreaPx) once and reads both link targets and spread starts from it. */
export async function layoutPages(page: Page, area: [number, number]): Promise<ColumnLayout> {
  return page.evaluate(columnPages, area[0], area[1], COVER);
}

/** Runs inside the page (serialised by Puppeteer, so no helpers from outside and no named inner functions); whole-pixel columns keep the pitch exact even 1000 columns out. */
async function columnPages(width: number, height: number, cover: string): Promise<ColumnLayout> {
  const forced = ["page", "left", "right", "recto", "verso", "always"];
  for (const element of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
    const style = getComputedStyle(element);
    const breaks = [forced.includes(style.breakBefore) ? "before" : "", forced.includes(style.breakAfter) ? "after" : ""].join(" ").trim();
    if (breaks) element.setAttribute("data-column-break", breaks);
  }
  const columns = document.createElement("style");
  columns.textContent = `@media screen { html, body { margin: 0 !important; padding: 0 !important; } body { box-sizing: content-box !important; width: ${width}px !important; height: ${height}px !important; columns: ${width}px !important; column-gap: 0 !important; column-fill: auto !important; } ${cover} { display: none !important; } [data-column-break~="before"] { break-before: column !important; } [data-column-break~="after"] { break-after: column !important; } }`;
  document.head.append(columns);
  // Should the columns need a font the page has not used yet, laying out starts loading it; read them once it is in.
  document.body.getBoundingClientRect();
  await document.fonts.ready;
  const left = document.body.getBoundingClientRect().left;
  const pages: Record<string, number> = {};
  // Link targets, then what must start on a left-hand page (spreads.ts), in book order. Column n (from 0) is page n + 2: page 1 is the cover.
  const links = Array.from(document.querySelectorAll('a[href^="#"]'), (link) => decodeURIComponent((link.getAttribute("href") ?? "#").slice(1)));
  const pads = Array.from(document.querySelectorAll("[data-pad-for]"), (pad) => ({ id: pad.getAttribute("data-pad-for") ?? "", side: pad.getAttribute("data-pad-side") === "right" ? ("right" as const) : ("left" as const) }));
  const startIds = pads.map((pad) => pad.id);
  const found: Record<string, number> = {};
  for (const id of [...links, ...startIds]) {
    const box = id && found[id] === undefined ? document.getElementById(id)?.getClientRects()[0] : undefined;
    if (box) found[id] = Math.floor((box.left - left + 0.5) / width) + 2;
  }
  for (const id of links) if (found[id] !== undefined) pages[id] = found[id];
  const starts = pads.map(({ id, side }) => ({ id, side, page: found[id] ?? 0 }));
  columns.remove();
  for (const element of Array.from(document.querySelectorAll("[data-column-break]"))) element.removeAttribute("data-column-break");
  return { links: pages, starts };
}
