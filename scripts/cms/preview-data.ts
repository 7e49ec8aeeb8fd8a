// What the form editor's recipe preview needs in the browser (admin/preview.json): the catalogue with unit conversions, the site's words and settings; pure.
import type { Content, Product } from "../content/load.ts";
import type { Site, Strings } from "../content/schemas.ts";
import type { Locale } from "../kitchen/vocabulary.ts";
import { basePathOf } from "../present/routes.ts";
import type { CmsWords } from "./words.ts";

export interface PreviewData {
  /** Every product as the content check read it, so the preview computes what the build computes. */
  products: Product[];
  strings: Record<Locale, Strings>;
  site: Site;
  /** The site's address, and its base path ("/" or "/<repository>/"), for the addresses the recipe view holds. */
  siteUrl: string;
  basePath: string;
  buildDate: string;
  words: Pick<CmsWords, "notes" | "preview" | "interface">;
}

export function previewData(content: Content, siteUrl: string, buildDate: string): PreviewData {
  return {
    products: content.products,
    strings: content.strings,
    site: content.site,
    siteUrl,
    basePath: basePathOf(siteUrl),
    buildDate,
    words: { notes: content.cms.notes, preview: content.cms.preview, interface: content.cms.interface },
  };
}
