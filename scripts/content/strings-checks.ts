// Checks on UI strings: every measuring unit has the word forms its language's ingredient lines use, and nothing else.
import { lineWords, UNIT_WORD_KEYS, unitFormsNeeded } from "../kitchen/lines.ts";
import type { ContentIssue } from "./issues.ts";
import type { Strings } from "./schemas.ts";
import type { Locale } from "../kitchen/vocabulary.ts";

const EXAMPLES: Record<string, string> = {
  nomSg: 'for 1 or 21, as in "1 glāze"',
  nomPl: 'for 2 to 20, as in "2 glāzes"',
  genSg: 'for a fraction, as in "½ glāzes"',
  sg: 'for up to one, as in "1 glass"',
  pl: 'for more than one, as in "2 glasses"',
};

/** Missing `unit.<name>.<form>` keys, and unit keys that name no unit or a form the language does not use. */
export function checkUnitWords(strings: Strings, locale: Locale, lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined): ContentIssue[] {
  const file = `content/i18n/${locale}.yaml`;
  const forms: readonly string[] = unitFormsNeeded(locale);
  const names: readonly string[] = Object.values(UNIT_WORD_KEYS);
  const issues: ContentIssue[] = lineWords(strings, locale).missing.map((key) => {
    const form = key.split(".").at(-1)!;
    return { file, field: key, message: `is missing — add the word ${EXAMPLES[form] ?? ""}`.trimEnd() };
  });
  for (const key of Object.keys(strings).filter((candidate) => candidate.startsWith("unit."))) {
    const [, name, form] = key.split(".");
    if (!name || !names.includes(name)) issues.push({ file, line: lineOf([key]), field: key, message: `names no unit — units are ${names.join(", ")}` });
    else if (!form || !forms.includes(form)) issues.push({ file, line: lineOf([key]), field: key, message: `is not a form ${locale === "lv" ? "Latvian" : "English"} lines use — use ${forms.join(", ")}` });
  }
  return issues;
}
