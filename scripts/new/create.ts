// `npm run new -- recipe "Title"` and `npm run new -- lesson "Title"`: a new content folder from a skeleton, never over an existing one.
import { existsSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { isPlaceholder } from "../content/placeholders.ts";
import { slugify } from "../content/slug.ts";
import { lessonSkeleton, recipeSkeleton } from "./skeleton.ts";

export const KINDS = ["recipe", "lesson"] as const;
export type Kind = (typeof KINDS)[number];

export interface Created {
  /** The new folder, relative to the project root. */
  folder: string;
  files: string[];
}

/** Thrown when the skeleton cannot be made; the message says why and what to do. */
export class NewContentError extends Error {
  override name = "NewContentError";
}

/** Makes `content/recipes/<slug>/` or `content/lessons/<nn-slug>/` under `root`; refuses a title without a slug or a slug in use. */
export async function createSkeleton(root: string, kind: string, title: string): Promise<Created> {
  if (!KINDS.includes(kind as Kind)) throw new NewContentError(`Say what to make: npm run new -- recipe "Griķu plācenīši" or npm run new -- lesson "Zupas no pakas" (not "${kind}").`);
  const name = title.trim();
  if (!name || name.includes("\n") || isPlaceholder(name)) throw new NewContentError(`Give the ${kind}'s title in Latvian, in quotes: npm run new -- ${kind} "Griķu plācenīši".`);
  const slug = slugify(name);
  if (!slug) throw new NewContentError(`"${name}" has no letters a–z or digits to make a folder name from — give the title in Latvian.`);

  const parent = path.join(root, "content", kind === "recipe" ? "recipes" : "lessons");
  const existing = existsSync(parent) ? await readdir(parent) : [];
  let folder: string;
  let files: Record<string, string>;
  if (kind === "recipe") {
    if (existing.includes(slug)) throw new NewContentError(`content/recipes/${slug}/ already exists — choose another title, or change that recipe instead.`);
    folder = slug;
    files = recipeSkeleton(name, slug);
  } else {
    const same = existing.find((entry) => entry.replace(/^\d+-/, "") === slug);
    if (same) throw new NewContentError(`content/lessons/${same}/ already has the name "${slug}" — choose another title, or change that lesson instead.`);
    const number = Math.max(0, ...existing.map((entry) => Number(/^(\d+)-/.exec(entry)?.[1] ?? 0))) + 1;
    folder = `${String(number).padStart(2, "0")}-${slug}`;
    files = lessonSkeleton(name, number);
  }

  const relative = `content/${kind === "recipe" ? "recipes" : "lessons"}/${folder}`;
  await mkdir(path.join(parent, folder), { recursive: false }).catch(() => {
    throw new NewContentError(`${relative}/ could not be made — does content/${kind === "recipe" ? "recipes" : "lessons"}/ exist here?`);
  });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(parent, folder, file), text, { flag: "wx" });
  return { folder: relative, files: Object.keys(files).map((file) => `${relative}/${file}`) };
}

/** What the command prints: the files it made and what the editor does next. */
export function nextSteps(created: Created): string {
  const picture = created.folder.startsWith("content/recipes/") ? ", put the picture into the folder" : "";
  return [`Made ${created.folder}/:`, ...created.files.map((file) => `  ${file}`), `Next: replace every AIZPILDI and FILL IN in these files${picture}, then run npm run check (CONTRIBUTING.lv.md says how).`, ""].join("\n");
}
