// Printing never touches the network: remote requests are blocked and fail the print, as do missing local files.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBrowser, launchBrowser, NoBrowserError } from "../../scripts/print/browser.ts";
import { isAllowedUrl, printToPdf, PrintRequestError } from "../../scripts/print/render.ts";

let browser: Browser;
let dir = "";
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(path.join(tmpdir(), "burtnica-print-"));
});
afterAll(async () => {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
});

async function page(name: string, html: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, html);
  return file;
}

describe("printing a page", () => {
  it("should print a local page to a PDF", async () => {
    const file = await page("ok.html", "<!doctype html><html lang=lv><body><p>Sveiki</p></body></html>");
    const pdf = await printToPdf(browser, { htmlFile: file, allowDir: dir });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
  });

  it("should block a remote stylesheet and fail with its URL", async () => {
    const file = await page("remote.html", '<!doctype html><link rel="stylesheet" href="http://fonts.example.invalid/font.css"><p>x</p>');
    const error = await printToPdf(browser, { htmlFile: file, allowDir: dir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrintRequestError);
    expect((error as PrintRequestError).failures).toEqual(["http://fonts.example.invalid/font.css (blocked: not a local file of the build)"]);
  });

  it("should fail with the URL of a local image that is missing", async () => {
    const file = await page("missing.html", '<!doctype html><img src="missing.png" alt="">');
    const error = await printToPdf(browser, { htmlFile: file, allowDir: dir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PrintRequestError);
    expect((error as PrintRequestError).failures).toEqual([`file://${dir}/missing.png (net::ERR_FILE_NOT_FOUND)`]);
  });

  it("should block local files outside the build folder", async () => {
    expect(isAllowedUrl(`file://${dir}/a.css`, dir)).toBe(true);
    expect(isAllowedUrl("file:///etc/passwd", dir)).toBe(false);
    expect(isAllowedUrl(`file://${dir}-other/a.css`, dir)).toBe(false);
    expect(isAllowedUrl("data:image/png;base64,AAAA", dir)).toBe(true);
    expect(isAllowedUrl("https://example.org/", dir)).toBe(false);
  });
});

describe("finding a browser", () => {
  it("should prefer PUPPETEER_EXECUTABLE_PATH over a system Chromium when Puppeteer has none", () => {
    const exists = (candidate: string) => candidate === "/opt/chrome/chrome" || candidate === "/usr/bin/chromium";
    expect(findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: "/opt/chrome/chrome" }, exists, puppeteerPath: null })).toBe("/opt/chrome/chrome");
  });

  it("should use Puppeteer's own browser first when it is installed", () => {
    const exists = (candidate: string) => candidate.startsWith("/root/.cache/puppeteer/") || candidate === "/usr/bin/chromium";
    expect(findBrowser({ env: {}, exists, puppeteerPath: "/root/.cache/puppeteer/chrome/linux/chrome" })).toBe("/root/.cache/puppeteer/chrome/linux/chrome");
  });

  it("should fall back to a system Chromium", () => {
    expect(findBrowser({ env: {}, exists: (candidate) => candidate === "/usr/bin/chromium-browser", puppeteerPath: null })).toBe("/usr/bin/chromium-browser");
  });

  it("should explain how to install a browser when none is found", () => {
    const search = { env: {}, exists: () => false, puppeteerPath: null };
    expect(() => findBrowser(search)).toThrow(NoBrowserError);
    expect(() => findBrowser(search)).toThrow(/sudo apt-get install chromium/);
  });
});
