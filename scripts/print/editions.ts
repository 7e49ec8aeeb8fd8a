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
  /** The print HTML, relative to the output folder. */
  html: string;
  /** The PDF, relative to the output folder. */
  pdf: string;
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

/** The editions built for the given locales. */
export function editionsFor(locales: readonly Locale[]): Edition[] {
  return locales.map((locale) => edition("notebook", locale, "A5"));
}

function edition(kind: EditionKind, locale: Locale, format: EditionFormat): Edition {
  const id = `${kind === "notebook" ? "recepsu-burtnica" : "kursa-rokasgramata"}-${locale}-${format.toLowerCase()}`;
  return { id, kind, locale, format, html: `print/${id}.html`, pdf: `downloads/${id}.pdf` };
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
