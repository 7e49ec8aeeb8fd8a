// The organisation's contact line from content/site.yaml, in the reader's language, for the about page and the books.
import type { Locale, Site } from "../content/schemas.ts";
import { translator } from "./strings.ts";
import type { Strings } from "../content/schemas.ts";

/** "Liepājas Diakonijas centrs, Fr. Brīvzemnieka iela 54, Liepāja; tālr. +371 63426707; kalpot.lv" — only the parts site.yaml gives. */
export function contactLine(site: Site, strings: Strings, locale: Locale): string {
  const t = translator(strings, locale);
  const { contact } = site;
  const parts = [`${site.organisation[locale]}, ${contact.address}`];
  if (contact.phone) parts.push(t("contact.phone", { phone: contact.phone }));
  if (contact.email) parts.push(contact.email);
  if (contact.web) parts.push(contact.web.replace(/^https?:\/\//, "").replace(/\/$/, ""));
  return parts.join("; ");
}
