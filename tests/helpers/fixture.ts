// Test helpers: a writable copy of the fixture content, changed file by file, and its check result as text lines.
import { cp, mkdtemp, rm, writeFile, readFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkContent } from "../../scripts/content/check.ts";
import { formatIssue } from "../../scripts/content/issues.ts";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const fixtureRoot = path.join(projectRoot, "tests", "fixtures", "site");

/** Copies the fixture site, with the project's own UI strings and form editor words, into a fresh temp folder; returns its path. */
export async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "burtnica-"));
  await cp(fixtureRoot, dir, { recursive: true });
  await cp(path.join(projectRoot, "content", "i18n"), path.join(dir, "content", "i18n"), { recursive: true });
  await cp(path.join(projectRoot, "content", "cms.yaml"), path.join(dir, "content", "cms.yaml"));
  return dir;
}

/** Writes `files` (path relative to the copy → text) into a copy of the fixture. */
export async function fixtureWith(files: Record<string, string>): Promise<string> {
  const dir = await copyFixture();
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

/** Replaces `search` with `replace` in one fixture file (fails when `search` is absent, so tests cannot go stale). */
export async function edit(dir: string, file: string, search: string, replace: string): Promise<void> {
  const full = path.join(dir, file);
  const text = await readFile(full, "utf8");
  if (!text.includes(search)) throw new Error(`${file} does not contain ${JSON.stringify(search)}`);
  await writeFile(full, text.replace(search, replace));
}

/** The check's issues as the lines `npm run check` prints. */
export async function issuesOf(dir: string): Promise<string[]> {
  const result = await checkContent(dir);
  return result.issues.map(formatIssue);
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
