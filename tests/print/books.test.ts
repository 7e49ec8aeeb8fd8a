// The printed books of the fixture content, read back as a reader would: page numbers, bookmarks, sizes, large print, same bytes twice.
import { createHash } from "node:crypto";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "../../scripts/content/check.ts";
import { LIMITS } from "../../scripts/content/limits.ts";
import { edition } from "../../scripts/present/editions.ts";
import { printWithPageNumbers } from "../../scripts/print/books.ts";
import { launchBrowser } from "../../scripts/print/browser.ts";
import { guessPages, printAreaPx } from "../../scripts/print/guess.ts";
import { destinationPages } from "../../scripts/print/pagerefs.ts";
import { openForPrint } from "../../scripts/print/render.ts";
import { copyOfBuild, sharedBuilds } from "../helpers/builds.ts";
import { contentsEntries, unescapeHtml } from "../helpers/print-html.ts";
import { dominantFontSize, outlineTitles, pageSizes, pageTexts } from "../helpers/pdf.ts";

const outA = () => sharedBuilds().fixture;
const outB = () => sharedBuilds().fixtureAgain;
const pdf = (name: string) => path.join(outA(), "downloads", name);
const html = (name: string) => readFile(path.join(outA(), "print", name), "utf8");
const squash = (text: string) => text.replace(/\s+/g, "");

/** Contents entries of a print HTML file, in book order: title, page number and the id it links to. */
async function contents(file: string): Promise<{ title: string; page: number; id: string }[]> {
  return contentsEntries(await html(file));
}

