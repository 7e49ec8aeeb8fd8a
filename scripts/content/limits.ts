// Size limits for content, far above anything a real recipe or lesson needs; what passes one is refused with the limit named.

export const LIMITS = {
  /** One content file (Markdown or YAML), checked before it is parsed. The largest real one is about 10 kB. */
  fileBytes: 100_000,
  /** A one-line text field such as a title, a summary or a list item (real: under 500 characters). */
  lineChars: 1_000,
  /** A multi-line text field such as a product description (real: under 500 characters). */
  textChars: 3_000,
  /** The Markdown text below the front matter (real: under 7 000 characters). */
  bodyChars: 30_000,
  /** One line of that text: a step or a paragraph (real: under 600 characters). */
  bodyLineChars: 2_000,
  /** Steps of a recipe (real: at most 10; one A5 page fits about 10). */
  steps: 30,
  /** Ingredient lines of a recipe (real: at most 14). */
  ingredients: 40,
  /** Items of any other list, such as a lesson's objectives (real: at most 10). */
  listItems: 50,
  /** A recipe picture file (a phone photo is 2–8 MB). */
  pictureBytes: 20_000_000,
  /** Width × height of a recipe picture (a 48-megapixel phone photo passes). */
  picturePixels: 50_000_000,
  /** Grams of one ingredient per serving (real: at most 850 g, water for pasta). */
  gramsPerServing: 2_000,
  /** Minutes for preparing, cooking or a lesson (real: at most 180). */
  minutes: 1_440,
} as const;

/** `3.4 MB`, `100 kB`, `820 bytes`: sizes as a reader says them (1 kB = 1 000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${trim(bytes / 1_000_000)} MB`;
  if (bytes >= 1_000) return `${trim(bytes / 1_000)} kB`;
  return `${bytes} bytes`;
}

/** `50 million`, `20 000`: large counts with a space between thousands, as both languages of the guide write them. */
export function formatCount(count: number): string {
  if (count >= 1_000_000 && count % 1_000_000 === 0) return `${count / 1_000_000} million`;
  return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

function trim(value: number): string {
  return String(Number(value.toFixed(1)));
}
