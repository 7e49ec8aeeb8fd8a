// The printed editions: which books exist per locale, their paper and margins, where their print HTML and PDF live, and editions.json.
import type { Locale } from "../kitchen/vocabulary.ts";

export type EditionKind = "notebook" | "handbook";
export type EditionFormat = "A5" | "A4-booklet" | "A4-large" | "A4";

export interface Edition {
  id: string;
  kind: EditionKind;
  locale: Locale;
  format: EditionFormat;
  /** The print HTML, relative to the output folder (the booklet's is its printing-instructions page). */
  html: string;
  /** The PDF, relative to the output folder. */
  pdf: string;
  /** Page size in millimetres, width × height. */
  pageMm: [number, number];
  /** Page margins in millimetres: top, right, bottom, left (the cover, page 1, has none). */
  marginMm: [number, number, number, number];
}

/** One entry of dist/downloads/editions.json. */
export interface EditionRecord {
  file: string;
  kind: EditionKind;
  locale: Locale;
  format: EditionFormat;
  title: string;
  pages: number;
  bytes: number;
  sha256: string;
  /** The page each link target of the book starts on (recipe-<slug>, lesson-<n>, product-index …); empty for the booklet. */
  anchors: Record<string, number>;
}

const PAGE_MM: Record<EditionFormat, [number, number]> = { A5: [148, 210], "A4-booklet": [297, 210], "A4-large": [210, 297], A4: [210, 297] };
const MARGIN_MM: Record<EditionFormat, [number, number, number, number]> = { A5: [12, 12, 14, 12], "A4-booklet": [15, 15, 15, 15], "A4-large": [18, 18, 20, 18], A4: [16, 18, 18, 18] };

/** Every edition of every locale, in the order they are printed (the A5 notebook before what depends on it). */
export function editionsFor(locales: readonly Locale[]): Edition[] {
  return locales.flatMap((locale) => [edition("notebook", locale, "A5"), edition("notebook", locale, "A4-booklet"), edition("notebook", locale, "A4-large"), edition("handbook", locale, "A4")]);
}

export function edition(kind: EditionKind, locale: Locale, format: EditionFormat): Edition {
  const base = kind === "notebook" ? "recepsu-burtnica" : "kursa-rokasgramata";
  const id = `${base}-${locale}-${format.toLowerCase()}`;
  return { id, kind, locale, format, html: `print/${id}.html`, pdf: `downloads/${id}.pdf`, pageMm: PAGE_MM[format], marginMm: MARGIN_MM[format] };
}

/** The edition's `@page` rule: paper size and margins, the one place they are set; `--text-height` is the height inside them. */
export function pageBoxCss(edition: Edition): string {
  const [width, height] = edition.pageMm;
  return `@page { size: ${width}mm ${height}mm; margin: ${edition.marginMm.map((mm) => `${mm}mm`).join(" ")}; }\n:root { --text-height: ${textAreaMm(edition)[1]}mm; }`;
}

/** Width and height in millimetres of the area inside the margins, where the text goes. */
export function textAreaMm(edition: Edition): [number, number] {
  const [top, right, bottom, left] = edition.marginMm;
  return [edition.pageMm[0] - left - right, edition.pageMm[1] - top - bottom];
}
