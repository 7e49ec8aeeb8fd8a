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
 * Moves `staging` into place as `outDir`. `made` lists what the command produced, as paths inside the output folder
 * ("print", "lv/gramatas"; undefined: everything); everything else in the old `outDir` is copied into the staging folder
 * first, so it survives unchanged. Readers see the old folder or the new one, never a half-written one.
 */
export async function publish(staging: string, outDir: string, made?: readonly string[]): Promise<void> {
  if (made && existsSync(outDir)) await keepOthers(outDir, staging, made, "");
  const old = `${staging}-old`;
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(staging, outDir);
  await rm(old, { recursive: true, force: true });
}

/** Copies every entry of `from` that no path in `made` covers into `to`, going into folders that hold something made. */
async function keepOthers(from: string, to: string, made: readonly string[], prefix: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const relative = `${prefix}${entry.name}`;
    if (made.includes(relative)) continue;
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory() && made.some((path) => path.startsWith(`${relative}/`))) {
      await mkdir(target, { recursive: true });
      await keepOthers(source, target, made, `${relative}/`);
      continue;
    }
    if (existsSync(target)) throw new Error(`${relative} was made by this command but is not in its list of outputs`);
    await cp(source, target, { recursive: true, preserveTimestamps: true });
  }
}

/** Removes a staging folder after a failed command; the output folder was never touched. */
export async function discard(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}
