// `npm run new`: a skeleton that the check reports placeholder by placeholder, that passes once filled in, and never overwrites.
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createSkeleton, NewContentError } from "../../scripts/new/create.ts";
import { copyFixture, fixtureRoot, issuesOf, removeDir } from "../helpers/fixture.ts";

let dir = "";
afterEach(async () => removeDir(dir));

/** Replaces each pattern in one file of the copy, failing when a pattern is absent (so the test follows the skeleton). */
async function fill(file: string, replacements: [RegExp, string][]): Promise<void> {
  let text = await readFile(path.join(dir, file), "utf8");
  for (const [pattern, value] of replacements) {
    expect(text, `${file} ${pattern}`).toMatch(pattern);
    text = text.replace(pattern, value);
  }
  await writeFile(path.join(dir, file), text);
}

describe("npm run new -- recipe", () => {
  it("should make a folder named by the title with Latvian letters folded, holding a Latvian and an English file", async () => {
    dir = await copyFixture();
    const created = await createSkeleton(dir, "recipe", "Griķu plācenīši");
    expect(created).toEqual({ folder: "content/recipes/griku-placenisi", files: ["content/recipes/griku-placenisi/index.lv.md", "content/recipes/griku-placenisi/index.en.md"] });
    expect((await readdir(path.join(dir, created.folder))).sort()).toEqual(["index.en.md", "index.lv.md"]);
    expect(await readFile(path.join(dir, created.folder, "index.lv.md"), "utf8")).toContain("\ntitle: Griķu plācenīši\n");
  });

  it("should report each placeholder once, on its line, saying what to write", async () => {
    dir = await copyFixture();
    await createSkeleton(dir, "recipe", "Griķu plācenīši");
    const issues = await issuesOf(dir);
    const where = issues.map((issue) => issue.replace(/ still says (AIZPILDI|FILL IN) — .*$/, " $1"));
    const LV = "content/recipes/griku-placenisi/index.lv.md";
    const EN = "content/recipes/griku-placenisi/index.en.md";
    expect(where).toEqual([
      `${EN}:3 title: FILL IN`,
      `${EN}:4 summary: FILL IN`,
      `${EN}:5 imageAlt: FILL IN`,
      `${EN}:7 body: FILL IN`,
      `${EN}:8 body: FILL IN`,
      `${LV}:5 summary: AIZPILDI`,
      `${LV}:6 servings: AIZPILDI`,
      `${LV}:7 time.cook: AIZPILDI`,
      `${LV}:7 time.prep: AIZPILDI`,
      `${LV}:8 meal: AIZPILDI`,
      `${LV}:9 equipment[0]: AIZPILDI`,
      `${LV}:10 image: AIZPILDI`,
      `${LV}:11 imageAlt: AIZPILDI`,
      `${LV}:15 ingredients[0].product: AIZPILDI`,
      `${LV}:15 ingredients[0].qty: AIZPILDI`,
      `${LV}:16 ingredients[1].product: AIZPILDI`,
      `${LV}:16 ingredients[1].qty: AIZPILDI`,
      `${LV}:19 body: AIZPILDI`,
      `${LV}:20 body: AIZPILDI`,
    ]);
    expect(issues).toContain(`${LV}:6 servings: still says AIZPILDI — write how many servings the recipe makes, a whole number such as 4`);
    expect(issues).toContain(`${LV}:8 meal: still says AIZPILDI — write one of: breakfast, soup, main, baking, dessert, snack`);
    expect(issues).toContain(`${LV}:15 ingredients[0].product: still says AIZPILDI — write a product id: a file name in content/products/ without .yaml, such as griki`);
    expect(issues).toContain(`${EN}:3 title: still says FILL IN — in English, write the name of the dish`);
  });

  it("should pass the check once every placeholder is filled in and the picture is added", async () => {
    dir = await copyFixture();
    const { folder } = await createSkeleton(dir, "recipe", "Griķu plācenīši");
    await fill(`${folder}/index.lv.md`, [
      [/"AIZPILDI: viens teikums par ēdienu"/, "Plāni plācenīši no vārītiem griķiem."],
      [/servings: AIZPILDI/, "servings: 4"],
      [/prep: AIZPILDI, cook: AIZPILDI/, "prep: 10, cook: 20"],
      [/meal: AIZPILDI/, "meal: main"],
      [/\[AIZPILDI\]/, "[stove]"],
      [/image: AIZPILDI/, "image: griku-placenisi.svg"],
      [/"AIZPILDI: kas redzams bildē \(viens teikums\)"/, "Šķīvis ar griķu plācenīšiem."],
      [/product: AIZPILDI, qty: AIZPILDI, unit: g/, "product: griki, qty: 200, unit: g"],
      [/product: AIZPILDI, qty: AIZPILDI, unit: g/, "product: udens, qty: 400, unit: g"],
      [/1\. AIZPILDI: pirmais solis\./, "1. Griķus vāra ūdenī 15 minūtes."],
      [/2\. AIZPILDI: otrais solis\./, "2. No putras veido plācenīšus un cep pannā."],
    ]);
    await fill(`${folder}/index.en.md`, [
      [/"FILL IN: the name of the dish in English"/, "Buckwheat patties"],
      [/"FILL IN: one sentence about the dish"/, "Thin patties made from boiled buckwheat."],
      [/"FILL IN: what the picture shows, in one sentence"/, "A plate of buckwheat patties."],
      [/1\. FILL IN: the first step\./, "1. Boil the buckwheat in the water for 15 minutes."],
      [/2\. FILL IN: the second step\./, "2. Shape patties from the porridge and fry them in a pan."],
    ]);
    await cp(path.join(fixtureRoot, "content/recipes/griku-putra/griku-putra.svg"), path.join(dir, folder, "griku-placenisi.svg"));
    expect(await issuesOf(dir)).toEqual([]);
  });

  it("should refuse a title whose folder exists, and leave that folder as it was", async () => {
    dir = await copyFixture();
    const before = await readFile(path.join(dir, "content/recipes/griku-putra/index.lv.md"), "utf8");
    await expect(createSkeleton(dir, "recipe", "Griķu putra")).rejects.toThrow("content/recipes/griku-putra/ already exists — choose another title, or change that recipe instead.");
    expect(await readFile(path.join(dir, "content/recipes/griku-putra/index.lv.md"), "utf8")).toBe(before);
  });

  it("should refuse a title with nothing to make a folder name from, and an unknown kind", async () => {
    dir = await copyFixture();
    await expect(createSkeleton(dir, "recipe", "— ? —")).rejects.toBeInstanceOf(NewContentError);
    await expect(createSkeleton(dir, "recipe", "")).rejects.toThrow('Give the recipe\'s title in Latvian, in quotes: npm run new -- recipe "Griķu plācenīši".');
    await expect(createSkeleton(dir, "product", "Griķi")).rejects.toThrow('Say what to make: npm run new -- recipe "Griķu plācenīši" or npm run new -- lesson "Zupas no pakas" (not "product").');
  });
});

