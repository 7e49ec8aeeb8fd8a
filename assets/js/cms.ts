// The form editor's script (/admin/): loads Decap CMS from this site, adds its Latvian words, the product picker, the English ingredient notes and the live recipe preview, then starts it.
import type { PreviewData } from "../../scripts/cms/preview-data.ts";
import { LOCALES } from "../../scripts/kitchen/vocabulary.ts";
import { loadDecap } from "./cms/decap.ts";
import { recipePreview } from "./cms/preview.ts";
import { registerIngredientNotes, registerProductPicker } from "./cms/widgets.ts";

async function start(): Promise<void> {
  // The page lives in admin/, beside Decap's bundle, its configuration and the preview's data.
  const here = (file: string) => new URL(file, document.baseURI).href;
  const [{ CMS, h, createClass }, data] = await Promise.all([loadDecap(here("decap-cms.js")), fetch(here("preview.json")).then((response) => response.json() as Promise<PreviewData>)]);
  CMS.registerLocale(LOCALES[0], data.words.interface);
  registerProductPicker(CMS, h);
  registerIngredientNotes(CMS, h, createClass, data);
  CMS.registerPreviewTemplate("recipes", recipePreview(h, data));
  CMS.registerPreviewStyle(`${data.basePath}assets/css/fonts.css`);
  CMS.registerPreviewStyle(`${data.basePath}assets/css/site.css`);
  CMS.init();
}

start().catch((error: unknown) => {
  document.body.textContent = String(error);
  throw error;
});
