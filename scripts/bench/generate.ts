// Makes large test content for the benchmarks: a copy of content/ with recipes made from the real ones under new slugs, each varied (seeded, deterministic).
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export interface GenerateOptions {
  /** The project's content/ folder. */
  from: string;
  /** Where the copy goes (a content/ folder inside a content root); must not exist yet or be empty. */
  to: string;
  /** How many recipes the copy has in all: the real ones plus clones up to this number. */
  total: number;
  /** Seed of the variations; the same seed gives the same files (default 1). */
  seed?: number;
}

export interface Generated {
  /** Recipes in the copy, real and cloned. */
  recipes: number;
  /** Of them, clones. */
  clones: number;
}

/**
 * Copies `from` to `to`, then clones the real recipes cyclically (`<slug>-k<n>`, titles "<title> (<n>)" in Latvian and English,
 * picture copied with the folder) until the copy holds `total` recipes, each clone varied by `varyRecipe` so that no two are
 * the same planning choice. Lessons keep pointing at the real recipes.
 */
export async function generateContent({ from, to, total, seed = 1 }: GenerateOptions): Promise<Generated> {
  await cp(from, to, { recursive: true, errorOnExist: true, force: false });
  const recipesDir = path.join(to, "recipes");
  const entries = await readdir(recipesDir, { withFileTypes: true });
  const slugs = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  if (slugs.length === 0) throw new Error(`${recipesDir} has no recipes to clone`);
  const clones = Math.max(0, total - slugs.length);
  const texts = new Map<string, { lv: string; en: string }>();
  for (const slug of slugs) texts.set(slug, { lv: await readFile(path.join(recipesDir, slug, "index.lv.md"), "utf8"), en: await readFile(path.join(recipesDir, slug, "index.en.md"), "utf8") });
  const swaps = productsByUnit([...texts.values()].map((text) => text.lv));
  for (let n = 1; n <= clones; n += 1) {
    const slug = slugs[(n - 1) % slugs.length]!;
    const target = path.join(recipesDir, `${slug}-k${n}`);
    await cp(path.join(recipesDir, slug), target, { recursive: true, errorOnExist: true, force: false });
    const { lv, en } = texts.get(slug)!;
    const varied = varyRecipe(lv, en, swaps, random(seed * 1_000_003 + n));
    await writeFile(path.join(target, "index.lv.md"), suffixTitle(varied, ` (${n})`, path.join(target, "index.lv.md")));
    await writeFile(path.join(target, "index.en.md"), suffixTitle(en, ` (${n})`, path.join(target, "index.en.md")));
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

/** A seeded pseudo-random source of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One ingredient line of the flow style the recipes use: `  - { product: griki, qty: 2, unit: glāze }` (a note may follow). */
const INGREDIENT = /^( {2}- \{ product: )([a-z0-9-]+)(, qty: )([0-9.]+)(, unit: )([^,}]+?)( \}|, note:.*\})$/;

/** For each unit, the products some recipe measures in it (so the unit turns into grams for them). */
function productsByUnit(texts: readonly string[]): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const line of frontMatter(text).split("\n")) {
      const match = INGREDIENT.exec(line);
      if (match) out.set(match[6]!, (out.get(match[6]!) ?? new Set()).add(match[2]!));
    }
  }
  return new Map([...out].map(([unit, products]) => [unit, [...products].sort()]));
}

/** Units counted in whole or half pieces, spoons, glasses …; the rest (g, ml) in steps of 5. */
const COUNTED_UNITS = new Set(["gab.", "ēdamkarote", "tējkarote", "glāze", "kārba"]);
/** Recipe kinds the week-menu planner plans, among which a clone may change its kind. */
const PLANNED_KINDS = ["breakfast", "soup", "main"];

/**
 * A different recipe from a real one's Latvian file, still valid content: other servings (the same ingredients feed 1–3
 * more or 1 fewer), each measured amount × 0.5–1.6 (only upwards for a product the steps measure out, so the steps never
 * ask for more than the list holds; a pinch stays a pinch), one product in five swapped for another measured in the same
 * unit elsewhere (not one the steps or the English notes name, nor one already in the recipe), one planned kind in five
 * changed to another planned kind, and an oven added or taken away beside a stove one time in five.
 */
function varyRecipe(lv: string, en: string, swaps: ReadonlyMap<string, string[]>, next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const head = frontMatter(lv);
  const named = new Set([...`${lv}\n${en}`.matchAll(/\(=([a-z0-9-]+)\)/g)].map((match) => match[1]!));
  for (const match of frontMatter(en).matchAll(/^ingredientNotes: \{(.*)\}$/gm)) for (const key of match[1]!.matchAll(/([a-z0-9-]+):/g)) named.add(key[1]!);
  const present = new Set([...head.matchAll(/product: ([a-z0-9-]+)/g)].map((match) => match[1]!));
  const lines = head.split("\n").map((line) => {
    const servings = /^servings: (\d+)$/.exec(line);
    if (servings) return `servings: ${Math.max(1, Number(servings[1]) + pick([-1, 1, 2, 3]))}`;
    const meal = /^meal: (\w+)$/.exec(line);
    if (meal && PLANNED_KINDS.includes(meal[1]!) && next() < 0.2) return `meal: ${pick(PLANNED_KINDS.filter((kind) => kind !== meal[1]))}`;
    const equipment = /^equipment: \[(.*)\]$/.exec(line);
    if (equipment && next() < 0.2) {
      const items = equipment[1]!.split(", ");
      if (items.includes("stove")) return `equipment: [${items.includes("oven") ? items.filter((item) => item !== "oven").join(", ") : [...items, "oven"].join(", ")}]`;
    }
    const ingredient = INGREDIENT.exec(line);
    if (!ingredient) return line;
    let [, start, product, qtyKey, qty, unitKey, unit, end] = ingredient as unknown as string[];
    if (unit === "šķipsniņa") return line;
    const factor = named.has(product!) ? 1 + next() * 0.6 : 0.5 + next() * 1.1;
    const step = COUNTED_UNITS.has(unit!) ? 0.5 : 5;
    qty = String(Math.max(step, Math.round((Number(qty) * factor) / step) * step));
    const others = (swaps.get(unit!) ?? []).filter((other) => !present.has(other) && !named.has(other));
    if (!named.has(product!) && others.length > 0 && next() < 0.2) {
      present.delete(product!);
      product = pick(others);
      present.add(product);
    }
    return `${start}${product}${qtyKey}${qty}${unitKey}${unit}${end}`;
  });
  return `${lines.join("\n")}${lv.slice(head.length)}`;
}

/** A Markdown file's front matter with its opening `---` line, up to the line before the closing one. */
function frontMatter(text: string): string {
  const end = text.indexOf("\n---", 3);
  if (!text.startsWith("---") || end < 0) throw new Error("no front matter");
  return text.slice(0, end);
}
