// `npm run check` behaviour: every problem at once, each with file, line, field and a message that says the fix.
import { afterEach, describe, expect, it } from "vitest";
import { checkContent } from "../../scripts/content/check.ts";
import { formatIssue } from "../../scripts/content/issues.ts";
import { PRODUCT_PICTURES } from "../../scripts/kitchen/vocabulary.ts";
import { edit, fixtureWith, copyFixture, issuesOf, removeDir } from "../helpers/fixture.ts";

const LV = "content/recipes/griku-putra/index.lv.md";
const EN = "content/recipes/griku-putra/index.en.md";
let dir = "";
afterEach(async () => removeDir(dir));

describe("content check", () => {
  it("should accept the fixture content without issues", async () => {
    dir = await copyFixture();
    expect(await issuesOf(dir)).toEqual([]);
  });

  it("should name an unknown product with its line and suggest the closest id", async () => {
    dir = await copyFixture();
    await edit(dir, LV, "{ product: griki,", "{ product: grikki,");
    expect(await issuesOf(dir)).toEqual([`${LV}:11 ingredients[0].product: unknown product "grikki" — did you mean "griki"? Product ids are the file names in content/products/ without .yaml`]);
  });

  it("should report a missing required field at the top of the front matter", async () => {
    dir = await copyFixture();
    await edit(dir, LV, "summary: Silta brokastu putra — ā č ē ģ ī ķ ļ ņ š ū ž.\n", "");
    expect(await issuesOf(dir)).toEqual([`${LV}:2 summary: is missing — add it (expected text)`]);
  });

  it("should list the allowed units and suggest the closest one for a misspelt unit", async () => {
    dir = await copyFixture();
    await edit(dir, "content/recipes/sipolu-zupa/index.lv.md", "unit: gab. }", "unit: gab }");
    const [issue] = await issuesOf(dir);
    expect(issue).toBe(
      'content/recipes/sipolu-zupa/index.lv.md:11 ingredients[0].unit: "gab" is not allowed — use one of: "g", "kg", "ml", "l", "gab.", "ēdamkarote", "tējkarote", "glāze", "šķipsniņa", "paka", "kārba", "pēc garšas" — did you mean "gab."?',
    );
  });

  it("should name the product field to add when a unit cannot be turned into grams, and the units that do work", async () => {
    dir = await copyFixture();
    await edit(dir, "content/recipes/sipolu-zupa/index.lv.md", "qty: 3, unit: gab. }", "qty: 1, unit: glāze }");
    expect(await issuesOf(dir)).toEqual([
      'content/recipes/sipolu-zupa/index.lv.md:11 ingredients[0].unit: unit "glāze" needs units.gramsPerGlass (or units.densityGPerMl) in content/products/sipols.yaml — or use a unit that works for sipols: g, kg, gab., paka, kārba',
    ]);
  });

  it("should say what type was expected when a quantity is not a number", async () => {
    dir = await copyFixture();
    await edit(dir, LV, "qty: 400, unit: ml", "qty: four hundred, unit: ml");
    expect(await issuesOf(dir)).toEqual([`${LV}:12 ingredients[1].qty: expected a number, got "four hundred"`]);
  });

  it("should report every problem in every file at once, sorted by file and line", async () => {
    dir = await copyFixture();
    await edit(dir, LV, "meal: breakfast", "meal: brekfast");
    await edit(dir, LV, "servings: 2", "servings: 0");
    await edit(dir, EN, "3. Add the milk powder dissolved in [100 ml](=udens) of the water, and the salt.\n", "");
    await edit(dir, "content/products/griki.yaml", "packageGrams: 400", "packageGrams: -400");
    await edit(dir, "content/lessons/01-graudi/index.lv.md", "recipes: [griku-putra]", "recipes: [griku-putr]");
    expect(await issuesOf(dir)).toEqual([
      "content/lessons/01-graudi/index.lv.md:15 recipes[0]: unknown recipe \"griku-putr\" — did you mean \"griku-putra\"?",
      "content/products/griki.yaml:6 packageGrams: must be more than 0",
      `${EN}:8 body: has 2 steps, the Latvian file has 3 — translate every step, one for one`,
      `${LV}:4 servings: must be at least 1`,
      `${LV}:6 meal: "brekfast" is not allowed — use one of: "breakfast", "soup", "main", "baking", "dessert", "snack" — did you mean "breakfast"?`,
    ]);
  });

  it("should require the English note for every Latvian ingredient note", async () => {
    dir = await copyFixture();
    await edit(dir, EN, "ingredientNotes: { piena-pulveris: dissolved in water }\n", "");
    expect(await issuesOf(dir)).toEqual([`${EN}:2 ingredientNotes.piena-pulveris: is missing — translate the Latvian note "izšķīdināts ūdenī"`]);
  });

  it("should require a tip in English where the Latvian file has one", async () => {
    dir = await copyFixture();
    await edit(dir, EN, "tip: You can also make the porridge in a thermos.\n", "");
    expect(await issuesOf(dir)).toEqual([`${EN}:2 tip: is in ${LV} but not here — add the translation or remove both`]);
  });

  it("should ask for the short source line readers see beside a price and under nutrition values, but not for an estimate", async () => {
    dir = await copyFixture();
    const GRIKI = "content/products/griki.yaml";
    await edit(dir, GRIKI, "source: test fixture, cite: { lv: testa avots, en: test source } }", "source: test fixture }");
    await edit(dir, GRIKI, "nutrition: { source: test fixture, cite: { lv: testa avots, en: test source },", "nutrition: { source: test fixture,");
    expect(await issuesOf(dir)).toEqual([
      `${GRIKI}:7 price.cite: is missing — add the short line readers see beside the price, in both languages: who published it, where and when, e.g. cite: { lv: "Latvijas Tirgotāju asociācijas vidējās cenas (nra.lv, 2023)", en: "Latvian Traders Association average prices (nra.lv, 2023)" }; source keeps the details for editors`,
      `${GRIKI}:8 nutrition.cite: is missing — add the short line readers see under the nutrition table, in both languages, e.g. cite: { lv: "ASV Lauksaimniecības departaments (FoodData Central)", en: "US Department of Agriculture (FoodData Central)" }; source keeps the details for editors`,
    ]);
    await edit(dir, GRIKI, "date: 2026-01-01, source: test fixture }", "date: 2026-01-01, source: test fixture, estimate: true }");
    expect((await issuesOf(dir)).map((issue) => issue.split(" ").slice(0, 2).join(" "))).toEqual([`${GRIKI}:8 nutrition.cite:`]);
  });

  it("should check that a lesson's agenda adds up to its duration", async () => {
    dir = await copyFixture();
    await edit(dir, "content/lessons/01-graudi/index.lv.md", "{ minutes: 40, activity: Gatavošana }", "{ minutes: 45, activity: Gatavošana }");
    expect(await issuesOf(dir)).toEqual(["content/lessons/01-graudi/index.lv.md:11 agenda: minutes add up to 65, but duration is 60 — make them equal"]);
  });

  it("should require storage and cooking notes for aid-package products", async () => {
    dir = await copyFixture();
    await edit(dir, "content/products/manna.yaml", "storage: { lv: Sausā vietā., en: In a dry place. }\n", "");
    expect(await issuesOf(dir)).toEqual(["content/products/manna.yaml:2 storage: is required for aid-package products — add storage: { lv: …, en: … } (shelf life, opened pack)"]);
  });

  it("should refuse an aid-package mark that no source confirms for Latvia", async () => {
    dir = await copyFixture();
    await edit(dir, "content/products/griki.yaml", "confirmed: true", "confirmed: false");
    expect(await issuesOf(dir)).toEqual([
      "content/products/griki.yaml:5 aidPackage.confirmed: is false, but only products a source confirms for Latvian packages are aid-package products — set inAidPackage: false, remove aidPackage and say what is known in the description",
    ]);
  });

  it("should warn, without failing, when a product's energy is more than 10 % off the EU-factor energy of its macronutrients", async () => {
    dir = await copyFixture();
    // manna: 1 g fat, 73 g carbohydrate, 12 g protein, 4 g fibre = 37 + 1241 + 204 + 32 = 1514 kJ and 9 + 292 + 48 + 8 = 357 kcal
    await edit(dir, "content/products/manna.yaml", "energyKj: 1500, energyKcal: 360", "energyKj: 1300, energyKcal: 330");
    const result = await checkContent(dir);
    expect(result.issues).toEqual([]);
    expect(result.content).toBeDefined();
    const tail = "by the EU factors (Regulation 1169/2011 Annex XIV) — use 1514 kJ / 357 kcal, or say why in nutrition.energyNote";
    expect(result.warnings.map(formatIssue)).toEqual([
      `content/products/manna.yaml:8 nutrition.energyKj: 1300 kJ is 14 % lower than 1514 kJ, the energy of its own fat, carbohydrate, protein and fibre ${tail}`,
    ]);
  });

  it("should not warn about energy when the product says why it differs", async () => {
    dir = await copyFixture();
    await edit(dir, "content/products/manna.yaml", "energyKj: 1500, energyKcal: 360", "energyKj: 1000, energyKcal: 240, energyNote: measured by bomb calorimetry");
    const result = await checkContent(dir);
    expect(result.issues).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("should return warnings beside the problems when the content also has problems", async () => {
    dir = await copyFixture();
    await edit(dir, "content/products/manna.yaml", "energyKcal: 360", "energyKcal: 200");
    await edit(dir, "content/products/griki.yaml", "packageGrams: 400", "packageGrams: -400");
    const result = await checkContent(dir);
    expect(result.content).toBeUndefined();
    expect(result.issues.map(formatIssue)).toEqual(["content/products/griki.yaml:6 packageGrams: must be more than 0"]);
    expect(result.warnings.map((warning) => warning.field)).toEqual(["nutrition.energyKcal"]);
  });

  it("should report a UI string that is missing in one language", async () => {
    dir = await fixtureWith({});
    await edit(dir, "content/i18n/en.yaml", "nav.skip: Skip to content\n", "");
    expect(await issuesOf(dir)).toEqual(['content/i18n/en.yaml nav.skip: is missing — add the English for "Pāriet uz saturu"']);
  });
  it("should flag Latvian text left in the English file", async () => {
    dir = await copyFixture();
    await edit(dir, EN, "2. Boil in the water for 15 minutes.", "2. Vāra ūdenī 15 minūtes.");
    expect(await issuesOf(dir)).toEqual([`${EN}:9 body: has Latvian letters ("2. Vāra ūdenī 15 minūtes.") — write the step in English`]);
  });

  it("should flag a Latvian file whose text is not Latvian", async () => {
    dir = await copyFixture();
    await edit(dir, "content/recipes/sipolu-zupa/index.lv.md", "summary: Vienkārša zupa.", "summary: A simple soup.");
    await edit(dir, "content/recipes/sipolu-zupa/index.lv.md", "1. Sīpolus sagriež.\n2. Vāra ūdenī 30 minūtes.", "1. Cut the onions.\n2. Boil for 30 minutes.");
    expect(await issuesOf(dir)).toEqual(["content/recipes/sipolu-zupa/index.lv.md:16 body: has no Latvian letters (ā, č, ē …) — the Latvian file must carry the Latvian text"]);
  });

  it("should name the file and line of every step amount that is not an ingredient's, with the fix", async () => {
    dir = await copyFixture();
    await edit(dir, LV, "izšķīdināts [100 ml](=udens) ūdens", "izšķīdināts [100 ml](=udenz) ūdens un [1 glāzi](=udens) un [2 ēd. k.](=manna)");
    await edit(dir, EN, "dissolved in [100 ml](=udens) of the water", "dissolved in [100 ml](=udens) of the water");
    expect(await issuesOf(dir)).toEqual([
      `${EN}:10 body: step 3 gives [100 ml](=udens), but the Latvian step 3 gives no amount — give the same amounts of the same products in both languages`,
      `${LV}:20 body: step 3: unknown product "udenz" in [100 ml](=udenz) — did you mean "udens"?`,
      `${LV}:20 body: step 3: unknown unit "glāzi" in [1 glāzi](=udens) — a step can scale only g, kg, ml, l, ēd. k., tējk. (words that stay the same for every number); write the amount in one of them or as plain text`,
      `${LV}:20 body: step 3: "manna" is not an ingredient of this recipe — add it to ingredients in ${LV}, or refer to one of: griki, udens, piena-pulveris, sals`,
    ]);
  });

  it("should report a used product without word forms, with the line to add them at and an example", async () => {
    dir = await copyFixture();
    await edit(dir, "content/products/udens.yaml", "forms:\n  lv: { nomSg: ūdens, genSg: ūdens }\n  en: { sg: water }\n", "");
    const [issue, ...rest] = await issuesOf(dir);
    expect(rest).toEqual([]);
    expect(issue).toMatch(/^content\/products\/udens\.yaml:\d+ forms: is missing — recipe "gara-putra" writes "400 ml", and its ingredient line needs the product's word forms; add them at the end of the file, for example forms: \{ lv: \{ nomSg: piens, genSg: piena \}, en: \{ sg: milk \} \}/);
  });

  it("should ask for counted: true and every form when a recipe counts a product in pieces", async () => {
    dir = await copyFixture();
    await edit(dir, "content/products/sipols.yaml", "  counted: true\n  lv: { nomSg: sīpols, nomPl: sīpoli, genSg: sīpola, genPl: sīpolu }\n  en: { sg: onion, pl: onions }", "  lv: { nomSg: sīpols, genSg: sīpola }\n  en: { sg: onion }");
    const issues = await issuesOf(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^content\/products\/sipols\.yaml:\d+ forms\.counted: is missing — recipe "sipolu-zupa" writes "3 gab\." \(pieces\), so the line is written with the noun itself \("2 bietes"\); add counted: true/);
  });

  it("should name the missing form of a counted product and of a measured one", async () => {
    dir = await copyFixture();
    await edit(dir, "content/products/sipols.yaml", " genSg: sīpola,", "");
    await edit(dir, "content/products/manna.yaml", "genSg: mannas", "nomPl: mannas");
    const issues = await issuesOf(dir);
    expect(issues.find((issue) => issue.includes("sipols.yaml"))).toMatch(/^content\/products\/sipols\.yaml:\d+ forms\.lv\.genSg: is missing — a product counted in pieces needs all four Latvian forms, for example nomSg: biete, nomPl: bietes, genSg: bietes, genPl: biešu$/);
    expect(issues.find((issue) => issue.includes("manna.yaml"))).toMatch(/forms\.lv: gives singular and plural forms, but the product is measured, not counted in pieces/);
  });

  it("should refuse a word form written with a capital letter", async () => {
    dir = await copyFixture();
    await edit(dir, "content/products/griki.yaml", "nomPl: griķi", "nomPl: Griķi");
    expect(await issuesOf(dir)).toEqual([expect.stringMatching(/^content\/products\/griki\.yaml:\d+ forms\.lv\.nomPl: starts with a capital letter — write the word as it stands inside a sentence/)]);
  });

  it("should report a unit word form that is missing, and one that the language does not use", async () => {
    dir = await fixtureWith({});
    await edit(dir, "content/i18n/lv.yaml", "unit.glass.genSg: glāzes\n", "");
    await edit(dir, "content/i18n/en.yaml", "unit.glass.pl: glasses\n", "unit.glass.pl: glasses\nunit.glass.genSg: glasses\n");
    expect(await issuesOf(dir)).toEqual([
      expect.stringMatching(/^content\/i18n\/en\.yaml:\d+ unit\.glass\.genSg: is not a form English lines use — use sg, pl$/),
      'content/i18n/lv.yaml unit.glass.genSg: is missing — add the word for a fraction, as in "½ glāzes"',
    ]);
  });

  it("should report text addressed to editors wherever readers see it, and accept an answer hint on a feedback question", async () => {
    dir = await copyFixture();
    const lesson = "content/lessons/01-graudi/index.lv.md";
    await edit(dir, lesson, "Vadītājs sagatavo virtuvi pirms dalībnieku ierašanās.", "Vadītājs sagatavo virtuvi pirms dalībnieku ierašanās.\nJa grupa grib, nomainiet recepti arī šajā failā.");
    await edit(dir, lesson, "discussion: [Kas izdevās?]", "discussion: [Kas izdevās? (jā / nē)]");
    expect(await issuesOf(dir)).toEqual([
      `${lesson}:17 discussion[0]: is a layout hint ("(jā / nē)") — readers see this text: write it for them, or remove it`,
      `${lesson}:25 body: speaks of the content file ("šajā failā") — readers see this text: write it for them, or remove it`,
      `${lesson}:25 body: tells editors what to change ("nomainiet") — readers see this text: write it for them, or remove it`,
    ]);
  });

  it("should require the same kind of answer for each feedback question in both languages", async () => {
    dir = await copyFixture();
    await edit(dir, "content/lessons/01-graudi/index.en.md", "Did you like it? (smiley scale)", "Did you like it?");
    expect(await issuesOf(dir)).toEqual(['content/lessons/01-graudi/index.en.md:14 feedback[0]: is answered in writing, but in content/lessons/01-graudi/index.lv.md with faces — end it with "(smiley scale)"']);
  });
});

describe("content check of the handbook's masters", () => {
  const MASTER = "content/masters/iepazisanas-lapa";
  const LESSON = "content/lessons/01-graudi/index.lv.md";

  it("should ask for one pictogram per step of a recipe that a lesson cooks, naming the lesson", async () => {
    dir = await copyFixture();
    await edit(dir, LV, "pictograms: [wash, boil, stir]\n", "");
    expect(await issuesOf(dir)).toEqual([
      expect.stringMatching(new RegExp(`^${LV}:\\d+ pictograms: is missing — ${LESSON} cooks this recipe, and its card in the handbook shows a picture for each of its 3 steps; add pictograms: \\[ … \\] with one of wash, peel, .* per step$`)),
    ]);
  });

  it("should count the pictograms against the steps", async () => {
    dir = await copyFixture();
    await edit(dir, LV, "pictograms: [wash, boil, stir]", "pictograms: [wash, boil]");
    expect(await issuesOf(dir)).toEqual([`${LV}:16 pictograms: has 2 pictograms, but the recipe has 3 steps — give one pictogram per step, in the order of the steps`]);
  });

  it("should suggest the closest pictogram for a misspelt one", async () => {
    dir = await copyFixture();
    await edit(dir, LV, "pictograms: [wash, boil, stir]", "pictograms: [wash, boill, stir]");
    const [issue] = await issuesOf(dir);
    expect(issue).toMatch(new RegExp(`^${LV}:16 pictograms\\[1\\]: "boill" is not allowed — use one of: "wash", .* — did you mean "boil"\\?$`));
  });

  it("should name a misspelt kind of master and the closest one", async () => {
    dir = await copyFixture();
    await edit(dir, `${MASTER}.lv.yaml`, "kind: questions", "kind: question");
    expect(await issuesOf(dir)).toEqual([`${MASTER}.lv.yaml:1 kind: "question" is not allowed — use one of: "questions", "table", "checklist", "plate", "measures", "cards" — did you mean "questions"?`]);
  });

  it("should require the English file of a master, with the same items answered the same way", async () => {
    dir = await copyFixture();
    await edit(dir, `${MASTER}.en.yaml`, "May we take photos of you? (yes / no)", "May we take photos of you?");
    expect(await issuesOf(dir)).toEqual([`${MASTER}.en.yaml:6 questions[2]: is answered in writing, but in ${MASTER}.lv.yaml with yes / no — end it with "(yes / no)"`]);
    await edit(dir, `${MASTER}.en.yaml`, "  - Do you have a food allergy?\n", "");
    await edit(dir, `${MASTER}.en.yaml`, "intro: Filled in before the first lesson.\n", "");
    expect(await issuesOf(dir)).toEqual([`${MASTER}.en.yaml:1 intro: is in ${MASTER}.lv.yaml but not here — add the English`, `${MASTER}.en.yaml:2 questions: has 2 items, the Latvian file has 3 — translate item for item`]);
    await removeDir(`${dir}/${MASTER}.en.yaml`);
    expect(await issuesOf(dir)).toEqual([`${MASTER}.en.yaml: file is missing — create it (see CONTRIBUTING.md)`]);
  });

  it("should name a master no lesson uses, and a lesson's master that does not exist", async () => {
    dir = await copyFixture();
    await edit(dir, LESSON, "masters: [iepazisanas-lapa, meri]", "masters: [iepazisanas-lap, meri]");
    expect(await issuesOf(dir)).toEqual([
      `${LESSON}:16 masters[0]: unknown master "iepazisanas-lap" — did you mean "iepazisanas-lapa"?`,
      `${MASTER}.lv.yaml: no lesson uses this master — add "iepazisanas-lapa" to the masters of the lesson that needs it (content/lessons/<nn-slug>/index.lv.md), so the handbook prints it with that lesson`,
    ]);
  });

  it("should ask for a glass weight of every product on the measures card", async () => {
    dir = await copyFixture();
    await edit(dir, "content/masters/meri.lv.yaml", "products: [griki]", "products: [griki, sals, grikki]");
    expect(await issuesOf(dir)).toEqual([
      "content/masters/meri.lv.yaml:3 products[1]: content/products/sals.yaml gives no weight for a glass — add units.gramsPerGlass (or units.densityGPerMl) with its source, or take the product off the card",
      'content/masters/meri.lv.yaml:3 products[2]: unknown product "grikki" — did you mean "griki"? Product ids are the file names in content/products/ without .yaml',
    ]);
  });

  it("should name a product on the picture cards that is unknown or not drawn, and more cards than a sheet holds", async () => {
    dir = await fixtureWith({ "content/masters/kartites.lv.yaml": "kind: cards\ntitle: Produktu kartītes\nproducts: [griki, sals, grikki]\n", "content/masters/kartites.en.yaml": "title: Product cards\n" });
    await edit(dir, LESSON, "masters: [iepazisanas-lapa, meri]", "masters: [iepazisanas-lapa, meri, kartites]");
    expect(await issuesOf(dir)).toEqual([
      `content/masters/kartites.lv.yaml:3 products[1]: "sals" has no drawing for the cards yet — use one of: ${PRODUCT_PICTURES.join(", ")}; or add a drawing as assets/pictograms/products/sals.svg and "sals" to PRODUCT_PICTURES in scripts/kitchen/vocabulary.ts`,
      'content/masters/kartites.lv.yaml:3 products[2]: unknown product "grikki" — did you mean "griki"? Product ids are the file names in content/products/ without .yaml',
    ]);
    await edit(dir, "content/masters/kartites.lv.yaml", "products: [griki, sals, grikki]", `products: [${Array.from({ length: 13 }, () => "griki").join(", ")}]`);
    expect(await issuesOf(dir)).toEqual(["content/masters/kartites.lv.yaml:3 products: has 13 products, more than the 12 cards one sheet holds — make a second cards master for the rest"]);
  });

  it("should report a note for editors in a master, but accept an answer hint at the end of its questions", async () => {
    dir = await copyFixture();
    await edit(dir, `${MASTER}.lv.yaml`, "intro: Aizpilda pirms pirmās nodarbības.", "intro: Aizpilda pirms pirmās nodarbības (3 rindiņas).");
    expect(await issuesOf(dir)).toEqual([`${MASTER}.lv.yaml:3 intro: is a layout hint ("(3 rindiņas)") — readers see this text: write it for them, or remove it`]);
  });
});
