// npm run lighthouse: Lighthouse (mobile preset) on the built site's Latvian home page, a recipe page and the finder, scores as a Markdown table.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { launchBrowser } from "../print/browser.ts";
import { basePathOf, routesFor } from "../present/routes.ts";
import { serveDist } from "./serve.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const NAMES: Record<(typeof CATEGORIES)[number], string> = { performance: "performance", accessibility: "accessibility", "best-practices": "best practices", seo: "SEO" };

/** The site's address as the build wrote it: the canonical address of the landing page (dist/index.html). */
async function builtSiteUrl(dist: string): Promise<string> {
  const landing = await readFile(path.join(dist, "index.html"), "utf8").catch(() => {
    throw new Error(`${dist}/index.html is missing: run npm run build first`);
  });
  const match = /<link rel="canonical" href="([^"]+)">/.exec(landing);
  if (!match?.[1]) throw new Error(`${dist}/index.html has no canonical link`);
  return match[1];
}

/** The pages measured: the home page, the first recipe of the open data and the finder, all in Latvian; or the addresses given. */
async function pagesToMeasure(dist: string, basePath: string, given: string[]): Promise<string[]> {
  if (given.length > 0) return given;
  const routes = routesFor(basePath);
  const recipes = JSON.parse(await readFile(path.join(dist, "api", "recipes.json"), "utf8")) as { slug: string }[];
  if (!recipes[0]) throw new Error("the build has no recipe");
  return [routes.home("lv"), routes.recipe("lv", recipes[0].slug), routes.finder("lv")];
}

async function main(): Promise<void> {
  const dist = path.resolve(process.env.DIST ?? "dist");
  const basePath = basePathOf(await builtSiteUrl(dist));
  const pages = await pagesToMeasure(dist, basePath, process.argv.slice(2));
  const server = await serveDist(dist, basePath);
  const origin = new URL(server.url).origin;
  const browser = await launchBrowser();
  const reports = await mkdir(path.join(tmpdir(), "burtnica-lighthouse"), { recursive: true }).then(() => path.join(tmpdir(), "burtnica-lighthouse"));
  const rows: string[] = [];
  try {
    // Lighthouse drives the browser Puppeteer started, through its DevTools port; the default configuration is the mobile preset.
    const port = Number(new URL(browser.wsEndpoint()).port);
    for (const page of pages) {
      const result = await lighthouse(`${origin}${page}`, { port, output: "html", logLevel: "error", onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
      const { lhr } = result;
      const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
      rows.push(`| \`${page}\` | ${scores.join(" | ")} |`);
      const file = path.join(reports, `${page.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "root"}.html`);
      await writeFile(file, String(result.report));
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        if (!category || category.score === 1) continue;
        const missed = category.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`);
        console.error(`${page} ${NAMES[id]}: ${missed.join(", ")}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`| page | ${CATEGORIES.map((id) => NAMES[id]).join(" | ")} |`);
  console.log(`| --- | ${CATEGORIES.map(() => "---:").join(" | ")} |`);
  for (const row of rows) console.log(row);
  console.log(`\nFull reports: ${reports}`);
}

await main();