describe("printed books", () => {
  for (const [book, file] of [["notebook", "recepsu-burtnica-lv-a5"], ["large-print notebook", "recepsu-burtnica-en-a4-large"], ["handbook", "kursa-rokasgramata-lv-a4"]] as const) {
    it(`should give contents page numbers that point at the pages carrying those titles (${book})`, async () => {
      const entries = await contents(`${file}.html`);
      const texts = await pageTexts(pdf(`${file}.pdf`));
      expect(entries.length).toBeGreaterThan(1);
      // A handbook master's entry, "Recepšu kartīte: Griķu putra", is printed as its kicker's last words and its title.
      const printed = (title: string, text: string) => [squash(title), squash(title).replace(":", "")].some((form) => text.includes(form));
      for (const { title, page } of entries) expect(printed(title, squash(texts[page - 1] ?? "")), `${title} on page ${page}`).toBe(true);
    });
  }

  it("should print every recipe that fits an A5 page on exactly one page", async () => {
    for (const locale of ["lv", "en"]) {
      const entries = await contents(`recepsu-burtnica-${locale}-a5.html`);
      const pages = entries.map((entry, index) => ({ id: entry.id, title: entry.title, pages: (entries[index + 1]?.page ?? 0) - entry.page })).filter((entry) => entry.id.startsWith("recipe-"));
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
    expect(onOnePage(["Sastāvdaļas", "1 glāze griķu", "400 ml ūdens", "2 ēd. k. piena pulvera", "sāls pēc garšas"])).toBe(1);
    expect(onOnePage(["Uzturvērtība", "Enerģētiskā vērtība", "Tauki", "Ogļhidrāti", "tostarp cukuri", "Olbaltumvielas", "AD — atsauces deva"])).toBe(1);
    expect(texts.some((text) => text.includes(squash(`solis ${LIMITS.steps}.`)))).toBe(true);
  });

  it("should give index page numbers, in order, that point at the recipes they stand for", async () => {
    const index = (await html("recepsu-burtnica-lv-a5.html")).split('id="product-index"')[1]!;
    const lines = [...index.matchAll(/<li><span class="index-product">([^<]+)<\/span>(.*?)<\/li>/g)];
    const texts = await pageTexts(pdf("recepsu-burtnica-lv-a5.pdf"));
    expect(lines.length).toBeGreaterThan(1);
    for (const [, product, refs] of lines) {
      const pages = [...refs!.matchAll(/<a href="#recipe-[^"]+" title="([^"]+)"><span data-page-of="[^"]+">(\d+)<\/span><\/a>/g)].map(([, title, page]) => ({ title: unescapeHtml(title!), page: Number(page) }));
      expect(pages.length, product).toBeGreaterThan(0);
      expect(pages.map((ref) => ref.page), product).toEqual(pages.map((ref) => ref.page).sort((a, b) => a - b));
      for (const { title, page } of pages) expect(squash(texts[page - 1]!), `${title} on page ${page}`).toContain(squash(title));
    }
  });

  it("should list, after the index, the price of every product a recipe measures with its date and source or the word estimate", async () => {
    const content = (await checkContent(sharedBuilds().fixtureContent)).content!;
    const texts = await pageTexts(pdf("recepsu-burtnica-lv-a5.pdf"));
    const [list] = texts.map((text, index) => ({ text: squash(text), page: index + 1 })).filter(({ text }) => text.includes(squash("Cenas, pēc kurām aprēķinātas izmaksas")) && !text.includes(squash("Saturs")));
    expect(list, "the price list's page").toBeDefined();
    const after = squash(texts.slice(list!.page - 1).join(" "));
    const measured = new Set(content.recipes.flatMap((recipe) => recipe.data.ingredients.filter((line) => line.qty !== undefined).map((line) => line.product)));
    const priced = content.products.filter((product) => measured.has(product.id) && product.price.eur > 0);
    expect(priced.length).toBeGreaterThan(1);
    for (const product of priced) {
      expect(after, product.id).toContain(squash(product.name.lv));
      expect(after, product.id).toContain(squash(product.price.estimate ? "novērtējums" : product.price.cite!.lv));
    }
    for (const product of content.products.filter((item) => !measured.has(item.id))) expect(after, `${product.id} is measured by no recipe`).not.toContain(squash(`${product.name.lv}${product.packageGrams}`));
  });

  it("should refer from each lesson to its recipes' pages in both notebooks of the same language", async () => {
    for (const locale of ["lv", "en"]) {
      const refs = [...(await html(`kursa-rokasgramata-${locale}-a4.html`)).matchAll(/<li><strong>([^<]+)<\/strong> — [^<]*<span data-page-of="a5:recipe-[^"]+">(\d+)<\/span>[^<]*<span data-page-of="large:recipe-[^"]+">(\d+)<\/span>/g)];
      const a5 = await pageTexts(pdf(`recepsu-burtnica-${locale}-a5.pdf`));
      const large = await pageTexts(pdf(`recepsu-burtnica-${locale}-a4-large.pdf`));
      expect(refs.length, locale).toBeGreaterThan(0);
      for (const [, title, onA5, onLarge] of refs) {
        expect(squash(a5[Number(onA5) - 1]!), `${title} on A5 page ${onA5}`).toContain(squash(unescapeHtml(title!)));
        expect(squash(large[Number(onLarge) - 1]!), `${title} on large-print page ${onLarge}`).toContain(squash(unescapeHtml(title!)));
      }
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
        const guessed = await guessPages(document.page, printAreaPx(book)).finally(() => document.close());
        expect(Object.keys(printed).length, book.id).toBeGreaterThan(1);
        expect(guessed, book.id).toEqual(printed);
      }
    } finally {
      await browser.close();
    }
  });

  it("should print again with the pages read back when the guess is wrong, and give the right numbers", async () => {
    const browser = await launchBrowser();
    const { work, out } = await copyOfBuild(outA());
    const file = path.join(out, "print", "wrong-guess.html");
    try {
      await writeFile(file, (await html("recepsu-burtnica-lv-a5.html")).replace(/(data-page-of="[^":]+">)\d+</g, "$1000<"));
      // Columns a third as tall as the page: every guess after the first recipe is too high.
      const finished = await printWithPageNumbers(browser, file, out, { title: "T", author: "A", subject: "S", keywords: [], language: "lv", date: new Date(0) }, [469, 232]);
      expect(finished.prints).toBe(2);
      expect(contentsEntries(await readFile(file, "utf8"))).toEqual(await contents("recepsu-burtnica-lv-a5.html"));
    } finally {
      await browser.close();
      await rm(work, { recursive: true, force: true });
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
    const differing = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().filter((file) => a[file] !== b[file]);
    expect(differing, `first differing file: ${differing[0]}`).toEqual([]);
  });
});
