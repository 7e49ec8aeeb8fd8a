// Zod schemas for every kind of content file; the content types are inferred from them.
import { z } from "zod";
import { ALLERGEN_CODES, CARDS_PER_SHEET, EQUIPMENT, MEALS, PICTOGRAMS, SERVINGS, UNIT_CODES } from "../kitchen/vocabulary.ts";
import { formatCount, LIMITS } from "./limits.ts";
import { SLUG_PATTERN } from "./slug.ts";
import { DAYS, PERSONS } from "../plan/query.ts";

/** Slugs and ids: lower-case Latin letters without diacritics, digits, single hyphens. */
const slug = z.string().regex(SLUG_PATTERN, "use lower-case letters a–z without diacritics, digits and hyphens, e.g. griku-putra");

/** "is 1 234 characters long, more than the limit of 1 000 — shorten it" */
const tooLong = (limit: number) => ({ error: (issue: { input?: unknown }) => `is ${formatCount(String(issue.input ?? "").length)} characters long, more than the limit of ${formatCount(limit)} — shorten it` });
/** "has 60 items, more than the limit of 50" */
const tooMany = (limit: number, what = "items") => ({ error: (issue: { input?: unknown }) => `has ${Array.isArray(issue.input) ? issue.input.length : "too many"} ${what}, more than the limit of ${limit}` });
const text = z.string().trim().min(1, "is empty — write the text").max(LIMITS.textChars, tooLong(LIMITS.textChars));
const line = z.string().trim().min(1, "is empty — write the text").max(LIMITS.lineChars, tooLong(LIMITS.lineChars)).refine((value) => !value.includes("\n"), "must be one line");
const localized = z.strictObject({ lv: text, en: text });
/** A one-line text in both languages: what readers see, such as where a figure comes from. */
const localizedLine = z.strictObject({ lv: line, en: line });
const positive = z.number().positive("must be more than 0");
const amount = z.number().nonnegative("cannot be negative");
const minutes = z.number().int("must be whole minutes").nonnegative("cannot be negative").max(LIMITS.minutes, `must be at most ${LIMITS.minutes} minutes (a day)`);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD, e.g. "2026-10-01"');
const people = z.number().int("must be a whole number").positive("must be more than 0").max(100, "must be at most 100 people");
const textList = z.array(line).min(1, "needs at least one item").max(LIMITS.listItems, tooMany(LIMITS.listItems));
const fileName = z.string().regex(/^[a-z0-9]+([-_][a-z0-9]+)*\.(svg|png|jpe?g|webp)$/, "must be a file name in the recipe folder, like griku-putra.svg (svg, png, jpg or webp)");

export const siteSchema = z.strictObject({
  title: localized,
  tagline: localized,
  organisation: localized,
  project: localized,
  programme: localized,
  period: line,
  supportGroup: localized,
  contact: z.strictObject({ address: line, phone: line.optional(), email: z.email("must be an e-mail address").optional(), web: z.url("must be a full https:// address").optional(), source: line }),
  partners: z.array(z.strictObject({ name: localized, country: localized.optional() })).min(1).max(LIMITS.listItems, tooMany(LIMITS.listItems)),
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

export const stringsSchema = z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9.]*$/), z.string().max(LIMITS.textChars, tooLong(LIMITS.textChars)));

/** A word as it stands inside a sentence: ingredient lines print product names in lower case. */
const word = line.refine((value) => !/^\p{Lu}/u.test(value), "starts with a capital letter — write the word as it stands inside a sentence: biete, not Biete");

const COUNTED_LV = "nomSg: biete, nomPl: bietes, genSg: bietes, genPl: biešu";
const MEASURED_LV = "nomSg and genSg (piens, piena) or nomPl and genPl (griķi, griķu)";

/**
 * How ingredient lines write a product. Counted products (unit "gab.") give every form; measured ones give the
 * one number they are named in, so that a line after a unit is unambiguous: "1 glāze piena", "200 g griķu".
 */
