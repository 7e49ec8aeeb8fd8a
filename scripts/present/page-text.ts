// Printed text with page numbers in it ("A5 12. lpp., lielā drukā 20. lpp."): a string's {slots} as words and page references.

/**
 * A piece of printed text: words, or the page of a link target, filled in when the book is printed. A target in this
 * book (`own`) is a link, so the page guess finds it; "a5:recipe-x" and "large:recipe-x" are pages of the notebooks.
 */
export type TextPart = { text: string } | { ref: string; own: boolean };

/** A page reference to a target in this book. */
export const ownPage = (anchor: string): TextPart => ({ ref: anchor, own: true });
/** A page reference to a target in another book, printed before this one ("a5:recipe-x"). */
export const bookPage = (book: string, anchor: string): TextPart => ({ ref: `${book}:${anchor}`, own: false });

/**
 * `template` from content/i18n cut at its {slots}: the words between them stay text, each slot becomes its parts.
 * `withPages("A5 {a5}. lpp.", { a5: bookPage("a5", "recipe-x") })` → text "A5 ", the page, text ". lpp.".
 */
export function withPages(template: string, slots: Record<string, TextPart | readonly TextPart[]>): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = slots[match[1]!];
    if (value === undefined) throw new Error(`slot {${match[1]}} has no value in "${template}"`);
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push(...(Array.isArray(value) ? value : [value as TextPart]));
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
