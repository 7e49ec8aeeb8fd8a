// Where prices and nutrition values come from, as readers see it on the built site of the real content: each product page and
// each recipe gives the short source lines (`cite`) in the page's language, and no page shows the editors' `source` notes.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "../../scripts/content/check.ts";
import type { Content } from "../../scripts/content/load.ts";
import { routesFor } from "../../scripts/present/routes.ts";
import { LOCALES } from "../../scripts/kitchen/vocabulary.ts";
import { sharedBuilds } from "../helpers/builds.ts";
import { listFiles } from "../gates/links.ts";

let content: Content;
let dist = "";
const routes = routesFor("/");
/** As Nunjucks writes text into a page. */
const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const page = (url: string) => readFile(path.join(dist, routes.outputPath(url)), "utf8");

beforeAll(async () => {
  const builds = sharedBuilds();
  dist = builds.real;
  const checked = await checkContent(builds.realSources);
  if (!checked.content) throw new Error("the real content does not pass the check");
  content = checked.content;
});

describe("sources of prices and nutrition values on the site", () => {
  it("should give each product page its price's and nutrition's source line in the page's language", async () => {
    for (const product of content.products) {
      for (const locale of LOCALES) {
        const html = await page(routes.product(locale, product.id));
        const where = `${product.id} (${locale})`;
        if (product.price.estimate) expect(html, where).toContain(locale === "lv" ? "novērtējums" : "an estimate");
        else if (product.price.eur > 0) expect(html, where).toContain(escaped(product.price.cite![locale]));
        expect(html, where).toContain(escaped(product.nutrition.cite![locale]));
      }
    }
  });

  it("should name the sources under every recipe's cost and nutrition, in the page's language", async () => {
    for (const recipe of content.recipes) {
      const lv = await page(routes.recipe("lv", recipe.slug));
      const en = await page(routes.recipe("en", recipe.slug));
      expect(lv, recipe.slug).toMatch(/Cenu avoti: [^<]+\./);
      expect(lv, recipe.slug).toMatch(/Uzturvērtības avoti: [^<]+\./);
      expect(en, recipe.slug).toMatch(/Prices: [^<]+\./);
      expect(en, recipe.slug).toMatch(/Nutrition values: [^<]+\./);
      expect(en, recipe.slug).not.toContain("Latvijas Tirgotāju");
      for (const [line] of [...lv.matchAll(/Cenu avoti: [^<]+/g), ...en.matchAll(/Prices: [^<]+/g)]) {
        const publishers = line.replace(/^[^:]+: /, "").split(/; (?![^()]*\))/).map((cite) => cite.replace(/ \(.*$/, ""));
        expect(publishers, `${recipe.slug}: ${line}`).toEqual([...new Set(publishers)]);
      }
    }
  });

  it("should never show the editors' source notes (price, nutrition, aid package) to readers", async () => {
    const notes = content.products.flatMap((product) => [product.price.source, product.nutrition.source, ...(product.aidPackage ? [product.aidPackage.source] : [])]);
    const problems: string[] = [];
    for (const file of (await listFiles(dist)).filter((name) => /\.(html|json)$/.test(name) && !name.startsWith("admin/"))) {
      const text = await readFile(path.join(dist, file), "utf8");
      for (const note of notes) if (text.includes(note) || text.includes(escaped(note))) problems.push(`${file}: "${note.slice(0, 60)}…"`);
    }
    expect(problems).toEqual([]);
  });
});
