// CSS generated from content: strings escaped so no label can end a rule or the style element.
/** A CSS string literal for `text`; quotes, backslashes, angle brackets and line breaks become hex escapes. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/** `@page <name> { @top-center { content: "<label>" } }` for each running header. */
export function runningHeaders(pages: readonly { name: string; label: string }[]): string {
  return pages.map(({ name, label }) => `@page ${name} { @top-center { content: ${cssString(label)}; } }`).join("\n");
}
