// The built form editor page (/admin/): it loads from the site's own files only, without console errors, under its own Content-Security-Policy.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadContent } from "../../scripts/content/load.ts";
import { servedBuild } from "../helpers/browser.ts";
import { sharedBuilds } from "../helpers/builds.ts";

const site = servedBuild(() => sharedBuilds().fixture);

describe("form editor page", () => {
  it("should load Decap CMS from the site itself, with no console errors and no request to another origin", async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    const elsewhere: string[] = [];
    page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
    page.on("pageerror", (error) => void errors.push(String(error)));
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = request.url();
      if (/^(data|blob):/.test(url) || url.startsWith(site.url)) return void request.continue();
      elsewhere.push(url);
      void request.abort();
    });
    await page.goto(`${site.url}/admin/`, { waitUntil: "networkidle0" });
    // Decap's sign-in screen, in Latvian: with the GitHub backend nothing is asked of GitHub before an editor signs in.
    const words = (await loadContent(sharedBuilds().fixtureContent)).content!.cms.interface as { auth: { loginWithGitHub: string } };
    await page.waitForFunction((login) => [...document.querySelectorAll("button")].some((button) => button.textContent?.includes(login)), { timeout: 60_000 }, words.auth.loginWithGitHub);
    await page.close();
    expect(errors).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it("should give Decap Latvian words only under keys its own English words have", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/admin/`, { waitUntil: "networkidle0" });
    await page.waitForFunction(() => (window as unknown as { CMS?: { getLocale(locale: string): unknown } }).CMS?.getLocale("lv") !== undefined, { timeout: 60_000 });
    const unknown = await page.evaluate(() => {
      const cms = (window as unknown as { CMS: { getLocale(locale: string): Record<string, unknown> } }).CMS;
      const paths = (group: Record<string, unknown>, at: string[] = []): string[] => Object.entries(group).flatMap(([key, value]) => (typeof value === "object" && value ? paths(value as Record<string, unknown>, [...at, key]) : [[...at, key].join(".")]));
      const english = new Set(paths(cms.getLocale("en")));
      return paths(cms.getLocale("lv")).filter((path) => !english.has(path));
    });
    await page.close();
    expect(unknown).toEqual([]);
  });

  it("should carry a Content-Security-Policy on this page that allows only the site and GitHub's API to be reached", async () => {
    const html = await readFile(path.join(sharedBuilds().fixture, "admin", "index.html"), "utf8");
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll("&#39;", "'");
    const directives = Object.fromEntries((policy ?? "").split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]));
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'", "'unsafe-eval'"]);
    expect(directives["connect-src"]).toEqual(["'self'", "blob:", "https://api.github.com"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
  });

  it("should give the site's other pages no policy of the form editor's", async () => {
    const html = await readFile(path.join(sharedBuilds().fixture, "lv", "index.html"), "utf8");
    // The site's own policy allows WebAssembly for search ('wasm-unsafe-eval'), never the editor's 'unsafe-eval'.
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).not.toMatch(/(?<!wasm-)unsafe-eval/);
  });

  it("should never publish a configuration that saves through a local server", async () => {
    const config = parse(await readFile(path.join(sharedBuilds().fixture, "admin", "config.yml"), "utf8")) as Record<string, unknown>;
    expect(config).not.toHaveProperty("local_backend");
    expect(config).toMatchObject({ backend: { name: "github" }, publish_mode: "editorial_workflow" });
  });
});
