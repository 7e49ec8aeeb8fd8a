// Browser-test helpers: a page of the served build at a phone's width, and axe-core's WCAG 2.1 A/AA violations on it.
import { createRequire } from "node:module";
import type { Browser, Page } from "puppeteer";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Opens `url` of the server at `base` at a phone's width (390 px) and waits until the network is idle; `ignorePolicy` for pages axe-core runs on. */
export async function openPage(browser: Browser, base: string, url: string, options: { width?: number; javaScript?: boolean; ignorePolicy?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: options.width ?? 390, height: 800 });
  if (options.javaScript === false) await page.setJavaScriptEnabled(false);
  // axe-core is added to the page as an inline script, which a Content-Security-Policy would block.
  if (options.ignorePolicy) await page.setBypassCSP(true);
  await page.goto(`${base}${url}`, { waitUntil: "networkidle0" });
  return page;
}

/** axe-core's WCAG 2.1 A and AA violations on the page as it is now, as "rule: targets" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
}
