// Words from content/i18n: lookup that fails loudly on a missing key, and {name} slots filled in.
import type { Strings } from "../content/schemas.ts";

/** Looks a key up in one locale's strings and fills its slots. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** `fill("Cost {total}", { total: "3 €" })` → "Cost 3 €"; an unknown slot is an error. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (!(name in values)) throw new Error(`slot {${name}} has no value in "${template}"`);
    return String(values[name]);
  });
}

/** A strict reader over one locale's strings. */
export function translator(strings: Strings, locale: string): Translate {
  return (key, values) => {
    const value = strings[key];
    if (value === undefined) throw new Error(`content/i18n/${locale}.yaml has no "${key}" — add it to both lv.yaml and en.yaml`);
    return values ? fill(value, values) : value;
  };
}