const formsSchema = z
  .strictObject({
    counted: z.boolean().default(false),
    lv: z.strictObject({ nomSg: word.optional(), nomPl: word.optional(), genSg: word.optional(), genPl: word.optional() }),
    en: z.strictObject({ sg: word.optional(), pl: word.optional() }),
  })
  .superRefine((forms, ctx) => {
    const issue = (path: string[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const { lv, en } = forms;
    if (forms.counted) {
      for (const form of ["nomSg", "nomPl", "genSg", "genPl"] as const) if (!lv[form]) issue(["lv", form], `is missing — a product counted in pieces needs all four Latvian forms, for example ${COUNTED_LV}`);
      for (const form of ["sg", "pl"] as const) if (!en[form]) issue(["en", form], "is missing — a product counted in pieces needs sg and pl, for example sg: beetroot, pl: beetroots");
      return;
    }
    const pairs = [["nomSg", "genSg"], ["nomPl", "genPl"]] as const;
    const given = pairs.filter((pair) => pair.some((form) => lv[form]));
    if (given.length === 0) issue(["lv"], `needs the forms the product is named in: ${MEASURED_LV}`);
    if (given.length === 2) issue(["lv"], `gives singular and plural forms, but the product is measured, not counted in pieces — keep ${MEASURED_LV}, or add counted: true`);
    if (given.length === 1) {
      const [nominative, genitive] = given[0]!;
      if (!lv[nominative]) issue(["lv", nominative], `is missing — it is the form without an amount, as in "sāls pēc garšas" or "griķi pēc garšas"`);
      if (!lv[genitive]) issue(["lv", genitive], `is missing — it is the form after a unit, as in "1 glāze piena" or "200 g griķu"`);
    }
    if (!en.sg && !en.pl) issue(["en"], "needs sg or pl: the form the product is written in, for example sg: milk or pl: rolled oats");
    if (en.sg && en.pl) issue(["en"], "gives sg and pl, but the product is measured, not counted in pieces — keep the one it is written in (sg: milk, pl: rolled oats), or add counted: true");
  });

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
    /** `source`: every detail an editor needs to check the figure; `cite`: the short line readers see (who published it, where, when). */
    price: z.strictObject({ eur: amount, date: isoDate, source: line, cite: localizedLine.optional(), estimate: z.boolean().optional() }),
    nutrition: nutrientsSchema.extend({ source: line, cite: localizedLine.optional(), energyNote: line.optional(), standIn: z.boolean().optional() }),
    allergens: z.array(z.enum(ALLERGEN_CODES)).max(ALLERGEN_CODES.length, `has more items than there are allergens (${ALLERGEN_CODES.length})`),
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
    forms: formsSchema.optional(),
  })
  .superRefine((product, ctx) => {
    const need = (field: "aidPackage" | "storage" | "cooking", what: string) => {
      if (product.inAidPackage && !product[field]) ctx.addIssue({ code: "custom", path: [field], message: `is required for aid-package products — add ${what}` });
    };
    need("aidPackage", "aidPackage: { confirmed: true, source: … } saying where the package list comes from");
    need("storage", "storage: { lv: …, en: … } (shelf life, opened pack)");
    need("cooking", "cooking: { lv: …, en: … } (how to cook it with little energy)");
    // Readers see a short source line in their language; the editors' details in `source` are never shown.
    if (!product.price.cite && !product.price.estimate && product.price.eur > 0) ctx.addIssue({ code: "custom", path: ["price", "cite"], message: 'is missing — add the short line readers see beside the price, in both languages: who published it, where and when, e.g. cite: { lv: "Latvijas Tirgotāju asociācijas vidējās cenas (nra.lv, 2023)", en: "Latvian Traders Association average prices (nra.lv, 2023)" }; source keeps the details for editors' });
    if (!product.nutrition.cite) ctx.addIssue({ code: "custom", path: ["nutrition", "cite"], message: 'is missing — add the short line readers see under the nutrition table, in both languages, e.g. cite: { lv: "ASV Lauksaimniecības departaments (FoodData Central)", en: "US Department of Agriculture (FoodData Central)" }; source keeps the details for editors' });
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
  equipment: z.array(z.enum(EQUIPMENT)).min(1, "needs at least one item — use [none] when nothing is needed").max(EQUIPMENT.length, `has more items than there are kinds of equipment (${EQUIPMENT.length})`),
  image: fileName,
  imageAlt: line,
  ingredients: z.array(ingredientSchema).min(1, "needs at least one ingredient").max(LIMITS.ingredients, tooMany(LIMITS.ingredients, "ingredients")),
  tip: line.optional(),
  safety: line.optional(),
  /** One pictogram per step, for the recipe card in the course handbook (needed when a lesson cooks the recipe). */
  pictograms: z.array(z.enum(PICTOGRAMS)).min(1, "needs one pictogram per step").optional(),
});

