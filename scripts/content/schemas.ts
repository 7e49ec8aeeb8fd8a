// Zod schemas for every kind of content file; the content types are inferred from them.
import { z } from "zod";
import { ALLERGEN_CODES } from "../kitchen/allergens.ts";
import { UNIT_CODES } from "../kitchen/units.ts";

export const LOCALES = ["lv", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const MEALS = ["breakfast", "soup", "main", "baking", "dessert", "snack"] as const;
export const EQUIPMENT = ["stove", "oven", "kettle", "none"] as const;

/** Slugs and ids: lower-case Latin letters without diacritics, digits, single hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case letters a–z without diacritics, digits and hyphens, e.g. griku-putra");
const text = z.string().trim().min(1, "is empty — write the text");
const line = text.refine((value) => !value.includes("\n"), "must be one line");
const localized = z.strictObject({ lv: text, en: text });
const positive = z.number().positive("must be more than 0");
const amount = z.number().nonnegative("cannot be negative");
const minutes = z.number().int("must be whole minutes").nonnegative("cannot be negative");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD, e.g. "2026-10-01"');
const textList = z.array(line).min(1, "needs at least one item");
const fileName = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\.(svg|png|jpe?g|webp)$/, "must be a file name in the recipe folder, like griku-putra.svg (svg, png, jpg or webp)");

export const siteSchema = z.strictObject({
  title: localized,
  tagline: localized,
  organisation: localized,
  project: localized,
  programme: localized,
  period: line,
  supportGroup: localized,
  partners: z.array(z.strictObject({ name: localized, country: localized.optional() })).min(1),
  funding: localized,
  licence: z.strictObject({ name: line, url: z.url("must be a full https:// address") }),
  baseUrl: z.url("must be a full https:// address ending with /").refine((url) => url.endsWith("/"), "must end with /"),
  repository: z.url("must be a full https:// address"),
});

export const stringsSchema = z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9.]*$/), z.string());

export const nutrientsSchema = z.strictObject({
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
    aidPackage: z.strictObject({ confirmed: z.boolean(), source: line }).optional(),
    packageGrams: positive,
    price: z.strictObject({ eur: amount, date: isoDate, source: line }),
    nutrition: nutrientsSchema.extend({ source: line }),
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
    if (!product.inAidPackage && product.aidPackage) ctx.addIssue({ code: "custom", path: ["aidPackage"], message: "only aid-package products have aidPackage — remove it or set inAidPackage: true" });
    const sized = Object.entries(product.units).some(([key, value]) => key !== "source" && value !== undefined);
    if (sized && !product.units.source) ctx.addIssue({ code: "custom", path: ["units", "source"], message: "is required when unit conversions are given — say where the figures come from" });
  });

export const ingredientSchema = z.strictObject({
  product: slug,
  qty: positive.optional(),
  unit: z.enum(UNIT_CODES),
  note: line.optional(),
});

export const recipeLvSchema = z.strictObject({
  title: line,
  summary: line,
  servings: z.number().int("must be a whole number").min(1, "must be at least 1").max(50, "must be at most 50"),
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

/** Units a package amount may use: every kitchen unit except "pēc garšas" (a package holds a known amount). */
const PACKAGE_UNITS = UNIT_CODES.filter((unit) => unit !== "pēc garšas") as [Exclude<(typeof UNIT_CODES)[number], "pēc garšas">, ...Exclude<(typeof UNIT_CODES)[number], "pēc garšas">[]];

export const packageSchema = z.strictObject({
  name: localized,
  description: localized,
  source: line,
  /** When the list was handed out or published, as precisely as the source says; "unknown" when it does not say. */
  date: z.union([z.literal("unknown"), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be written as YYYY, YYYY-MM or YYYY-MM-DD (e.g. "2013"), or "unknown"')]),
  /** true only when a source says packages hold this list now. */
  current: z.boolean(),
  products: z.array(z.strictObject({ product: slug, qty: positive, unit: z.enum(PACKAGE_UNITS) })).min(1, "needs at least one product"),
});

export type Site = z.infer<typeof siteSchema>;
export type Strings = z.infer<typeof stringsSchema>;
export type ProductFile = z.infer<typeof productSchema>;
export type Ingredient = z.infer<typeof ingredientSchema>;
export type RecipeLv = z.infer<typeof recipeLvSchema>;
export type RecipeEn = z.infer<typeof recipeEnSchema>;
export type LessonLv = z.infer<typeof lessonLvSchema>;
export type LessonEn = z.infer<typeof lessonEnSchema>;
export type PageFile = z.infer<typeof pageSchema>;
export type PackageFile = z.infer<typeof packageSchema>;
