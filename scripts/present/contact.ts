// The organisation's contact line from content/site.yaml, in the reader's language, for the about page and the books.
import type { Site } from "../content/schemas.ts";
import type { Locale } from "../kitchen/vocabulary.ts";
import type { Translate } from "./strings.ts";

/** "Liepājas Diakonijas centrs, Fr. Brīvzemnieka iela 54, Liepāja; tālr. +371 63426707; kalpot.lv" — only the parts site.yaml gives. */
export function contactLine(site: Site, t: Translate, locale: Locale): string {
  const { contact } = site;
  const parts = [`${site.organisation[locale]}, ${contact.address}`];
  if (contact.phone) parts.push(t("contact.phone", { phone: contact.phone }));
  if (contact.email) parts.push(contact.email);
  if (contact.web) parts.push(contact.web.replace(/^https?:\/\//, "").replace(/\/$/, ""));
  return parts.join("; ");
}
