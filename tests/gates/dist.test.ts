// Gates on the real build: two clean builds of the same sources in two folders give byte-identical dist/ (site, pictures,
// open data, PDFs); every internal link and anchor resolves; every page is valid HTML by the rules in .htmlvalidate.json.
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { HtmlValidate, type ConfigData } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { sourceDateEpoch } from "../../scripts/source-date.ts";
import { projectRoot } from "../helpers/fixture.ts";
import { firstDifference } from "./compare.ts";
import { brokenLinks, listFiles } from "./links.ts";

const run = promisify(execFile);
let work = "";
let first = "";
let second = "";

/** The project's sources as git sees them (tracked and new, not ignored), copied into `to`, with node_modules linked. */
async function cleanCopy(to: string): Promise<void> {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: projectRoot, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(projectRoot, file))) continue; // deleted in the working tree, not yet committed
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await copyFile(path.join(projectRoot, file), path.join(to, file));
  }
  await symlink(path.join(projectRoot, "node_modules"), path.join(to, "node_modules"), "dir");
}

/** `npm run build` in `folder`, as CI runs it, with the commit's time. */
async function buildIn(folder: string, epoch: number): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: String(epoch) };
  delete env.SITE_URL;
  delete env.GITHUB_ACTIONS;
  await run(process.execPath, ["--import", "tsx", "scripts/cli.ts", "build"], { cwd: folder, env, maxBuffer: 16 * 1024 * 1024, timeout: 300_000 });
}

beforeAll(async () => {
  const epoch = sourceDateEpoch(projectRoot);
  work = await mkdtemp(path.join(tmpdir(), "burtnica-gates-"));
  first = path.join(work, "a");
  second = path.join(work, "second-checkout", "recepsu-burtnica");
  await cleanCopy(first);
  await cleanCopy(second);
  await buildIn(first, epoch);
  await buildIn(second, epoch);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("gates on the built site", () => {
  it("should build byte-identical dist/ from the same sources in two different folders", async () => {
    expect((await listFiles(path.join(first, "dist"))).filter((file) => file.endsWith(".pdf")).length, "the build made the PDFs").toBeGreaterThan(0);
    expect(await firstDifference(path.join(first, "dist"), path.join(second, "dist"))).toBeUndefined();
  });

  it("should resolve every internal link and anchor of the pages, the print HTML and the style sheets", async () => {
    const site = parse(await readFile(path.join(first, "content", "site.yaml"), "utf8")) as { baseUrl: string };
    expect(await brokenLinks(path.join(first, "dist"), site.baseUrl)).toEqual([]);
  });

  it("should write valid HTML on every page, print HTML included", async () => {
    const config = JSON.parse(await readFile(path.join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
    const validator = new HtmlValidate(config);
    const dist = path.join(first, "dist");
    const pages = (await listFiles(dist)).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(100);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await readFile(path.join(dist, page), "utf8"), page);
      for (const result of report.results) for (const message of result.messages) errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(errors).toEqual([]);
  });
});
