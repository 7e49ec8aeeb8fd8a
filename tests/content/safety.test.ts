// Content is untrusted: nothing in a content file can run code, set build settings, expand YAML, or inject HTML.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyFixture, edit, fixtureWith, issuesOf, removeDir } from "../helpers/fixture.ts";

const EN = "content/recipes/griku-putra/index.en.md";
const LV = "content/recipes/griku-putra/index.lv.md";
let dir = "";
afterEach(async () => removeDir(dir));

describe("safety of content files", () => {
  for (const language of ["js", "javascript", "jsLegacy"]) {
    it(`should refuse ---${language} front matter without running it`, async () => {
      dir = await copyFixture();
      const marker = path.join(dir, `marker-${language}`);
      await fixtureWrite(dir, EN, `---${language}\n{ title: require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran") }\n---\n1. a\n2. b\n3. c\n`);
      const issues = await issuesOf(dir);
      expect(existsSync(marker)).toBe(false);
      expect(issues).toEqual([`${EN}:1: front matter must be YAML (start the file with "---"), "---${language}" is not allowed because it would run code`]);
    });
  }

  it("should refuse Eleventy settings such as permalink, layout and eleventyComputed", async () => {
    dir = await copyFixture();
    await edit(dir, LV, "servings: 2\n", "servings: 2\npermalink: ../../outside.html\nlayout: evil.njk\neleventyComputed: { title: x }\n");
    expect(await issuesOf(dir)).toEqual([
      `${LV}:5 permalink: "permalink" is a site-generator setting and is not accepted from content — remove this line`,
      `${LV}:6 layout: "layout" is a site-generator setting and is not accepted from content — remove this line`,
      `${LV}:7 eleventyComputed: "eleventyComputed" is a site-generator setting and is not accepted from content — remove this line`,
    ]);
  });

  it("should refuse YAML anchors and aliases, so a small file cannot expand to millions of nodes", async () => {
    dir = await copyFixture();
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join("\n");
    await edit(dir, LV, "servings: 2\n", `servings: 2\n${bomb}\n`);
    const issues = await issuesOf(dir);
    expect(issues).toContain(`${LV}:5: YAML anchor "&a" is not allowed — write the value out in full`);
    expect(issues).toContain(`${LV}:6: YAML alias "*a" is not allowed — write the value out in full`);
  });

  it("should refuse YAML tags that could construct objects", async () => {
    dir = await copyFixture();
    await edit(dir, LV, "servings: 2", "servings: !!js/function 'function () { return 2 }'");
    const issues = await issuesOf(dir);
    expect(issues[0]).toMatch(new RegExp(`^${LV}:4: YAML `));
  });

  it("should refuse raw HTML in Markdown, naming its line", async () => {
    dir = await copyFixture();
    await edit(dir, LV, "2. Vāra ūdenī 15 minūtes.", '2. Vāra ūdenī 15 minūtes. <img src=x onerror="alert(1)">');
    expect(await issuesOf(dir)).toEqual([`${LV}:19 body: raw HTML is not allowed (<img src=x onerror="alert(1)">) — use Markdown instead`]);
  });

  it("should refuse an image name that leaves the recipe folder", async () => {
    dir = await copyFixture();
    await edit(dir, LV, "image: griku-putra.svg", "image: ../../../../etc/passwd");
    expect(await issuesOf(dir)).toEqual([`${LV}:8 image: must be a file name in the recipe folder, like griku-putra.svg (svg, png, jpg or webp)`]);
  });

  it("should refuse a product id that is not a plain slug", async () => {
    dir = await fixtureWith({});
    await edit(dir, LV, "{ product: griki,", "{ product: ../griki,");
    expect(await issuesOf(dir)).toEqual([`${LV}:11 ingredients[0].product: use lower-case letters a–z without diacritics, digits and hyphens, e.g. griku-putra`]);
  });
});

async function fixtureWrite(dir: string, file: string, text: string): Promise<void> {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(path.join(dir, file), text);
}

describe("safety of pictures", () => {
  it("should refuse an SVG picture that carries a script", async () => {
    dir = await copyFixture();
    await fixtureWrite(dir, "content/recipes/griku-putra/griku-putra.svg", '<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(`https://x`)"><script>alert(1)</script></svg>');
    expect(await issuesOf(dir)).toEqual([
      "content/recipes/griku-putra/griku-putra.svg: has a <script> element — pictures may contain only drawing; export it again as a plain SVG, PNG or JPEG",
      "content/recipes/griku-putra/griku-putra.svg: has an event attribute (on…=) — pictures may contain only drawing; export it again as a plain SVG, PNG or JPEG",
    ]);
  });
});
