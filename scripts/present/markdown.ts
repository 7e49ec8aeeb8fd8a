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

/** The items of a body's top-level numbered lists (a recipe's steps), each rendered on its own, in order. */
export function stepItems(source: string): string[] {
  const tokens = markdown.parse(source, {});
  const items: string[] = [];
  let depth = 0;
  let start = -1;
  tokens.forEach((token, index) => {
    if (token.type === "ordered_list_open" || token.type === "bullet_list_open") depth += 1;
    if (token.type === "ordered_list_close" || token.type === "bullet_list_close") depth -= 1;
    if (depth === 1 && token.type === "list_item_open" && token.markup !== "-" && token.markup !== "*" && token.markup !== "+") start = index + 1;
    if (depth === 1 && token.type === "list_item_close" && start >= 0) {
      items.push(markdown.renderer.render(tokens.slice(start, index), markdown.options, {}).trim());
      start = -1;
    }
  });
  return items;
}
