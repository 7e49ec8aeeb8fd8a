// Dev-server benchmark (npm run bench:dev): after one recipe file is saved, how long until `npm run dev` serves the page with the change, at the real content size.
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort, waitForText } from "../net.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const EDITS = Number(process.env.BENCH_RUNS ?? 7);
const RECIPE = "griku-putra-ar-pienu";
/** Target: the edited page served again in under 1 s. */
const TARGET_SECONDS = 1;

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), "bench-dev-"));
  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "cli.ts"), "dev", "--content", work, "--out", path.join(work, "out")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  server.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  try {
    await cp(path.join(ROOT, "content"), path.join(work, "content"), { recursive: true });
    const file = path.join(work, "content", "recipes", RECIPE, "index.lv.md");
    const url = `http://localhost:${port}/lv/receptes/${RECIPE}/`;
    const original = await readFile(file, "utf8");
    const start = performance.now();
    await waitForText(url, "</html>", 120_000, () => log);
    process.stdout.write(`First build and serve: ${((performance.now() - start) / 1000).toFixed(2)} s\n`);
    const samples: number[] = [];
    for (let edit = 0; edit <= EDITS; edit += 1) {
      const marker = `Mērījums ${edit}`;
      await sleep(1500); // let the watcher settle after the previous build
      const changed = original.replace(/^summary: (.*)$/m, `summary: $1 ${marker}.`);
      if (changed === original) throw new Error(`${file} has no summary line to edit`);
      const saved = performance.now();
      await writeFile(file, changed);
      await waitForText(url, marker, 60_000, () => log);
      const seconds = (performance.now() - saved) / 1000;
      process.stdout.write(`  ${edit === 0 ? "warm-up" : `edit ${edit}`}: ${seconds.toFixed(2)} s\n`);
      if (edit > 0) samples.push(seconds);
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)]!;
    const cpus = os.cpus();
    process.stdout.write(
      [
        "",
        "## Dev-server benchmark",
        "",
        `Machine: ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores; Node ${process.version}; load average at the end ${os.loadavg().map((value) => value.toFixed(2)).join(", ")}.`,
        `Real content; ${EDITS} edits of content/recipes/${RECIPE}/index.lv.md's summary, each timed from the file's save to the page served with the new words (the browser's live reload follows at once).`,
        `Median ${median.toFixed(2)} s, fastest ${samples[0]!.toFixed(2)} s, slowest ${samples.at(-1)!.toFixed(2)} s; target under ${TARGET_SECONDS} s: ${median < TARGET_SECONDS ? "within" : "over"}.`,
        "",
      ].join("\n"),
    );
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await sleep(300);
    await rm(work, { recursive: true, force: true });
  }
}

await main();
