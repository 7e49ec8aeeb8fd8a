// npm run lighthouse: Lighthouse (mobile preset) on the built site's Latvian home page, a recipe page, a product page, the course and the finder, median scores as a Markdown table.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { launchBrowser } from "../print/browser.ts";
import { basePathOf, routesFor } from "../present/routes.ts";
import { serveDist } from "./serve.ts";
import { METRICS, summarise, type LighthouseResult } from "./summary.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const NAMES: Record<(typeof CATEGORIES)[number], string> = { performance: "performance", accessibility: "accessibility", "best-practices": "best practices", seo: "SEO" };
const METRIC_NAMES: Record<(typeof METRICS)[number], string> = {
  "first-contentful-paint": "FCP ms",
  "largest-contentful-paint": "LCP ms",
  "total-blocking-time": "TBT ms",
  "cumulative-layout-shift": "CLS",
  "speed-index": "SI ms",
};

/** How many times each page is measured (RUNS=…, default 3): the machine's load moves single runs, so the table gives medians. */
function runsWanted(): number {
  const runs = Number(process.env.RUNS ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`RUNS must be a whole number from 1: ${process.env.RUNS}`);
  return runs;
}

/** A metric for the table: a median and, over several runs, its range. */
function metricCell(id: (typeof METRICS)[number], value: { median: number; min: number; max: number }, runs: number): string {
  const format = (n: number) => (id === "cumulative-layout-shift" ? n.toFixed(2) : String(Math.round(n)));
  return runs > 1 ? `${format(value.median)} (${format(value.min)}–${format(value.max)})` : format(value.median);
}

/** The site's address as the build wrote it: the canonical address of the landing page (dist/index.html). */
async function builtSiteUrl(dist: string): Promise<string> {
  const landing = await readFile(path.join(dist, "index.html"), "utf8").catch(() => {
    throw new Error(`${dist}/index.html is missing: run npm run build first`);
  });
  const match = /<link rel="canonical" href="([^"]+)">/.exec(landing);
  if (!match?.[1]) throw new Error(`${dist}/index.html has no canonical link`);
  return match[1];
}

/** The pages measured: the home page, the first recipe and the first product of the open data, the course and the finder, all in Latvian; or the addresses given. */
async function pagesToMeasure(dist: string, basePath: string, given: string[]): Promise<string[]> {
  if (given.length > 0) return given;
  const routes = routesFor(basePath);
  const recipes = JSON.parse(await readFile(path.join(dist, "api", "recipes.json"), "utf8")) as { slug: string }[];
  const products = JSON.parse(await readFile(path.join(dist, "api", "products.json"), "utf8")) as { id: string }[];
  if (!recipes[0]) throw new Error("the build has no recipe");
  if (!products[0]) throw new Error("the build has no product");
  return [routes.home("lv"), routes.recipe("lv", recipes[0].slug), routes.product("lv", products[0].id), routes.course("lv"), routes.finder("lv")];
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
  const runs = runsWanted();
  try {
    // Lighthouse drives the browser Puppeteer started, through its DevTools port; the default configuration is the mobile preset.
    const port = Number(new URL(browser.wsEndpoint()).port);
    for (const page of pages) {
      const results: LighthouseResult[] = [];
      const name = page.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "root";
      for (let run = 1; run <= runs; run++) {
        const result = await lighthouse(`${origin}${page}`, { port, output: ["html", "json"], logLevel: "error", onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
        const [html, json] = result.report as string[];
        await writeFile(path.join(reports, `${name}-${run}.html`), String(html));
        await writeFile(path.join(reports, `${name}-${run}.json`), String(json));
        results.push(result.lhr);
        const { lhr } = result;
        for (const id of CATEGORIES) {
          const category = lhr.categories[id];
          if (!category || category.score === 1) continue;
          const missed = category.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`);
          console.error(`${page} run ${run} ${NAMES[id]}: ${missed.join(", ")}`);
        }
      }
      const summary = summarise(results, CATEGORIES);
      rows.push(`| \`${page}\` | ${CATEGORIES.map((id) => summary.scores[id]).join(" | ")} | ${METRICS.map((id) => metricCell(id, summary.metrics[id], runs)).join(" | ")} | ${Math.round(summary.benchmarkIndex)} |`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`Median of ${runs} run${runs > 1 ? "s" : ""} per page${runs > 1 ? " (metrics: median, and lowest–highest)" : ""}; load average ${loadavg().map((n) => n.toFixed(2)).join(", ")} at the end.\n`);
  console.log(`| page | ${CATEGORIES.map((id) => NAMES[id]).join(" | ")} | ${METRICS.map((id) => METRIC_NAMES[id]).join(" | ")} | benchmark index |`);
  console.log(`| --- | ${[...CATEGORIES, ...METRICS, "benchmark"].map(() => "---:").join(" | ")} |`);
  for (const row of rows) console.log(row);
  console.log(`\nFull reports: ${reports}`);
}

await main();