export const recipeEnSchema = z.strictObject({
  title: line,
  summary: line,
  imageAlt: line,
  ingredientNotes: z.record(slug, line).default({}).refine((notes) => Object.keys(notes).length <= LIMITS.ingredients, `has more notes than the limit of ${LIMITS.ingredients} ingredients`),
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
    number: z.number().int("must be a whole number").min(1, "must be 1 or more").max(99, "must be at most 99"),
    duration: minutes.positive("must be more than 0 minutes"),
    groupSize: z.strictObject({ min: people, max: people }),
    agenda: z.array(z.strictObject({ minutes: minutes.positive("must be more than 0"), activity: line })).min(1, "needs at least one item").max(LIMITS.listItems, tooMany(LIMITS.listItems)),
    recipes: z.array(slug).max(LIMITS.listItems, tooMany(LIMITS.listItems, "recipes")).default([]),
    /** The masters in content/masters/ that the lesson uses (the handbook prints each once, with the first lesson that lists it). */
    masters: z.array(slug).max(LIMITS.listItems, tooMany(LIMITS.listItems, "masters")).default([]),
    /** A week menu the planner makes at build time from a package, shown in the lesson as its worked example. */
    plan: z
      .strictObject({
        package: slug,
        adults: z.number().int("must be a whole number").min(0, "must be 0 or more").max(PERSONS.max, `must be at most ${PERSONS.max}`),
        children: z.number().int("must be a whole number").min(0, "must be 0 or more").max(PERSONS.max, `must be at most ${PERSONS.max}`),
        days: z.number().int("must be a whole number").min(DAYS.min, `must be ${DAYS.min} or more`).max(DAYS.max, `must be at most ${DAYS.max}`),
      })
      .refine((plan) => plan.adults + plan.children > 0, { message: "needs at least one person: adults or children more than 0" })
      .optional(),
  })
  .superRefine((lesson, ctx) => {
    const total = lesson.agenda.reduce((sum, item) => sum + item.minutes, 0);
    if (total !== lesson.duration) ctx.addIssue({ code: "custom", path: ["agenda"], message: `minutes add up to ${total}, but duration is ${lesson.duration} — make them equal` });
    if (lesson.groupSize.min > lesson.groupSize.max) ctx.addIssue({ code: "custom", path: ["groupSize"], message: "min is larger than max — swap them" });
  });

export const lessonEnSchema = z.strictObject({ ...lessonText, agenda: z.array(line).min(1, "needs at least one item").max(LIMITS.listItems, tooMany(LIMITS.listItems)) });

export const pageSchema = z.strictObject({ title: line, summary: line.optional() });

/*
 * Masters: the pages of the handbook's "To photocopy" part that are not a lesson's handout or feedback form or a recipe
 * card. The Latvian file says what kind of page it is and carries its structure (kind, blankRows, products); the
 * English file carries the same text fields, item for item.
 */
