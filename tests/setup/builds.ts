// Global setup of the integration tests: the builds every test file reads, made once per run — the fixture twice, and the real
// content twice, each time from its own clean copy of the sources in its own folder, for the same-bytes tests.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
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
    realSources: path.join(work, "real"),
    real: path.join(work, "real", "dist"),
    realAgain: path.join(work, "second-checkout", "recepsu-burtnica", "dist"),
    realPrints: path.join(work, "real-prints.json"),
  };
  // The fixture's two builds beside the real content's two: while one waits for its browsers, the other computes.
  const fixtureBuilds = async () => {
    await build({ root: projectRoot, contentRoot: fixtureContent, outDir: builds.fixture });
    await build({ root: projectRoot, contentRoot: fixtureContent, outDir: builds.fixtureAgain });
  };
  const realBuilds = async () => {
    // The first makes every picture anew in its clean copy; the second reads the project's own picture cache, so the two
    // builds compare pictures made apart (that cache is the checkout's, filled by its own builds).
    for (const dist of [builds.real, builds.realAgain]) {
      const sources = path.dirname(dist);
      await cleanCopy(sources, { sharedPictures: dist === builds.realAgain });
      await build({ root: sources, outDir: dist, onBook: dist === builds.real ? (pdf, count) => void (prints[pdf] = count) : undefined });
    }
  };
  await Promise.all([fixtureBuilds(), realBuilds()]);
  await writeFile(builds.realPrints, JSON.stringify(prints));
  project.provide("builds", builds);
  return async () => {
    await rm(work, { recursive: true, force: true });
    await rm(fixtureContent, { recursive: true, force: true });
  };
}

/** The project's sources as git sees them (tracked and new, not ignored), copied into `to`, with node_modules linked (and the picture cache, if asked). */
async function cleanCopy(to: string, { sharedPictures }: { sharedPictures: boolean }): Promise<void> {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: projectRoot, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(projectRoot, file))) continue; // deleted in the working tree, not yet committed
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await copyFile(path.join(projectRoot, file), path.join(to, file));
  }
  await symlink(path.join(projectRoot, "node_modules"), path.join(to, "node_modules"), "dir");
  if (sharedPictures) {
    await mkdir(path.join(projectRoot, ".cache"), { recursive: true });
    await symlink(path.join(projectRoot, ".cache"), path.join(to, ".cache"), "dir");
  }
}
