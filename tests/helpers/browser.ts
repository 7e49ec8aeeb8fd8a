// Browser-test helpers: a browser and a server of a build for a test file, and a page of it at a phone's width.
import { afterAll, beforeAll } from "vitest";
import type { Browser, Page } from "puppeteer";
import { launchBrowser } from "../../scripts/print/browser.ts";
import { serve } from "./serve.ts";

/** Opens `url` of the server at `base` at a phone's width (390 px) and waits until the network is idle. */
export async function openPage(browser: Browser, base: string, url: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: options.width ?? 390, height: 800 });
  if (options.javaScript === false) await page.setJavaScriptEnabled(false);
  await page.goto(`${base}${url}`, { waitUntil: "networkidle0" });
  return page;
}

/** A browser and a server of the build in `dir()` for the test file that calls it: started before its tests, closed after them. */
export function servedBuild(dir: () => string, headers: Record<string, string> = {}): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serve(dir(), headers);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("the browser is started before the tests");
      return browser;
    },
    get url() {
      if (!server) throw new Error("the server is started before the tests");
      return server.url;
    },
  };
}
