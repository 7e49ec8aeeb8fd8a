// The floor of the site benchmark: Eleventy with its defaults on a folder of Markdown files, in its own process; prints its peak memory.
import Eleventy from "@11ty/eleventy";
import { resourceUsage } from "node:process";

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error("usage: tsx scripts/bench/bare-eleventy.ts <input folder> <output folder>");
await new Eleventy(input, output, { quietMode: true }).write();
process.stdout.write(`${JSON.stringify({ maxRssKb: resourceUsage().maxRSS })}\n`);
