// The downloads page of each language: every printed edition with its format in words, pages, size and who it is for.
import { formatNumber } from "../kitchen/index.ts";
import { LOCALES, type Locale } from "../kitchen/vocabulary.ts";
import type { PrintView } from "./books.ts";
import type { EditionFormat, EditionRecord } from "./editions.ts";
import { pageBase, type Chrome, type PageBase } from "./pages.ts";

export interface DownloadItem {
  title: string;
  format: string;
  advice: string;
  url: string;
  /** "34 lpp. · 1,4 MB", or "" before the books were printed. */
  facts: string;
}

export interface DownloadsView extends PageBase {
  kind: "downloads";
  intro: string;
  groups: { locale: Locale; label: string; items: DownloadItem[] }[];
}

/** The words of a format ("A4-booklet" → the key downloads.format.A4booklet). */
function formatKey(format: EditionFormat): string {
  return format.replace("-", "");
}

/** The page's own language first, then the other; `records` are the printed books' facts (editions.json), when there are any. */
export function downloadsView(chrome: Chrome, books: readonly PrintView[], records: readonly EditionRecord[]): DownloadsView {
  const { locale, t, routes } = chrome;
  const byFile = new Map(records.map((record) => [`downloads/${record.file}`, record]));
  const item = (book: PrintView): DownloadItem => {
    const record = byFile.get(book.edition.pdf);
    const facts = record ? `${t("downloads.pages", { count: record.pages })} · ${formatNumber(record.bytes / 1_000_000, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB` : "";
    return { title: book.title, format: t(`downloads.format.${formatKey(book.edition.format)}`), advice: t(`downloads.advice.${formatKey(book.edition.format)}`), url: routes.file(book.edition.pdf), facts };
  };
  const order = [locale, ...LOCALES.filter((other) => other !== locale)];
  return {
    ...pageBase(chrome, "downloads", routes.downloads(locale), routes.downloads(chrome.other), t("downloads.title"), t("downloads.intro"), "downloads"),
    intro: t("downloads.intro"),
    groups: order.map((language) => ({ locale: language, label: t(`downloads.language.${language}`), items: books.filter((book) => book.locale === language).map(item) })),
  };
}
