// Reading the print HTML the build wrote: the contents entries with the page numbers filled in.

const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">" };

/** Text of an HTML text node as a reader sees it (the few entities the templates write). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity]!);
}

/** Every contents entry of a print HTML file, in book order: its title, the page number printed beside it, and the id it links to. */
export function contentsEntries(html: string): { title: string; page: number; id: string }[] {
  return [...html.matchAll(/<span class="toc-title">([^<]+)<\/span> <span class="toc-page" data-page-of="([^"]+)">(\d+)<\/span>/g)].map(([, title, id, page]) => ({ title: unescapeHtml(title!), page: Number(page), id: id! }));
}
