// Pictures come from pull requests: an SVG may hold only drawing, no scripts, event handlers, external references or entities.
const RULES: readonly [RegExp, string][] = [
  [/<script\b/i, "has a <script> element"],
  [/<foreignObject\b/i, "has a <foreignObject> element"],
  [/\son[a-z]+\s*=/i, "has an event attribute (on…=)"],
  [/<!ENTITY\b/i, "declares XML entities"],
  [/\b(?:xlink:)?href\s*=\s*["'](?!#)/i, "links to something outside the picture (href)"],
  [/url\(\s*["']?(?!#)/i, "loads something with url() from outside the picture"],
  [/<image\b/i, "embeds another image"],
];

/** Plain-language problems with an SVG's text; empty when it is only drawing. */
export function svgProblems(svg: string): string[] {
  return RULES.filter(([pattern]) => pattern.test(svg)).map(([, problem]) => problem);
}
