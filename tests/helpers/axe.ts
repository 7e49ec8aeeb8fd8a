// axe-core in a Puppeteer page: the WCAG 2.1 A and AA violations of what the page shows now.
import { createRequire } from "node:module";
import type { Page } from "puppeteer";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** "rule: selector, selector" for each violation; empty when the page passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
}
