// The printed books of the fixture content, read back as a reader would: page numbers, bookmarks, sizes, large print, same bytes twice.
import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../scripts/content/limits.ts";
import { build } from "../../scripts/build.ts";
import { printWithPageNumbers } from "../../scripts/print/books.ts";
import { launchBrowser } from "../../scripts/print/browser.ts";
import { edition, textAreaMm } from "../../scripts/print/editions.ts";
import { guessPages } from "../../scripts/print/guess.ts";
import { destinationPages } from "../../scripts/print/pagerefs.ts";
import { openForPrint } from "../../scripts/print/render.ts";
import { copyFixture, projectRoot, removeDir } from "../helpers/fixture.ts";
import { contentsEntries, unescapeHtml } from "../helpers/print-html.ts";
import { dominantFontSize, outlineTitles, pageSizes, pageTexts } from "../helpers/pdf.ts";

let content = "";
let work = "";
const outA = () => path.join(work, "a");
const outB = () => path.join(work, "b");
const pdf = (name: string) => path.join(outA(), "downloads", name);
const html = (name: string) => readFile(path.join(outA(), "print", name), "utf8");
const squash = (text: string) => text.replace(/\s+/g, "");

/** A recipe too long for one A5 page: 36 steps after the fixture's griķu putra ingredients. */
/** As many steps as the content limits allow: far more than one A5 page holds. */
const LONG_STEPS = Array.from({ length: LIMITS.steps }, (_, index) => `${index + 1}. Maisa putru vēlreiz un pagaida, līdz tā ir gatava, solis ${index + 1}.`).join("\n");

async function addLongRecipe(root: string): Promise<void> {
  const from = path.join(root, "content", "recipes", "griku-putra");
  const to = path.join(root, "content", "recipes", "gara-putra");
  await mkdir(to);
  await copyFile(path.join(from, "griku-putra.svg"), path.join(to, "griku-putra.svg"));
  const lv = (await readFile(path.join(from, "index.lv.md"), "utf8")).replace("title: Griķu putra ar pienu", "title: Gara putra").replace(/---\n1\.[\s\S]*$/, `---\n${LONG_STEPS}\n`);
  const en = (await readFile(path.join(from, "index.en.md"), "utf8")).replace("title: Buckwheat porridge with milk", "title: Long porridge").replace(/---\n1\.[\s\S]*$/, `---\n${LONG_STEPS.replace(/Maisa putru vēlreiz un pagaida, līdz tā ir gatava, solis/g, "Stir the porridge again and wait until it is done, step")}\n`);
  await writeFile(path.join(to, "index.lv.md"), lv);
  await writeFile(path.join(to, "index.en.md"), en);
}

/** Contents entries of a print HTML file: title and page number, in book order. */
async function contents(file: string): Promise<{ title: string; page: number }[]> {
  return contentsEntries(await html(file));
}

