// An editor adds a recipe through the forms at /admin/ with the local backend: two files land in content/, pass the check, and the site shows the recipe's cost.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser, ElementHandle, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../scripts/build.ts";
import { writeFormEditor } from "../../scripts/cms/admin.ts";
import { startDecapServer } from "../../scripts/cms/local.ts";
import { loadContent, type Product } from "../../scripts/content/load.ts";
import { formatEur } from "../../scripts/kitchen/format.ts";
import { launchBrowser } from "../../scripts/print/browser.ts";
import { freePort } from "../../scripts/net.ts";
import { sharedBuilds, copyOfBuild } from "../helpers/builds.ts";
import { copyFixture, fixtureRoot, projectRoot, removeDir } from "../helpers/fixture.ts";
import { serve } from "../helpers/serve.ts";

const SLUG = "proves-putra";
const FOLDER = `content/recipes/${SLUG}`;
/** Generous, for a loaded two-core machine: every wait is on a condition, never a fixed time. */
const WAIT = { timeout: 60_000 };

let content = "";
let site: Awaited<ReturnType<typeof copyOfBuild>>;
let server: Awaited<ReturnType<typeof serve>>;
let decap: Awaited<ReturnType<typeof startDecapServer>>;
let browser: Browser;
/** Decap's buttons in the words content/cms.yaml gives them. */
let ui: (key: string) => string;

beforeAll(async () => {
  content = await copyFixture();
  decap = await startDecapServer(content, await freePort());
  // The fixture's built site, its form editor saving through this decap-server.
  site = await copyOfBuild(sharedBuilds().fixture);
  const loaded = await loadContent(content);
  ui = (key) => {
    const found = key.split(".").reduce<unknown>((group, part) => (group as Record<string, unknown>)[part], loaded.content!.cms.interface);
    if (typeof found !== "string") throw new Error(`content/cms.yaml has no interface.${key}`);
    return found;
  };
  await writeFormEditor(projectRoot, site.out, loaded.content!, { siteUrl: loaded.content!.site.baseUrl, buildDate: "2026-01-01", localBackend: decap.url });
  server = await serve(site.out);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  decap?.server.kill();
  if (!process.env.KEEP_CMS_TEST) await removeDir(content);
  if (site) await removeDir(site.work);
});

/** The n-th input of a field across both language panes (Decap numbers its ids: title-field-1, title-field-16 …). */
async function input(page: Page, name: string, n = 0): Promise<ElementHandle> {
  await page.waitForFunction((selector, count) => document.querySelectorAll(selector).length > count, WAIT, `[id^="${name}-field-"]:not(label)`, n);
  return (await page.$$(`[id^="${name}-field-"]:not(label)`))[n]!;
}

async function type(page: Page, name: string, text: string, n = 0): Promise<void> {
  await (await input(page, name, n)).click();
  await page.keyboard.type(text);
}

/** Clicks the visible element matching `selector` whose text is `text`; a timeout names it and leaves a screenshot (unless the caller will try again: `retried`). */
async function click(page: Page, text: string, selector = "button", timeout = WAIT.timeout, retried = false): Promise<void> {
  try {
    const handle = await page.waitForFunction(
      (css, wanted) => [...document.querySelectorAll<HTMLElement>(css)].find((element) => element.textContent?.trim() === wanted && element.checkVisibility()),
      { timeout },
      selector,
      text,
    );
    await (handle as ElementHandle<HTMLElement>).click();
  } catch (error) {
    if (retried) throw error;
    const shot = path.join(tmpdir(), "cms-forms-test-failed.png");
    await page.screenshot({ path: shot });
    throw new Error(`could not click "${text}" (screenshot: ${shot})`, { cause: error });
  }
}

