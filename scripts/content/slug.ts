// Slugs from titles: Latvian (and other Latin) letters folded to ASCII, everything else turned into single hyphens.

/** The pattern every slug and product id matches: lower-case a–z and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * `Griķu plācenīši` → `griku-placenisi`. Letters with diacritics lose them (Unicode NFD, combining marks
 * dropped), so ā č ē ģ ī ķ ļ ņ š ū ž become a c e g i k l n s u z; any run of other characters becomes one hyphen.
 * Returns "" when nothing usable is left (a title of only punctuation or non-Latin script).
 */
export function slugify(title: string): string {
  return title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Whether `name` can be used as a slug or id as it is. */
export function isSlug(name: string): boolean {
  return SLUG_PATTERN.test(name);
}
