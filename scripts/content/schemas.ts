// Zod schemas for every kind of content file; the content types are inferred from them.
import { z } from "zod";
import { ALLERGEN_CODES, EQUIPMENT, MEALS, SERVINGS, UNIT_CODES } from "../kitchen/vocabulary.ts";

/** Slugs and ids: lower-case Latin letters without diacritics, digits, single hyphens. */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case letters a–z without diacritics, digits and hyphens, e.g. griku-putra");
const text = z.string().trim().min(1, "is empty — write the text");
const line = text.refine((value) => !value.includes("\n"), "must be one line");
const localized = z.strictObject({ lv: text, en: text });
const positive = z.number().positive("must be more than 0");
const amount = z.number().nonnegative("cannot be negative");
const minutes = z.number().int("must be whole minutes").nonnegative("cannot be negative");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD, e.g. "2026-10-01"');
const textList = z.array(line).min(1, "needs at least one item");
const fileName = z.string().regex(/^[a-z0-9]+([-_][a-z0-9]+)*\.(svg|png|jpe?g|webp)$/, "must be a file name in the recipe folder, like griku-putra.svg (svg, png, jpg or webp)");

/** The largest recipe picture the build takes, in bytes (the form editor's upload limit too). */
export const PICTURE_MAX_BYTES = 10_000_000;

export const siteSchema = z.strictObject({
  title: localized,
  tagline: localized,
  organisation: localized,
  project: localized,
  programme: localized,
  period: line,
  supportGroup: localized,
  contact: z.strictObject({ address: line, phone: line.optional(), email: z.email("must be an e-mail address").optional(), web: z.url("must be a full https:// address").optional(), source: line }),
  partners: z.array(z.strictObject({ name: localized, country: localized.optional() })).min(1),
  funding: localized,
  licence: z.strictObject({ name: line, url: z.url("must be a full https:// address") }),
  baseUrl: z.url("must be a full https:// address ending with /").refine((url) => url.endsWith("/"), "must end with /"),
  repository: z.url("must be a full https:// address"),
  /** How the form editor at /admin/ signs editors in to GitHub (README: "The form editor"). */
  cms: z
    .strictObject({
      branch: line.optional(),
      siteDomain: line.optional(),
      authUrl: z.url("must be a full https:// address").refine((url) => url.startsWith("https://"), "must start with https://").optional(),
      authEndpoint: line.optional(),
    })
    .optional(),
});

export const stringsSchema = z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9.]*$/), z.string());

const nutrientsSchema = z.strictObject({
  energyKj: amount,
  energyKcal: amount,
  fat: amount,
  saturates: amount,
  carbohydrate: amount,
  sugars: amount,
  fibre: amount,
  protein: amount,
  salt: amount,
});

export const productSchema = z
  .strictObject({
    name: localized,
    description: localized,
    inAidPackage: z.boolean(),
    countInAidShare: z.boolean().default(true),
    aidPackage: z.strictObject({ confirmed: z.boolean(), source: line }).optional(),
    packageGrams: positive,
    price: z.strictObject({ eur: amount, date: isoDate, source: line, estimate: z.boolean().optional() }),
    nutrition: nutrientsSchema.extend({ source: line, energyNote: line.optional(), standIn: z.boolean().optional() }),
    allergens: z.array(z.enum(ALLERGEN_CODES)),
    units: z
      .strictObject({
        densityGPerMl: positive.optional(),
        gramsPerPiece: positive.optional(),
        gramsPerTablespoon: positive.optional(),
        gramsPerTeaspoon: positive.optional(),
        gramsPerGlass: positive.optional(),
        gramsPerPinch: positive.optional(),
        source: line.optional(),
      })
      .default({}),
    storage: localized.optional(),
    cooking: localized.optional(),
  })
  .superRefine((product, ctx) => {
    const need = (field: "aidPackage" | "storage" | "cooking", what: string) => {
      if (product.inAidPackage && !product[field]) ctx.addIssue({ code: "custom", path: [field], message: `is required for aid-package products — add ${what}` });
    };
    need("aidPackage", "aidPackage: { confirmed: true, source: … } saying where the package list comes from");
    need("storage", "storage: { lv: …, en: … } (shelf life, opened pack)");
    need("cooking", "cooking: { lv: …, en: … } (how to cook it with little energy)");
    if (product.inAidPackage && product.aidPackage?.confirmed === false) ctx.addIssue({ code: "custom", path: ["aidPackage", "confirmed"], message: "is false, but only products a source confirms for Latvian packages are aid-package products — set inAidPackage: false, remove aidPackage and say what is known in the description" });
    if (!product.inAidPackage && product.aidPackage) ctx.addIssue({ code: "custom", path: ["aidPackage"], message: "only aid-package products have aidPackage — remove it or set inAidPackage: true" });
    const sized = Object.entries(product.units).some(([key, value]) => key !== "source" && value !== undefined);
    if (sized && !product.units.source) ctx.addIssue({ code: "custom", path: ["units", "source"], message: "is required when unit conversions are given — say where the figures come from" });
  });

