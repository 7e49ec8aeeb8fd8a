// npm run dev: serves the site from its own folder, shows a saved recipe change, names a content error and keeps serving the last good site, and never writes dist/.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitForText } from "../../scripts/net.ts";
import { copyFixture, edit, projectRoot, removeDir } from "../helpers/fixture.ts";

const RECIPE = "content/recipes/griku-putra/index.lv.md";
const WAIT = 90_000;

let dir = "";
let server: ChildProcess;
let output = "";
let page = "";

beforeAll(async () => {
  dir = await copyFixture();
  const port = await freePort();
  page = `http://localhost:${port}/lv/receptes/griku-putra/`;
  server = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "scripts", "cli.ts"), "dev", "--content", dir, "--out", path.join(dir, "served")], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitForText(page, "Silta brokastu putra", WAIT, () => output);
  await watching();
}, 2 * WAIT);

/**
 * Waits until the watcher has its list of files: the page is served before that, and a file saved while the watcher is still
 * reading the folder is not seen. A throw-away file is saved until a rebuild starts for it.
 */
async function watching(): Promise<void> {
  const probe = path.join(dir, "content", "watch-probe.txt");
  const started = Date.now();
  for (let round = 0; !output.includes("watch-probe.txt"); round += 1) {
    if (Date.now() - started > WAIT) throw new Error(`npm run dev saw no saved file within ${WAIT / 1000} s:\n${output}`);
    await writeFile(probe, String(round));
    await sleep(500);
  }
  await rm(probe);
  await sleep(1_000); // the rebuild the probe started, and the one its removal starts
}

afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await removeDir(dir);
});

describe("npm run dev", () => {
  it("serves the page with a recipe's new words after the file is saved", async () => {
    await edit(dir, RECIPE, "summary: Silta brokastu putra", "summary: Karsta brokastu putra");
    await waitForText(page, "Karsta brokastu putra", WAIT, () => output);
  }, WAIT);

  it("names the file, line and problem of a broken save and keeps serving the last good page", async () => {
    await edit(dir, RECIPE, "product: griki", "product: grikki");
    await expect.poll(() => output, { timeout: WAIT, interval: 100 }).toMatch(/content\/recipes\/griku-putra\/index\.lv\.md:\d+ ingredients\[0\]\.product: .*grikki/);
    await waitForText(page, "Karsta brokastu putra", 5_000, () => output);
    await edit(dir, RECIPE, "product: grikki", "product: griki");
    await edit(dir, RECIPE, "summary: Karsta brokastu putra", "summary: Silta brokastu putra");
    await waitForText(page, "Silta brokastu putra", WAIT, () => output);
  }, 2 * WAIT);

  it("writes into its own folder and never makes dist/", () => {
    expect(existsSync(path.join(dir, "served", "lv", "receptes", "griku-putra", "index.html"))).toBe(true);
    expect(existsSync(path.join(dir, "served", "assets", "js", "scaler.js"))).toBe(true);
    expect(existsSync(path.join(dir, "dist"))).toBe(false);
  });
});
