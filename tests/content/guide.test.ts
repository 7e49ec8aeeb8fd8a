// The guides' full example recipe (CONTRIBUTING.md and CONTRIBUTING.lv.md) passes the check against the real products.
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { issuesOf, projectRoot, removeDir } from "../helpers/fixture.ts";

let dir = "";
afterEach(async () => removeDir(dir));

/** The fenced block that follows `<!-- example: <name> … -->` in a guide. */
function example(guide: string, name: string): string {
  const match = new RegExp(`<!-- example: ${name.replace(".", "\\.")}[^>]*-->\\n\`\`\`markdown\\n([\\s\\S]*?)\`\`\``).exec(guide);
  if (!match) throw new Error(`no example ${name}`);
  return match[1]!;
}

describe("the guides' example recipe", () => {
  for (const guide of ["CONTRIBUTING.md", "CONTRIBUTING.lv.md"]) {
    it(`should pass npm run check as written: ${guide}`, async () => {
      const text = await readFile(path.join(projectRoot, guide), "utf8");
      dir = await mkdtemp(path.join(tmpdir(), "burtnica-guide-"));
      await cp(path.join(projectRoot, "content"), path.join(dir, "content"), { recursive: true });
      const folder = path.join(dir, "content", "recipes", "guide-example");
      await mkdir(folder);
      const lv = example(text, "index.lv.md");
      await writeFile(path.join(folder, "index.lv.md"), lv);
      await writeFile(path.join(folder, "index.en.md"), example(text, "index.en.md"));
      const image = /^image: (\S+)$/m.exec(lv)![1]!;
      await sharp({ create: { width: 40, height: 30, channels: 3, background: "#a0652e" } }).jpeg().toFile(path.join(folder, image));
      expect(await issuesOf(dir)).toEqual([]);
    });
  }
});
