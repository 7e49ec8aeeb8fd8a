// The printed editions: which books exist per locale, where their print HTML and PDF live, and editions.json.
import { createHash } from "node:crypto";
import type { Locale } from "../content/schemas.ts";

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
}

const PAGE_MM: Record<EditionFormat, [number, number]> = { A5: [148, 210], "A4-booklet": [297, 210], "A4-large": [210, 297], A4: [210, 297] };

/** Every edition of every locale, in the order they are printed (the A5 notebook before what depends on it). */
export function editionsFor(locales: readonly Locale[]): Edition[] {
  return locales.flatMap((locale) => [edition("notebook", locale, "A5"), edition("notebook", locale, "A4-booklet"), edition("notebook", locale, "A4-large"), edition("handbook", locale, "A4")]);
}

export function edition(kind: EditionKind, locale: Locale, format: EditionFormat): Edition {
  const base = kind === "notebook" ? "recepsu-burtnica" : "kursa-rokasgramata";
  const id = `${base}-${locale}-${format.toLowerCase()}`;
  return { id, kind, locale, format, html: `print/${id}.html`, pdf: `downloads/${id}.pdf`, pageMm: PAGE_MM[format] };
}

export function editionRecord(edition: Edition, title: string, pages: number, bytes: Uint8Array): EditionRecord {
  return {
    file: edition.pdf.replace(/^downloads\//, ""),
    kind: edition.kind,
    locale: edition.locale,
    format: edition.format,
    title,
    pages,
    bytes: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}
