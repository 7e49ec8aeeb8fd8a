// `npm run check` on content/packages/*.yaml: products exist and are aid products, amounts turn into grams, every problem with its line.
import { afterEach, describe, expect, it } from "vitest";
import { checkContent } from "../../scripts/content/check.ts";
import { edit, fixtureWith, issuesOf, removeDir } from "../helpers/fixture.ts";

const FILE = "content/packages/test-paka.yaml";
let dir = "";
afterEach(async () => removeDir(dir));

/** A package file whose product lines are `lines`, one per line starting at line 8. */
function packageFile(lines: string[], head: Record<string, string> = {}): string {
  const fields = { date: '"2013"', current: "false", ...head };
  return [
    "name: { lv: Testa paka, en: Test package }",
    "description: { lv: Paka testiem., en: A package for tests. }",
    "source: test fixture",
    `date: ${fields.date}`,
    `current: ${fields.current}`,
    "# the products start on line 8",
    "products:",
    ...lines.map((line) => `  - ${line}`),
    "",
  ].join("\n");
}

describe("package files", () => {
  it("should load a valid package with its products and amounts", async () => {
    dir = await fixtureWith({ [FILE]: packageFile(["{ product: griki, qty: 400, unit: g }", "{ product: manna, qty: 1, unit: paka }"]) });
    const result = await checkContent(dir);
    expect(result.issues).toEqual([]);
    expect(result.content?.packages).toEqual([
      expect.objectContaining({ id: "test-paka", file: FILE, date: "2013", current: false, products: [{ product: "griki", qty: 400, unit: "g" }, { product: "manna", qty: 1, unit: "paka" }] }),
    ]);
  });

  it("should name an unknown product with its line and suggest the closest id", async () => {
    dir = await fixtureWith({ [FILE]: packageFile(["{ product: griki, qty: 400, unit: g }", "{ product: mana, qty: 500, unit: g }"]) });
    expect(await issuesOf(dir)).toEqual([`${FILE}:9 products[1].product: unknown product "mana" — did you mean "manna"? Product ids are the file names in content/products/ without .yaml`]);
  });

  it("should name a lesson's plan whose package does not exist, with its line and the closest id, and accept one that does", async () => {
    const lesson = "content/lessons/01-graudi/index.lv.md";
    dir = await fixtureWith({ [FILE]: packageFile(["{ product: griki, qty: 400, unit: g }"]) });
    await edit(dir, lesson, "masters: [iepazisanas-lapa, meri]\n", "masters: [iepazisanas-lapa, meri]\nplan: { package: test-pak, adults: 2, children: 1, days: 7 }\n");
    expect(await issuesOf(dir)).toEqual([`${lesson}:17 plan.package: unknown package "test-pak" — did you mean "test-paka"?`]);
    await edit(dir, lesson, "package: test-pak,", "package: test-paka,");
    expect(await issuesOf(dir)).toEqual([]);
  });

  it("should refuse a lesson's plan for nobody or for more than two weeks", async () => {
    const lesson = "content/lessons/01-graudi/index.lv.md";
    dir = await fixtureWith({ [FILE]: packageFile(["{ product: griki, qty: 400, unit: g }"]) });
    await edit(dir, lesson, "masters: [iepazisanas-lapa, meri]\n", "masters: [iepazisanas-lapa, meri]\nplan: { package: test-paka, adults: 0, children: 0, days: 15 }\n");
    expect(await issuesOf(dir)).toEqual([`${lesson}:17 plan: needs at least one person: adults or children more than 0`, `${lesson}:17 plan.days: must be at most 14`]);
  });

  it("should name the product field an amount needs when its unit does not turn into grams", async () => {
    dir = await fixtureWith({ [FILE]: packageFile(["{ product: griki, qty: 2, unit: gab. }"]) });
    expect(await issuesOf(dir)).toEqual([`${FILE}:8 products[0].unit: unit "gab." needs units.gramsPerPiece in content/products/griki.yaml`]);
  });

  it("should refuse an amount 'to taste' and list the units a package may use", async () => {
    dir = await fixtureWith({ [FILE]: packageFile(["{ product: griki, qty: 1, unit: pēc garšas }"]) });
    const [issue, ...rest] = await issuesOf(dir);
    expect(rest).toEqual([]);
    expect(issue).toMatch(new RegExp(`^${FILE}:8 products\\[0\\]\\.unit: "pēc garšas" is not allowed — use one of: "g", "kg", .*"kārba"$`));
  });

  it("should refuse a product that is not an aid-package product and say which file says so", async () => {
    dir = await fixtureWith({ [FILE]: packageFile(["{ product: sipols, qty: 1, unit: kg }"]) });
    expect(await issuesOf(dir)).toEqual([
      `${FILE}:8 products[0].product: "sipols" is not an aid-package product (inAidPackage: false in content/products/sipols.yaml) — remove it here or correct the product file`,
    ]);
  });

  it("should refuse the same product twice and point to the first line", async () => {
    dir = await fixtureWith({ [FILE]: packageFile(["{ product: griki, qty: 400, unit: g }", "{ product: manna, qty: 500, unit: g }", "{ product: griki, qty: 100, unit: g }"]) });
    expect(await issuesOf(dir)).toEqual([`${FILE}:10 products[2].product: "griki" is already listed in products[0] — put the whole amount on one line`]);
  });

  it("should report a missing amount, a wrong date and a missing current flag all at once", async () => {
    dir = await fixtureWith({ [FILE]: packageFile(["{ product: griki, unit: g }"], { date: "2013-1", current: "maybe" }) });
    expect(await issuesOf(dir)).toEqual([
      `${FILE}:4 date: must be written as YYYY, YYYY-MM or YYYY-MM-DD (e.g. "2013"), or "unknown"`,
      `${FILE}:5 current: expected true or false, got "maybe"`,
      `${FILE}:8 products[0].qty: is missing — add it (expected a number)`,
    ]);
  });

  it("should accept an unknown date written as unknown", async () => {
    dir = await fixtureWith({ [FILE]: packageFile(["{ product: griki, qty: 0.3, unit: kg }"], { date: "unknown" }) });
    expect(await issuesOf(dir)).toEqual([]);
  });

  it("should refuse a file name that is not an id", async () => {
    dir = await fixtureWith({ "content/packages/Paka 2013.yaml": packageFile(["{ product: griki, qty: 400, unit: g }"]) });
    expect(await issuesOf(dir)).toEqual(["content/packages/Paka 2013.yaml: file name must be the package id: lower-case letters a–z without diacritics, digits and hyphens"]);
  });
});
