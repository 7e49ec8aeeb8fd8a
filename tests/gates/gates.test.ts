// The gate helpers themselves: they find a differing file, a broken link and a missing anchor (so a pass means something).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { firstDifference } from "./compare.ts";
import { brokenLinks } from "./links.ts";

let dir = "";
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function site(files: Record<string, string>): Promise<string> {
  dir = dir || (await mkdtemp(path.join(tmpdir(), "burtnica-gates-")));
  const root = path.join(dir, String(Math.random()).slice(2));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

const SITE = "https://example.org/";

describe("firstDifference", () => {
  it("should find nothing in two folders with the same bytes", async () => {
    expect(await firstDifference(await site({ "a.html": "x", "b/c.css": "y" }), await site({ "a.html": "x", "b/c.css": "y" }))).toBeUndefined();
  });

  it("should name the first file, in path order, that differs or is only in one folder", async () => {
    expect(await firstDifference(await site({ "a.html": "x", "b.pdf": "1", "c.json": "1" }), await site({ "a.html": "x", "b.pdf": "2", "c.json": "2" }))).toBe("b.pdf differs");
    expect(await firstDifference(await site({ "a.html": "x" }), await site({ "a.html": "x", "img/p.webp": "" }))).toBe("img/p.webp is only in the second build");
  });
});

describe("brokenLinks", () => {
  it("should accept pages, folders, anchors, srcset pictures, CSS urls, canonical addresses and other sites", async () => {
    const root = await site({
      "index.html": '<a href="/lv/">lv</a><a href="lv/#top">top</a><a href="https://example.org/lv/">canonical</a><a href="https://other.example/x">other</a><a href="mailto:a@b.lv">mail</a><link rel="stylesheet" href="/assets/s.css">',
      "lv/index.html": '<h1 id="top">x</h1><img src="../img/a.webp" srcset="../img/a.webp 360w, ../img/b.webp 720w" alt=""><a href="#top">up</a>',
      "img/a.webp": "",
      "img/b.webp": "",
      "assets/s.css": "@font-face { src: url(../fonts/f.woff2) }",
      "fonts/f.woff2": "",
    });
    expect(await brokenLinks(root, SITE)).toEqual([]);
  });

  it("should name each missing page, file, anchor and non-web address with the page that links to it", async () => {
    const root = await site({
      "index.html": '<a href="/en/">en</a><a href="#nowhere">x</a><a href="javascript:alert(1)">js</a><a href="#">empty</a>',
      "lv/index.html": '<img src="/img/missing.webp" srcset="/img/missing.webp 360w" alt="">',
      "assets/s.css": "@font-face { src: url('../fonts/gone.woff2') }",
    });
    expect(await brokenLinks(root, SITE)).toEqual([
      'index.html: link "/en/" — no such file in dist/ (en/index.html)',
      'index.html: link "#nowhere" — no element with id "nowhere" in index.html',
      'index.html: link "javascript:alert(1)" — is not a web address',
      'index.html: link "#" — points at nothing',
      'lv/index.html: link "/img/missing.webp" — no such file in dist/ (img/missing.webp)',
      'lv/index.html: link "/img/missing.webp" — no such file in dist/ (img/missing.webp)',
      'assets/s.css: link "../fonts/gone.woff2" — no such file in dist/ (fonts/gone.woff2)',
    ]);
  });

  it("should say when a root-relative link leaves a site that lives under a path", async () => {
    const root = await site({ "index.html": '<a href="/lv/">lv</a>', "lv/index.html": "" });
    expect(await brokenLinks(root, "https://example.org/recepsu-burtnica/")).toEqual(['index.html: link "/lv/" — points outside the site\'s folder /recepsu-burtnica/']);
  });
});
