// The printed books of the fixture content, read back as a reader would: page numbers, bookmarks, sizes, large print, same bytes twice.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../scripts/build.ts";
import { copyFixture, projectRoot, removeDir } from "../helpers/fixture.ts";
import { dominantFontSize, outlineTitles, pageSizes, pageTexts } from "../helpers/pdf.ts";

let content = "";
let work = "";
const outA = () => path.join(work, "a");
const outB = () => path.join(work, "b");
const pdf = (name: string) => path.join(outA(), "downloads", name);
const html = (name: string) => readFile(path.join(outA(), "print", name), "utf8");
const squash = (text: string) => text.replace(/\s+/g, "");
const unescape = (text: string) => text.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

beforeAll(async () => {
  content = await copyFixture();
  work = await mkdtemp(path.join(tmpdir(), "burtnica-books-"));
  process.env.SOURCE_DATE_EPOCH = "1767225600";
  await build({ root: projectRoot, contentRoot: content, outDir: outA() });
  await build({ root: projectRoot, contentRoot: content, outDir: outB() });
});

afterAll(async () => {
  await removeDir(content);
  await rm(work, { recursive: true, force: true });
});

describe("printed books", () => {
  for (const [book, file] of [["notebook", "recepsu-burtnica-lv-a5"], ["large-print notebook", "recepsu-burtnica-en-a4-large"], ["handbook", "kursa-rokasgramata-lv-a4"]] as const) {
    it(`should give contents page numbers that point at the pages carrying those titles (${book})`, async () => {
      const entries = [...(await html(`${file}.html`)).matchAll(/<span class="toc-title">([^<]+)<\/span> <span class="toc-page" data-page-of="[^"]+">(\d+)<\/span>/g)];
      const texts = await pageTexts(pdf(`${file}.pdf`));
      expect(entries.length).toBeGreaterThan(1);
      for (const [, title, page] of entries) expect(squash(texts[Number(page) - 1] ?? ""), `${title} on page ${page}`).toContain(squash(unescape(title!)));
    });
  }

  it("should give index page numbers that point at the recipes they name", async () => {
    const entries = [...(await html("recepsu-burtnica-lv-a5.html")).matchAll(/<a href="#recipe-[^"]+">([^<]+), <span class="page-ref">[^<]*<span data-page-of="[^"]+">(\d+)<\/span>/g)];
    const texts = await pageTexts(pdf("recepsu-burtnica-lv-a5.pdf"));
    expect(entries.length).toBeGreaterThan(2);
    for (const [, title, page] of entries) expect(squash(texts[Number(page) - 1]!), `${title} on page ${page}`).toContain(squash(unescape(title!)));
  });

  it("should refer from each lesson to its recipes' pages in the notebook of the same language", async () => {
    for (const locale of ["lv", "en"]) {
      const refs = [...(await html(`kursa-rokasgramata-${locale}-a4.html`)).matchAll(/<li>([^<]+) — [^<]*<span data-page-of="notebook:recipe-[^"]+">(\d+)<\/span><\/li>/g)];
      const notebook = await pageTexts(pdf(`recepsu-burtnica-${locale}-a5.pdf`));
      expect(refs.length, locale).toBeGreaterThan(0);
      for (const [, title, page] of refs) expect(squash(notebook[Number(page) - 1]!), `${title} on page ${page}`).toContain(squash(unescape(title!)));
    }
  });

  it("should bookmark every recipe in the outline", async () => {
    const titles = await outlineTitles(pdf("recepsu-burtnica-lv-a5.pdf"));
    for (const recipe of ["Griķu putra ar pienu", "Manna putra", "Sīpolu zupa"]) expect(titles).toContain(recipe);
    const english = await outlineTitles(pdf("recepsu-burtnica-en-a4-large.pdf"));
    for (const recipe of ["Buckwheat porridge with milk", "Semolina porridge", "Onion soup"]) expect(english).toContain(recipe);
  });

  it("should print each format on its own paper size", async () => {
    const sizes = async (name: string) => [...new Set(await pageSizes(pdf(name)))];
    expect(await sizes("recepsu-burtnica-lv-a5.pdf")).toEqual(["420x595"]);
    expect(await sizes("recepsu-burtnica-lv-a4-large.pdf")).toEqual(["595x842"]);
    expect(await sizes("kursa-rokasgramata-lv-a4.pdf")).toEqual(["595x842"]);
    expect(await sizes("recepsu-burtnica-lv-a4-booklet.pdf")).toEqual(["842x595"]);
  });

  it("should set large-print body text at 16 pt or more", async () => {
    const texts = await pageTexts(pdf("recepsu-burtnica-lv-a4-large.pdf"));
    const recipePages = texts.flatMap((text, index) => (text.includes("Pagatavošana") ? [index + 1] : []));
    expect(recipePages.length).toBeGreaterThan(0);
    expect(await dominantFontSize(pdf("recepsu-burtnica-lv-a4-large.pdf"), recipePages)).toBeGreaterThanOrEqual(16);
  });

  it("should say on the booklet's first page how to print it", async () => {
    const [first] = await pageTexts(pdf("recepsu-burtnica-lv-a4-booklet.pdf"));
    expect(first).toContain("abpusēji");
    expect(first).toContain("īso malu");
  });

  it("should build byte-identical output twice from the same commit", async () => {
    const hashes = async (root: string) => {
      const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
      const out: Record<string, string> = {};
      for (const entry of files) {
        const full = path.join(entry.parentPath, entry.name);
        out[path.relative(root, full)] = createHash("sha256").update(await readFile(full)).digest("hex");
      }
      return out;
    };
    const [a, b] = [await hashes(outA()), await hashes(outB())];
    expect(Object.keys(a).length).toBeGreaterThan(50);
    expect(b).toEqual(a);
  });
});
