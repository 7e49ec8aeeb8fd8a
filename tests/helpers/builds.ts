// The builds the global setup made (tests/setup/builds.ts): read them, never change them; copy one to change it.
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";

export interface SharedBuilds {
  /** The folder holding them all. */
  work: string;
  /** SOURCE_DATE_EPOCH they were built with. */
  epoch: string;
  /** The fixture content they were built from (tests/fixtures/site with the project's UI strings). */
  fixtureContent: string;
  /** dist/ of the fixture content, site and books. */
  fixture: string;
  /** The same, built a second time into another folder. */
  fixtureAgain: string;
  /** The clean copy of the project's sources (git ls-files) that `real` was built from. */
  realSources: string;
  /** dist/ of the project's real content, site and books, built in that copy. */
  real: string;
  /** The same, built from a second clean copy in another folder. */
  realAgain: string;
  /** JSON: PDF path → how many tagged prints the real build needed. */
  realPrints: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    builds: SharedBuilds;
  }
}

export function sharedBuilds(): SharedBuilds {
  return inject("builds");
}

/** A private copy of a shared dist/ (as `<tmp>/dist`), for tests that build over it. */
export async function copyOfBuild(dist: string): Promise<{ work: string; out: string }> {
  const work = await mkdtemp(path.join(tmpdir(), "burtnica-copy-"));
  const out = path.join(work, "dist");
  await cp(dist, out, { recursive: true });
  return { work, out };
}
