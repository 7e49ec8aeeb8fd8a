// The one markdown-it instance used to render content: raw HTML off, so Markdown can never inject markup.
import MarkdownIt from "markdown-it";

export const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Renders trusted-by-construction HTML from untrusted Markdown. */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