describe("npm run new -- lesson", () => {
  it("should number the lesson after the last one and make its plan and handout in both languages", async () => {
    dir = await copyFixture();
    const created = await createSkeleton(dir, "lesson", "Zupas no pakas");
    expect(created.folder).toBe("content/lessons/02-zupas-no-pakas");
    expect((await readdir(path.join(dir, created.folder))).sort()).toEqual(["handout.en.md", "handout.lv.md", "index.en.md", "index.lv.md"]);
    expect(await readFile(path.join(dir, created.folder, "index.lv.md"), "utf8")).toContain("\nnumber: 2\ntitle: Zupas no pakas\n");
  });

  it("should report the placeholders of every file, one message each, and pass once they are filled in", async () => {
    dir = await copyFixture();
    const { folder } = await createSkeleton(dir, "lesson", "Zupas no pakas");
    const issues = await issuesOf(dir);
    expect(issues.every((issue) => issue.startsWith(`${folder}/`) && / still says (AIZPILDI|FILL IN) — write|in English, write/.test(issue))).toBe(true);
    expect(issues).toHaveLength(33);
    expect(issues).toContain(`${folder}/index.lv.md:9 duration: still says AIZPILDI — write the lesson's length in minutes, such as 120 (the agenda's minutes must add up to it)`);

    await fill(`${folder}/index.lv.md`, [
      [/"AIZPILDI: [^"]*"/g, "Gatavojam zupu kopā ar grupu."],
      [/duration: AIZPILDI/, "duration: 60"],
      [/min: AIZPILDI, max: AIZPILDI/, "min: 4, max: 8"],
      [/minutes: AIZPILDI/, "minutes: 60"],
      [/^AIZPILDI: piezīmes vadītājam\.$/m, "Vadītājs sagatavo virtuvi pirms nodarbības."],
    ]);
    await fill(`${folder}/index.en.md`, [
      [/"FILL IN: [^"]*"/g, "We cook soup together with the group."],
      [/^FILL IN: notes for the leader\.$/m, "The leader gets the kitchen ready before the lesson."],
    ]);
    await fill(`${folder}/handout.lv.md`, [[/"AIZPILDI: [^"]*"/, "Zupa no pakas"], [/^AIZPILDI: .*$/m, "Zupu var vārīt no pakas produktiem."]]);
    await fill(`${folder}/handout.en.md`, [[/"FILL IN: [^"]*"/, "Soup from the package"], [/^FILL IN: .*$/m, "You can make soup from the package products."]]);
    expect(await issuesOf(dir)).toEqual([]);
  });

  it("should refuse a title whose slug a lesson already has, whatever its number", async () => {
    dir = await copyFixture();
    await expect(createSkeleton(dir, "lesson", "Graudi")).rejects.toThrow('content/lessons/01-graudi/ already has the name "graudi" — choose another title, or change that lesson instead.');
  });
});
