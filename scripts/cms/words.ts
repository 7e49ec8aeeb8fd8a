// The form editor's words (content/cms.yaml): its schema, which also demands a label for every form field and no label for a field that is gone.
import { z } from "zod";
import { FORMS, formPaths, type FormName } from "./fields.ts";

const text = z.string().trim().min(1, "is empty — write the text");
const collection = z.strictObject({ label: text, singular: text, description: text });
const fieldWords = z.strictObject({ label: text, hint: text.optional(), pattern: text.optional() });
const formWords = z.record(z.string(), fieldWords);
/** Decap's own interface words, under the keys of its English phrases (decap-cms-locales); nested groups of texts. */
export type Phrases = { [key: string]: string | Phrases };
const phrases: z.ZodType<Phrases> = z.lazy(() => z.record(z.string(), z.union([text, phrases])));

export const cmsWordsSchema = z
  .strictObject({
    page: z.strictObject({ title: text, noscript: text }),
    languages: z.strictObject({ lv: text, en: text }),
    collections: z.strictObject({ recipes: collection, products: collection, lessons: collection, handouts: collection, pages: collection }),
    fields: z.strictObject({ recipe: formWords, product: formWords, lesson: formWords, page: formWords }),
    notes: z.strictObject({ latvianPane: text, none: text }),
    preview: z.strictObject({ title: text, problems: text, empty: text, svgNotChecked: text }),
    interface: phrases,
  })
  .superRefine((words, ctx) => {
    for (const form of Object.keys(FORMS) as FormName[]) {
      const paths = formPaths(form);
      const named = words.fields[form];
      for (const { path, pattern } of paths) {
        const entry = named[path];
        if (!entry) ctx.addIssue({ code: "custom", path: ["fields", form], message: `has no words for the field "${path}" — add ${path}: { label: …, hint: … }` });
        else if (pattern && !entry.pattern) ctx.addIssue({ code: "custom", path: ["fields", form, path], message: "needs pattern: what the editor reads when the value does not fit" });
      }
      for (const path of Object.keys(named)) {
        if (!paths.some((known) => known.path === path)) ctx.addIssue({ code: "custom", path: ["fields", form, path], message: `is not a field of the ${form} form — remove it or check its spelling` });
      }
    }
  });

export type CmsWords = z.infer<typeof cmsWordsSchema>;
