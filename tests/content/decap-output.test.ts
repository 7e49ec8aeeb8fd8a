// Files as the form editor (Decap CMS 3.16, recorded from its local backend) writes them: accepted when valid, reported like any file when not.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LIMITS } from "../../scripts/content/limits.ts";
import { edit, fixtureWith, issuesOf, removeDir } from "../helpers/fixture.ts";

const FOLDER = "content/recipes/proves-putra";
const PICTURE = path.join(import.meta.dirname, "..", "fixtures", "site", FOLDER.replace("proves-putra", "griku-putra"), "griku-putra.svg");

// Block style, keys in the form's order, cleared fields as "", a text with ": " in single quotes, the steps as the body.
const LATVIAN = `---
title: Proves putra
summary: 'Ātra putra: 15 minūtēs.'
servings: 2
time:
  prep: 5
  cook: 10
meal: breakfast
equipment:
  - stove
image: proves_putra.svg
imageAlt: Bļoda.
ingredients:
  - product: griki
    qty: 200
    unit: g
    note: ""
  - product: sipols
    qty: 1
    unit: gab.
  - product: sals
    qty: ""
    unit: pēc garšas
tip: ""
safety: ""
---
1. Griķus noskalo.
2. Vāra 10 minūtes.
3. Pasniedz.
`;

// Only the translated fields, in the same order; a cleared note and tip as "".
const ENGLISH = `---
title: Test porridge
summary: 'A quick porridge: 15 minutes.'
imageAlt: A bowl.
ingredientNotes: {}
tip: ""
---
1. Rinse the buckwheat.
2. Boil for 10 minutes.
3. Serve.
`;

// A long quoted text folded onto the next line, a plain date, a cleared group.
const PRODUCT = `name:
  lv: Sīpols
  en: Onion
description:
  lv: Dārzenis.
  en: A vegetable.
inAidPackage: false
countInAidShare: true
packageGrams: 1000
price:
  eur: 1
  date: 2026-01-01
  source: 'test fixture: a price source long enough for Decap to fold it onto the
    next line'
nutrition:
  energyKj: 170
  energyKcal: 40
  fat: 0.1
  saturates: 0
  carbohydrate: 8
  sugars: 4
  fibre: 2
  protein: 1
  salt: 0
  source: test fixture
allergens: []
units:
  gramsPerPiece: 100
  source: test fixture
storage:
  lv: ""
  en: ""
forms:
  counted: true
  lv:
    nomSg: sīpols
    nomPl: sīpoli
    genSg: sīpola
    genPl: sīpolu
  en:
    sg: onion
    pl: onions
`;

let dir = "";
afterEach(async () => removeDir(dir));

async function withDecapRecipe(lv = LATVIAN, en = ENGLISH): Promise<string> {
  const folder = await fixtureWith({ [`${FOLDER}/index.lv.md`]: lv, [`${FOLDER}/index.en.md`]: en, "content/products/sipols.yaml": PRODUCT });
  await writeFile(path.join(folder, FOLDER, "proves_putra.svg"), await readFile(PICTURE));
  return folder;
}

describe("files the form editor writes", () => {
  it("should accept a recipe and a product as Decap writes them, cleared fields included", async () => {
    dir = await withDecapRecipe();
    expect(await issuesOf(dir)).toEqual([]);
  });

  it("should read a cleared tip as no tip, so a tip in one language only is still reported", async () => {
    dir = await withDecapRecipe(LATVIAN.replace('tip: ""', "tip: Ēd siltu."));
    expect(await issuesOf(dir)).toEqual([`${FOLDER}/index.en.md:2 tip: is in ${FOLDER}/index.lv.md but not here — add the translation or remove both`]);
  });

  it("should report data copied into the English file like any unknown field, with its line", async () => {
    dir = await withDecapRecipe(LATVIAN, ENGLISH.replace("ingredientNotes: {}\n", "ingredients:\n  - product: griki\n    qty: 200\n    unit: g\n"));
    expect(await issuesOf(dir)).toEqual([`${FOLDER}/index.en.md:5 ingredients: unknown field "ingredients" — remove it or check its spelling (see CONTRIBUTING.md)`]);
  });

  it("should still ask for a quantity that was cleared where the unit needs one", async () => {
    dir = await withDecapRecipe(LATVIAN.replace("    qty: 200\n", '    qty: ""\n'));
    expect(await issuesOf(dir)).toEqual([`${FOLDER}/index.lv.md:15 ingredients[0].qty: qty is missing: write how many g (for example qty: 1), or use unit "pēc garšas"`]);
  });

  it("should refuse a picture larger than the limit, saying its size", async () => {
    dir = await withDecapRecipe();
    await writeFile(path.join(dir, FOLDER, "proves_putra.svg"), `<svg xmlns="http://www.w3.org/2000/svg">${" ".repeat(LIMITS.pictureBytes + 500_000)}</svg>`);
    const issues = await issuesOf(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^${FOLDER}/index\\.lv\\.md:11 image: picture "proves_putra\\.svg" is 20\\.5 MB, more than the limit of 20 MB`));
  });

  it("should refuse a picture name with capitals or spaces, as before", async () => {
    dir = await withDecapRecipe();
    await edit(dir, `${FOLDER}/index.lv.md`, "image: proves_putra.svg", "image: Proves putra.svg");
    expect(await issuesOf(dir)).toEqual([`${FOLDER}/index.lv.md:11 image: must be a file name in the recipe folder, like griku-putra.svg (svg, png, jpg or webp)`]);
  });
});
