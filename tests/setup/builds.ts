// Global setup of the integration tests: the builds every test file reads, made once per run (fixture twice, for the same-bytes test; real content once).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { build } from "../../scripts/build.ts";
import { copyFixture, projectRoot } from "../helpers/fixture.ts";
import type { SharedBuilds } from "../helpers/builds.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The same date as the test files get (vitest.config.ts), so a test's own build can be compared with these.
  const EPOCH = String(project.config.env.SOURCE_DATE_EPOCH);
  process.env.SOURCE_DATE_EPOCH = EPOCH;
  const work = await mkdtemp(path.join(tmpdir(), "burtnica-builds-"));
  const fixtureContent = await copyFixture();
  const prints: Record<string, number> = {};
  const builds: SharedBuilds = {
    work,
    epoch: EPOCH,
    fixtureContent,
    fixture: path.join(work, "fixture", "dist"),
    fixtureAgain: path.join(work, "fixture-again", "dist"),
    real: path.join(work, "real", "dist"),
    realPrints: path.join(work, "real", "prints.json"),
  };
  await build({ root: projectRoot, contentRoot: fixtureContent, outDir: builds.fixture });
  await build({ root: projectRoot, contentRoot: fixtureContent, outDir: builds.fixtureAgain });
  await build({ root: projectRoot, outDir: builds.real, onBook: (pdf, count) => void (prints[pdf] = count) });
  await writeFile(builds.realPrints, JSON.stringify(prints));
  project.provide("builds", builds);
  return async () => {
    await rm(work, { recursive: true, force: true });
    await rm(fixtureContent, { recursive: true, force: true });
  };
}
