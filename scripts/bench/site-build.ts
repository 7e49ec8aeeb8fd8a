// One site-only build in its own process, for the site benchmark: `tsx scripts/bench/site-build.ts <content root> <out dir>`; prints its peak memory.
import { resourceUsage } from "node:process";
import { build } from "../build.ts";

const [contentRoot, outDir] = process.argv.slice(2);
if (!contentRoot || !outDir) throw new Error("usage: tsx scripts/bench/site-build.ts <content root> <out dir>");
const root = new URL("../..", import.meta.url).pathname;
const log = process.stdout.write.bind(process.stdout);
process.stdout.write = (() => true) as typeof process.stdout.write;
await build({ root, contentRoot, outDir, pdf: false });
log(`${JSON.stringify({ maxRssKb: resourceUsage().maxRSS })}\n`);