/** Opens a drop-down menu and picks an item; a click that lands while the page is still busy is tried again until the item shows. */
async function pickFromMenu(page: Page, button: string, item: string): Promise<void> {
  const deadline = Date.now() + WAIT.timeout;
  for (;;) {
    await click(page, button, '[role="button"]');
    try {
      return await click(page, item, '[role="menuitem"]', 5_000, Date.now() + 5_000 <= deadline);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

/** Types into a select (react-select) and takes the first option it offers; returns the options it offered. */
async function choose(page: Page, name: string, text: string, n = 0): Promise<string[]> {
  await type(page, name, text, n);
  await page.waitForSelector('[class*="-option"]', WAIT);
  const offered = await page.$$eval('[class*="-option"]', (options) => options.map((option) => option.textContent ?? ""));
  await page.keyboard.press("Enter");
  return offered;
}

/** The recipe's cost from the product files themselves: 200 g of buckwheat and one onion, for 2 servings; only the onion is not in the aid package. */
async function costsOf(root: string): Promise<{ perServing: string; extraPerServing: string }> {
  const products = (await loadContent(root)).content!.products;
  const product = (id: string) => products.find((candidate) => candidate.id === id) as Product;
  const cost = (id: string, grams: number) => (grams / product(id).packageGrams) * product(id).price.eur;
  const onion = cost("sipols", product("sipols").units.gramsPerPiece!);
  return { perServing: formatEur((cost("griki", 200) + onion) / 2, "lv"), extraPerServing: formatEur(onion / 2, "lv") };
}

describe("adding a recipe through the forms", () => {
  it("should write both files into the recipe's folder, pass the check, and build a page with the right cost", async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await page.goto(`${server.url}/admin/`, { waitUntil: "networkidle0" });
    await click(page, ui("auth.login"));
    await page.waitForSelector("a[href='#/collections/recipes']", WAIT);
    await page.goto(`${server.url}/admin/#/collections/recipes/new`);

    await type(page, "title", "Proves putra");
    await type(page, "title", "Test porridge", 1);
    await type(page, "summary", "Ātra brokastu putra.");
    await type(page, "summary", "A quick breakfast porridge.", 1);
    await type(page, "servings", "2");
    await type(page, "prep", "5");
    await type(page, "cook", "15");
    await choose(page, "meal", "Brokastis");
    await choose(page, "equipment", "plīts");
    await type(page, "imageAlt", "Bļoda ar putru.");
    await type(page, "imageAlt", "A bowl of porridge.", 1);

    // An aid-package product found by its English name, an everyday one by its Latvian name.
    await click(page, ui("editor.editorWidgets.list.add").replace("%{item}", "sastāvdaļas"));
    const offered = await choose(page, "product", "Buck");
    expect(offered[0]).toMatch(/^■ Griķi — Buckwheat/);
    await type(page, "qty", "200");
    await choose(page, "unit", "g");
    await click(page, ui("editor.editorWidgets.list.add").replace("%{item}", "sastāvdaļas"));
    await choose(page, "product", "Sīpol", 1);
    await type(page, "qty", "1", 1);
    await choose(page, "unit", "glāze", 1);

    const steps = await page.$$('[aria-label="markdown field"] [contenteditable="true"]');
    await steps[0]!.click();
    await page.keyboard.type("1. Griķus noskalo.\n2. Vāra 15 minūtes.\n3. Pievieno sīpolu.");
    await steps[1]!.click();
    await page.keyboard.type("1. Rinse the buckwheat.\n2. Boil for 15 minutes.\n3. Add the onion.");

    // The preview runs the content check and the kitchen as the editor types: a glass of onion cannot be weighed…
    await page.click(`button[title="${ui("editor.editorInterface.toggleI18n")}"]`);
    await page.click(`button[title="${ui("editor.editorInterface.togglePreview")}"]`);
    const preview = await (await page.waitForSelector("iframe", WAIT))!.contentFrame();
    await preview.waitForFunction(() => document.body.innerText.includes("needs units.gramsPerGlass"), WAIT);
    expect(await preview.evaluate(() => document.body.innerText)).toContain('ingredients[1].unit: unit "glāze" needs units.gramsPerGlass (or units.densityGPerMl) in content/products/sipols.yaml');
    // …one onion can, and the cost per serving appears.
    await choose(page, "unit", "gab.", 1);
    const costs = await costsOf(content);
    await preview.waitForFunction((cost) => document.body.innerText.includes(cost), WAIT, costs.perServing);
    expect(await preview.evaluate(() => document.body.innerText)).toContain(`Viena porcija\n${costs.perServing}`);

    // A camera-style file name: the media library makes it a plain one and puts it beside the recipe.
    const picture = path.join(content, "Proves Putra.svg");
    await copyFile(path.join(content, "content/recipes/griku-putra/griku-putra.svg"), picture);
    await click(page, ui("editor.editorWidgets.image.choose"));
    await (await page.waitForSelector('input[type="file"]', WAIT))!.uploadFile(picture);
    await click(page, ui("mediaLibrary.mediaLibraryModal.chooseSelected"));
    await page.waitForSelector(`::-p-text(${ui("editor.editorWidgets.image.chooseDifferent")})`, WAIT);

    await pickFromMenu(page, ui("editor.editorToolbar.publish"), ui("editor.editorToolbar.publishNow"));
    const written = ["index.lv.md", "index.en.md", `${SLUG}.svg`].map((name) => path.join(content, FOLDER, name));
    await page.waitForFunction((saved) => document.body.textContent?.includes(saved), WAIT, ui("editor.editorToolbar.changesSaved"));
    await page.close();
    expect(written.filter((file) => !existsSync(file))).toEqual([]);

    const latvian = await readFile(written[0]!, "utf8");
    const english = await readFile(written[1]!, "utf8");
    expect(latvian).toContain("product: griki");
    expect(latvian).toContain(`image: ${SLUG}.svg`);
    // Data only in the Latvian file.
    expect(english).not.toMatch(/^(servings|ingredients|image):/m);
    expect(english).toMatch(/^title: Test porridge$/m);

    const check = await promisify(execFile)("npm", ["run", "-s", "check", "--", "--content", content], { cwd: projectRoot });
    // The fixture's recipes and the one made through the forms.
    const fixtureRecipes = (await readdir(path.join(fixtureRoot, "content", "recipes"))).length;
    expect(check.stdout).toContain(`Content is valid: 6 products, ${fixtureRecipes + 1} recipes`);

    const outDir = path.join(content, "dist");
    await build({ root: projectRoot, contentRoot: content, outDir, pdf: false });
    const html = await readFile(path.join(outDir, "lv", "receptes", SLUG, "index.html"), "utf8");
    expect(html).toContain(`<dt>Viena porcija</dt><dd data-cost="perServing">${costs.perServing}</dd>`);
    expect(html).toContain(`<dt>Piemaksa par porciju (produkti, kuru nav pakā)</dt><dd data-cost="extraPerServing">${costs.extraPerServing}</dd>`);
  });
});
