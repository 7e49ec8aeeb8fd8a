// Comparing two built folders file by file: the first difference, named, or nothing when they are byte-identical.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "./links.ts";

/** `lv/index.html differs`, `img/x.webp is only in the second build`, or undefined when both folders hold the same bytes. */
export async function firstDifference(first: string, second: string): Promise<string | undefined> {
  const [a, b] = await Promise.all([listFiles(first), listFiles(second)]);
  const inA = new Set(a);
  const inB = new Set(b);
  for (const file of [...new Set([...a, ...b])].sort()) {
    if (!inB.has(file)) return `${file} is only in the first build`;
    if (!inA.has(file)) return `${file} is only in the second build`;
    const [left, right] = await Promise.all([readFile(path.join(first, file)), readFile(path.join(second, file))]);
    if (!left.equals(right)) return `${file} differs`;
  }
  return undefined;
}
