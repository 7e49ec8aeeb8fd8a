// Makes a large test notebook for the PDF benchmark: a copy of content/ with the real recipes cloned under new slugs.
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export interface GenerateOptions {
  /** The project's content/ folder. */
  from: string;
  /** Where the copy goes (a content/ folder inside a content root); must not exist yet or be empty. */
  to: string;
  /** How many recipes the copy has in all: the real ones plus clones up to this number. */
  total: number;
}

export interface Generated {
  /** Recipes in the copy, real and cloned. */
  recipes: number;
  /** Of them, clones. */
  clones: number;
}

/**
 * Copies `from` to `to`, then clones the real recipes cyclically (`<slug>-k<n>`, titles "<title> (<n>)" in Latvian and English,
 * picture copied with the folder) until the copy holds `total` recipes. Lessons keep pointing at the real recipes.
 */
export async function generateContent({ from, to, total }: GenerateOptions): Promise<Generated> {
  await cp(from, to, { recursive: true, errorOnExist: true, force: false });
  const recipesDir = path.join(to, "recipes");
  const entries = await readdir(recipesDir, { withFileTypes: true });
  const slugs = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  if (slugs.length === 0) throw new Error(`${recipesDir} has no recipes to clone`);
  const clones = Math.max(0, total - slugs.length);
  for (let n = 1; n <= clones; n += 1) {
    const slug = slugs[(n - 1) % slugs.length]!;
    const source = path.join(recipesDir, slug);
    const target = path.join(recipesDir, `${slug}-k${n}`);
    await cp(source, target, { recursive: true, errorOnExist: true, force: false });
    for (const file of ["index.lv.md", "index.en.md"]) {
      const filePath = path.join(target, file);
      await writeFile(filePath, suffixTitle(await readFile(filePath, "utf8"), ` (${n})`, filePath));
    }
  }
  return { recipes: slugs.length + clones, clones };
}

/** Appends `suffix` to the `title:` of a Markdown file's front matter, inside the quotes if the title is quoted. */
function suffixTitle(text: string, suffix: string, file = "file"): string {
  const end = text.indexOf("\n---", 3);
  if (!text.startsWith("---") || end < 0) throw new Error(`${file}: no front matter`);
  const head = text.slice(0, end);
  const line = /^title:[ \t]*(.*?)[ \t]*$/m;
  const match = line.exec(head);
  if (!match || !match[1]) throw new Error(`${file}: no one-line title in the front matter`);
  const value = match[1];
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : "";
  const titled = quote && value.endsWith(quote) ? `${value.slice(0, -1)}${suffix}${quote}` : `${value}${suffix}`;
  return `${head.slice(0, match.index)}title: ${titled}${head.slice(match.index + match[0].length)}${text.slice(end)}`;
}
