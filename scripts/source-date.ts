// The build's timestamp: SOURCE_DATE_EPOCH, else the last commit's time, so the same commit builds the same bytes.
import { execFileSync } from "node:child_process";

/** Seconds since 1970 for dates printed in the site and the PDFs. */
export function sourceDateEpoch(root: string, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env.SOURCE_DATE_EPOCH;
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%ct"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (/^\d+$/.test(out)) return Number(out);
  } catch {
    // not a git checkout: fall through
  }
  process.stderr.write("SOURCE_DATE_EPOCH is not set and there is no git history: using the current time, so this build is not reproducible.\n");
  return Math.floor(Date.now() / 1000);
}
