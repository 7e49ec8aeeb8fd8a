// Broken and hostile content (tests/fixtures/bad/): every case is refused with exit code 1, a message naming the content
// file, the previous dist/ left as it was, within a few seconds; template syntax is the one input shown as typed instead.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { build } from "../../scripts/build.ts";
import { describeFailure } from "../../scripts/report.ts";
import { copyFixture, projectRoot, removeDir } from "../helpers/fixture.ts";

interface Case {
  about: string;
  expect: string[];
  outcome?: "refused" | "inert";
  generate?: keyof typeof GENERATORS;
  /** Files (relative to the project root) that must not exist afterwards: what the content's code would have written. */
  absent?: string[];
  page?: string;
  shows?: string[];
}

const CORPUS = path.join(projectRoot, "tests", "fixtures", "bad");
const LV = "content/recipes/griku-putra/index.lv.md";
/**
 * The most processor time one refusal may take (this process's user and system time, sharp's threads included): a bomb
 * that made the build work for minutes would pass any wall-clock limit on a quiet machine and fail it on a busy one, while
 * processor time counts only the work done. A real refusal takes well under one second.
 */
const CPU_SECONDS = 5;

/** Inputs too large or too odd to keep in git, made when the case runs. */
const GENERATORS = {
  /** The issue's figure: a recipe whose last step is padded to 3.4 MB. */
  async "padded-recipe"(dir: string) {
    const file = path.join(dir, LV);
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("un sāli.", `un sāli. ${"Griķus noskalo un vāra ūdenī ar sāli. ".repeat(80_000)}`));
  },
  async "truncated-png"(dir: string) {
    const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 30 } } }).png().toBuffer();
    await writeFile(path.join(dir, "content/recipes/griku-putra/griku-putra.png"), png.subarray(0, png.length / 2));
  },
  async "huge-png"(dir: string) {
    const png = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: "#ffffff" } }).png().toBuffer();
    await writeFile(path.join(dir, "content/recipes/griku-putra/griku-putra.png"), png);
  },
  async "symbolic-links"(dir: string) {
    const picture = path.join(dir, "content/recipes/griku-putra/griku-putra.svg");
    await cp(picture, path.join(dir, "outside.svg"));
    await rm(picture);
    await symlink(path.join(dir, "outside.svg"), picture);
    await symlink("/etc", path.join(dir, "content/recipes/etc"));
  },
  async "folder-and-dangling-link"(dir: string) {
    const file = path.join(dir, "content/recipes/sipolu-zupa/index.en.md");
    await rm(file);
    await mkdir(file);
    await rm(path.join(dir, "content/pages/about.en.md"));
    await symlink(path.join(dir, "nowhere.md"), path.join(dir, "content/pages/about.en.md"));
  },
};

let work = "";
let out = "";
let before: Map<string, string>;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "burtnica-bad-"));
  out = path.join(work, "dist");
  process.env.SOURCE_DATE_EPOCH = "1767225600";
  const good = await copyFixture();
  await build({ root: projectRoot, contentRoot: good, outDir: out, pdf: false });
  await removeDir(good);
  before = await hashes(out);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const cases = (await readdir(CORPUS)).sort();

describe("bad input corpus", () => {
  it("should hold every kind of input the issue lists", () => {
    expect(cases.length).toBeGreaterThanOrEqual(27);
  });

  for (const name of cases) {
    it(`should ${name === "template-syntax" ? "show template syntax as typed" : "refuse"}: ${name}`, async () => {
      const spec = parse(await readFile(path.join(CORPUS, name, "case.yaml"), "utf8")) as Case;
      const dir = await copyFixture();
      try {
        await overlay(path.join(CORPUS, name, "content"), path.join(dir, "content"));
        if (spec.generate) await GENERATORS[spec.generate](dir);
        if (spec.outcome === "inert") return await expectInert(spec, dir);

        const started = process.cpuUsage();
        const error = await build({ root: projectRoot, contentRoot: dir, outDir: out }).then(() => undefined, (thrown: unknown) => thrown);
        const used = process.cpuUsage(started);
        const cpuSeconds = (used.user + used.system) / 1e6;
        expect(error, `${name} was built`).toBeDefined();
        const failure = describeFailure(error);
        const lines = failure.text.trimEnd().split("\n");
        const issues = lines.slice(0, lines.indexOf(""));

        expect(failure.exitCode).toBe(1);
        expect(issues.length, failure.text).toBeGreaterThan(0);
        for (const issue of issues) expect(issue, "every message names a content file").toMatch(/^content\//);
        for (const wanted of spec.expect) expect(issues.some((issue) => issue.includes(wanted)), `${wanted}\n— not in —\n${failure.text}`).toBe(true);
        expect(await hashes(out), "the previous dist/ is unchanged").toEqual(before);
        expect((await readdir(work)).sort(), "no half-written output is left beside dist/").toEqual(["dist"]);
        for (const file of spec.absent ?? []) expect(existsSync(path.join(projectRoot, file)) || existsSync(path.join(dir, file)), file).toBe(false);
        expect(cpuSeconds, `${name} took ${cpuSeconds.toFixed(1)} s of processor time`).toBeLessThan(CPU_SECONDS);
      } finally {
        await removeDir(dir);
      }
    });
  }
});

/** Template syntax is not refused: it is shown letter for letter, so nothing in it runs. */
async function expectInert(spec: Case, dir: string): Promise<void> {
  const inertOut = path.join(work, "inert");
  try {
    await build({ root: projectRoot, contentRoot: dir, outDir: inertOut, pdf: false });
    const html = await readFile(path.join(inertOut, spec.page!), "utf8");
    for (const text of spec.shows ?? []) expect(html).toContain(text);
    expect(html, "no file was included").not.toContain("root:x:0:0");
  } finally {
    await rm(inertOut, { recursive: true, force: true });
  }
}

/** Copies the case's files over the fixture's (a file in the case replaces the fixture's file of the same path). */
async function overlay(from: string, to: string): Promise<void> {
  if (existsSync(from)) await cp(from, to, { recursive: true, force: true });
}

/** Every file under `root` with the SHA-256 of its bytes. */
async function hashes(root: string): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    map.set(path.relative(root, file), createHash("sha256").update(await readFile(file)).digest("hex"));
  }
  return map;
}
