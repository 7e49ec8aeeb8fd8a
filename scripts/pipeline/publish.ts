// The publish step: a finished staging folder replaces the output folder in one rename, keeping what the command did not make.
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";

/** A fresh staging folder beside `outDir` (same file system, so the final rename is atomic). */
export async function stagingFor(outDir: string): Promise<string> {
  await mkdir(path.dirname(outDir), { recursive: true });
  return mkdtemp(path.join(path.dirname(outDir), `.${path.basename(outDir)}-`));
}

/**
 * Moves `staging` into place as `outDir`. `made` lists the top-level entries the command produced (undefined: all of
 * them); every other entry of the old `outDir` is copied into the staging folder first, so it survives unchanged.
 * Readers see the old folder or the new one, never a half-written one.
 */
export async function publish(staging: string, outDir: string, made?: readonly string[]): Promise<void> {
  if (made && existsSync(outDir)) {
    for (const entry of await readdir(outDir)) {
      if (made.includes(entry)) continue;
      if (existsSync(path.join(staging, entry))) throw new Error(`${entry} was made by this command but is not in its list of outputs`);
      await cp(path.join(outDir, entry), path.join(staging, entry), { recursive: true, preserveTimestamps: true });
    }
  }
  const old = `${staging}-old`;
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(staging, outDir);
  await rm(old, { recursive: true, force: true });
}

/** Removes a staging folder after a failed command; the output folder was never touched. */
export async function discard(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}