const masterWords = { title: line, intro: line.optional() };
const plateParts = z.strictObject({ label: line, examples: line });
const masterTexts = {
  /** Questions, each answered as its hint says (like a lesson's feedback form): an intake form, a guest feedback form. */
  questions: z.strictObject({ ...masterWords, questions: textList }),
  /** A table to fill in: labelled rows (a weekly menu) or blank ones (a shopping list), questions below it. */
  table: z.strictObject({ ...masterWords, columns: textList, rows: textList.optional(), tickColumn: line.optional(), total: line.optional(), questions: textList.optional() }),
  /** Skills in rows, a column per time they are checked, a tick box per level in each. */
  checklist: z.strictObject({ ...masterWords, skillColumn: line, columns: textList, levels: textList, skills: textList }),
  /** The plate picture: half vegetables and fruit, a quarter grains, a quarter protein. */
  plate: z.strictObject({ ...masterWords, parts: z.strictObject({ vegetables: plateParts, grains: plateParts, protein: plateParts }), note: line.optional() }),
  /** The measures card: the kitchen measures, and grams in a glass and a spoon of the listed products. */
  measures: z.strictObject({ ...masterWords, productColumn: line, note: line }),
  /** Product picture cards to cut apart: a drawing and the name of each listed product, the aid-package ones marked. */
  cards: z.strictObject({ ...masterWords, note: line.optional() }),
};
export type MasterKind = keyof typeof masterTexts;

const MASTER_KINDS = Object.keys(masterTexts) as [MasterKind, ...MasterKind[]];
/** The kind of a master, read first so that a misspelt kind gets its own message and the rest is checked against the right schema. */
export const masterKindSchema = z.looseObject({ kind: z.enum(MASTER_KINDS) });

/** The Latvian file of a master, per kind: its text fields and its structure. */
export const masterLvSchemas = {
  questions: masterTexts.questions.extend({ kind: z.literal("questions") }),
  table: masterTexts.table
    .extend({ kind: z.literal("table"), blankRows: z.number().int("must be a whole number").min(1, "must be at least 1").max(30, "must be at most 30").optional() })
    .superRefine((table, ctx) => {
      if ((table.rows === undefined) === (table.blankRows === undefined)) ctx.addIssue({ code: "custom", path: ["rows"], message: "give either rows (a label for each row) or blankRows (how many empty rows), not both or neither" });
    }),
  checklist: masterTexts.checklist.extend({ kind: z.literal("checklist") }),
  plate: masterTexts.plate.extend({ kind: z.literal("plate") }),
  measures: masterTexts.measures.extend({ kind: z.literal("measures"), products: z.array(slug).min(1, "needs at least one product id") }),
  cards: masterTexts.cards.extend({
    kind: z.literal("cards"),
    products: z.array(slug).min(1, "needs at least one product id").max(CARDS_PER_SHEET, { error: (issue: { input?: unknown }) => `has ${Array.isArray(issue.input) ? issue.input.length : "too many"} products, more than the ${CARDS_PER_SHEET} cards one sheet holds — make a second cards master for the rest` }),
  }),
} satisfies Record<MasterKind, z.ZodType>;

/** The English file of a master: the text fields of its kind (the kind itself and the structure are in the Latvian file). */
export const masterEnSchemas: Record<MasterKind, z.ZodType<MasterEn>> = masterTexts;

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
export type RecipeLv = z.infer<typeof recipeLvSchema>;
export type RecipeEn = z.infer<typeof recipeEnSchema>;
export type LessonLv = z.infer<typeof lessonLvSchema>;
export type LessonEn = z.infer<typeof lessonEnSchema>;
export type PageFile = z.infer<typeof pageSchema>;
export type MasterLv = { [K in MasterKind]: z.infer<(typeof masterLvSchemas)[K]> }[MasterKind];
export type MasterEn = { [K in MasterKind]: z.infer<(typeof masterTexts)[K]> }[MasterKind];

export type PackageFile = z.infer<typeof packageSchema>;
