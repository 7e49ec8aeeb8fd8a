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
  const served = servedBuilds({ build: dir }, headers);
  return {
    get browser() {
      return served.browser;
    },
    get url() {
      return served.server("build").url;
    },
  };
}

/** One browser and a server for each build of `dirs` (by name), for the test file that calls it; `server(name).url` is valid inside tests. */
export function servedBuilds<Name extends string>(dirs: Record<Name, () => string>, headers: Record<string, string> = {}): { readonly browser: Browser; server: (name: Name) => { readonly url: string } } {
  let browser: Browser | undefined;
  const servers = new Map<Name, Awaited<ReturnType<typeof serve>>>();
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const name of Object.keys(dirs) as Name[]) servers.set(name, await serve(dirs[name](), headers));
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers.values()) await server.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("the browser is started before the tests");
      return browser;
    },
    server: (name) => ({
      get url() {
        const server = servers.get(name);
        if (!server) throw new Error(`the server of ${name} is started before the tests`);
        return server.url;
      },
    }),
  };
}
