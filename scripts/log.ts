// Build progress on stdout and problems on stderr, each step with its duration.
import { performance } from "node:perf_hooks";

/** Runs `work`, printing `label … 1.23 s` when it ends (or fails). */
export async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  process.stdout.write(`• ${label} …\n`);
  try {
    const result = await work();
    process.stdout.write(`  ✓ ${label} (${seconds(start)})\n`);
    return result;
  } catch (error) {
    process.stderr.write(`  ✗ ${label} failed after ${seconds(start)}\n`);
    throw error;
  }
}

function seconds(start: number): string {
  return `${((performance.now() - start) / 1000).toFixed(2)} s`;
}