beforeAll(async () => {
  content = await copyFixture();
  await addLongRecipe(content);
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
      const entries = await contents(`${file}.html`);
      const texts = await pageTexts(pdf(`${file}.pdf`));
      expect(entries.length).toBeGreaterThan(1);
      for (const { title, page } of entries) expect(squash(texts[page - 1] ?? ""), `${title} on page ${page}`).toContain(squash(title));
    });
  }

  it("should print every recipe that fits an A5 page on exactly one page", async () => {
    for (const locale of ["lv", "en"]) {
      const entries = await contents(`recepsu-burtnica-${locale}-a5.html`);
      const pages = entries.map((entry, index) => ({ title: entry.title, pages: (entries[index + 1]?.page ?? 0) - entry.page })).slice(0, -1);
      const short = pages.filter((entry) => !/^(Gara putra|Long porridge)$/.test(entry.title));
      expect(short.length, locale).toBeGreaterThanOrEqual(3);
      for (const entry of short) expect(entry.pages, `${locale}: ${entry.title}`).toBe(1);
    }
  });

  it("should keep the ingredient list and the nutrition table of a long recipe whole, each on one page", async () => {
    const entries = await contents("recepsu-burtnica-lv-a5.html");
    const start = entries.findIndex((entry) => entry.title === "Gara putra");
    const [first, next] = [entries[start]!.page, entries[start + 1]!.page];
    expect(next - first).toBeGreaterThanOrEqual(2);
    const texts = (await pageTexts(pdf("recepsu-burtnica-lv-a5.pdf"))).slice(first - 1, next - 1).map(squash);
    const onOnePage = (words: string[]) => texts.filter((text) => words.every((word) => text.includes(squash(word)))).length;
    expect(onOnePage(["Sastāvdaļas", "Griķi", "Ūdens", "Piena pulveris", "Sāls"])).toBe(1);
    expect(onOnePage(["Uzturvērtība", "Enerģētiskā vērtība", "Tauki", "Ogļhidrāti", "tostarp cukuri", "Olbaltumvielas", "AD — atsauces deva"])).toBe(1);
    expect(texts.some((text) => text.includes(squash(`solis ${LIMITS.steps}.`)))).toBe(true);
  });

  it("should give index page numbers that point at the recipes they name", async () => {
    const entries = [...(await html("recepsu-burtnica-lv-a5.html")).matchAll(/<a href="#recipe-[^"]+">([^<]+), <span class="page-ref">[^<]*<span data-page-of="[^"]+">(\d+)<\/span>/g)];
    const texts = await pageTexts(pdf("recepsu-burtnica-lv-a5.pdf"));
    expect(entries.length).toBeGreaterThan(2);
    for (const [, title, page] of entries) expect(squash(texts[Number(page) - 1]!), `${title} on page ${page}`).toContain(squash(unescapeHtml(title!)));
  });

  it("should refer from each lesson to its recipes' pages in the notebook of the same language", async () => {
    for (const locale of ["lv", "en"]) {
      const refs = [...(await html(`kursa-rokasgramata-${locale}-a4.html`)).matchAll(/<li>([^<]+) — [^<]*<span data-page-of="notebook:recipe-[^"]+">(\d+)<\/span><\/li>/g)];
      const notebook = await pageTexts(pdf(`recepsu-burtnica-${locale}-a5.pdf`));
      expect(refs.length, locale).toBeGreaterThan(0);
      for (const [, title, page] of refs) expect(squash(notebook[Number(page) - 1]!), `${title} on page ${page}`).toContain(squash(unescapeHtml(title!)));
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

  it("should guess from the column layout the very pages the print puts link targets on (every numbered edition)", async () => {
    const browser = await launchBrowser();
    try {
      for (const book of [edition("notebook", "lv", "A5"), edition("notebook", "en", "A4-large"), edition("handbook", "lv", "A4")]) {
        const printed = await destinationPages(await readFile(path.join(outA(), book.pdf)));
        const document = await openForPrint(browser, { htmlFile: path.join(outA(), book.html), allowDir: outA() });
        const guessed = await guessPages(document.page, textAreaMm(book)).finally(() => document.close());
        expect(Object.keys(printed).length, book.id).toBeGreaterThan(1);
        expect(guessed, book.id).toEqual(printed);
      }
    } finally {
      await browser.close();
    }
  });

  it("should print again with the pages read back when the guess is wrong, and give the right numbers", async () => {
    const browser = await launchBrowser();
    const file = path.join(outA(), "print", "wrong-guess.html");
    try {
      await writeFile(file, (await html("recepsu-burtnica-lv-a5.html")).replace(/(data-page-of="[^":]+">)\d+</g, "$1000<"));
      // Columns a third as tall as the page: every guess after the first recipe is too high.
      const finished = await printWithPageNumbers(browser, file, outA(), { title: "T", author: "A", subject: "S", keywords: [], language: "lv", date: new Date(0) }, [124, 60]);
      expect(finished.prints).toBe(2);
      expect(await contents("wrong-guess.html")).toEqual(await contents("recepsu-burtnica-lv-a5.html"));
    } finally {
      await browser.close();
      await rm(file, { force: true });
    }
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