const ingredientSchema = z.strictObject({
  product: slug,
  qty: positive.optional(),
  unit: z.enum(UNIT_CODES),
  note: line.optional(),
});

export const recipeLvSchema = z.strictObject({
  title: line,
  summary: line,
  servings: z.number().int("must be a whole number").min(SERVINGS.min, `must be at least ${SERVINGS.min}`).max(SERVINGS.max, `must be at most ${SERVINGS.max}`),
  time: z.strictObject({ prep: minutes, cook: minutes }),
  meal: z.enum(MEALS),
  equipment: z.array(z.enum(EQUIPMENT)).min(1, 'needs at least one item — use [none] when nothing is needed'),
  image: fileName,
  imageAlt: line,
  ingredients: z.array(ingredientSchema).min(1, "needs at least one ingredient"),
  tip: line.optional(),
  safety: line.optional(),
});

export const recipeEnSchema = z.strictObject({
  title: line,
  summary: line,
  imageAlt: line,
  ingredientNotes: z.record(slug, line).default({}),
  tip: line.optional(),
  safety: line.optional(),
});

const adaptations = z.strictObject({ visual: textList, motor: textList, cognitive: textList });
const lessonText = {
  title: line,
  goal: line,
  objectives: textList,
  equipment: textList,
  materials: textList,
  preparation: textList,
  discussion: textList,
  adaptations,
  feedback: textList,
};

export const lessonLvSchema = z
  .strictObject({
    ...lessonText,
    number: z.number().int().min(1, "must be 1 or more"),
    duration: z.number().int().positive("must be more than 0 minutes"),
    groupSize: z.strictObject({ min: z.number().int().positive(), max: z.number().int().positive() }),
    agenda: z.array(z.strictObject({ minutes: z.number().int().positive("must be more than 0"), activity: line })).min(1),
    recipes: z.array(slug).default([]),
  })
  .superRefine((lesson, ctx) => {
    const total = lesson.agenda.reduce((sum, item) => sum + item.minutes, 0);
    if (total !== lesson.duration) ctx.addIssue({ code: "custom", path: ["agenda"], message: `minutes add up to ${total}, but duration is ${lesson.duration} — make them equal` });
    if (lesson.groupSize.min > lesson.groupSize.max) ctx.addIssue({ code: "custom", path: ["groupSize"], message: "min is larger than max — swap them" });
  });

export const lessonEnSchema = z.strictObject({ ...lessonText, agenda: z.array(line).min(1) });

export const pageSchema = z.strictObject({ title: line, summary: line.optional() });

export type Site = z.infer<typeof siteSchema>;
export type Strings = z.infer<typeof stringsSchema>;
export type ProductFile = z.infer<typeof productSchema>;
export type RecipeLv = z.infer<typeof recipeLvSchema>;
export type RecipeEn = z.infer<typeof recipeEnSchema>;
export type LessonLv = z.infer<typeof lessonLvSchema>;
export type LessonEn = z.infer<typeof lessonEnSchema>;
export type PageFile = z.infer<typeof pageSchema>;
