// The drawings of the handbook's product picture cards: one SVG per product in PRODUCT_PICTURES, drawing only, and no drawing left unlisted.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { svgProblems } from "../../scripts/content/svg-check.ts";
import { PRODUCT_PICTURES } from "../../scripts/kitchen/vocabulary.ts";
import { projectRoot } from "../helpers/fixture.ts";

const FOLDER = path.join(projectRoot, "assets", "pictograms", "products");

describe("the product picture cards' drawings", () => {
  it("should have one drawing for each product the cards may show, and none for another", async () => {
    const files = (await readdir(FOLDER)).filter((file) => file.endsWith(".svg")).map((file) => file.slice(0, -".svg".length));
    expect(files.sort()).toEqual([...PRODUCT_PICTURES].sort());
  });

  it("should be products of content/products/, drawn in black on white with nothing but drawing", async () => {
    const products = (await readdir(path.join(projectRoot, "content", "products"))).map((file) => file.replace(/\.yaml$/, ""));
    for (const id of PRODUCT_PICTURES) {
      expect(products, id).toContain(id);
      const svg = await readFile(path.join(FOLDER, `${id}.svg`), "utf8");
      expect(svgProblems(svg), id).toEqual([]);
      expect([...svg.matchAll(/#[0-9a-f]{3,6}\b/gi)].map((match) => match[0].toLowerCase()).filter((colour) => !["#000", "#fff", "#000000", "#ffffff"].includes(colour)), id).toEqual([]);
    }
  });
});
