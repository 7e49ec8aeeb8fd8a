// The one markdown-it instance used to render content: raw HTML off, so Markdown can never inject markup.
import MarkdownIt from "markdown-it";

export const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export interface RenderOptions {
  /** The level of the highest heading in the result: `## Title` under an h2 section should become h3 (minHeading 3). */
  minHeading?: number;
}

/** Renders trusted-by-construction HTML from untrusted Markdown, with headings shifted below their section. */
export function renderMarkdown(source: string, { minHeading = 2 }: RenderOptions = {}): string {
  const tokens = markdown.parse(source, {});
  const levels = tokens.filter((token) => token.type === "heading_open").map((token) => Number(token.tag.slice(1)));
  const shift = levels.length > 0 ? Math.max(0, minHeading - Math.min(...levels)) : 0;
  for (const token of tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
  }
  return markdown.renderer.render(tokens, markdown.options, {});
}
