// Names of content files and folders: each one a slug (it becomes a web address), each kind where the build reads it.
import type { ContentIssue } from "./issues.ts";
import { isSlug, slugify } from "./slug.ts";

export interface Entry {
  name: string;
  isFolder: boolean;
  /** A symbolic link: refused, since it could point outside content/. */
  isLink?: boolean;
}

export interface Listing {
  /** Every entry of the kind the folder holds (folders for recipes and lessons, ids for products), valid name or not. */
  names: string[];
  issues: ContentIssue[];
}

const LESSON_FOLDER = /^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/;

/** Hidden files such as .DS_Store or .gitkeep are ignored; links are reported by linkIssues, not followed. */
const visible = (entries: Entry[]) => entries.filter((entry) => !entry.name.startsWith(".") && !entry.isLink);

/** A symbolic link in content/ could make the build read something outside it. */
export const LINK_MESSAGE = "is a symbolic link, which content may not contain — put the file or folder itself here";

function linkIssues(entries: Entry[], folder: string): ContentIssue[] {
  return entries.filter((entry) => entry.isLink).map((entry) => ({ file: `${folder}/${entry.name}`, field: "", message: LINK_MESSAGE }));
}

/** `content/recipes/<slug>/`: one folder per recipe, named by its slug. */
export function recipeFolders(entries: Entry[], folder = "content/recipes"): Listing {
  const issues = linkIssues(entries, folder);
  const names = visible(entries).filter((entry) => entry.isFolder).map((entry) => entry.name);
  for (const entry of visible(entries).filter((entry) => !entry.isFolder)) {
    const slug = slugify(entry.name.replace(/\.[^.]*$/, "")) || "recipe-name";
    issues.push({ file: `${folder}/${entry.name}`, field: "", message: `a recipe is a folder, not a single file — make the folder ${folder}/${slug}/ with index.lv.md and index.en.md in it (npm run new -- recipe "Title" makes one)` });
  }
  for (const name of names.filter((candidate) => !isSlug(candidate))) {
    issues.push({ file: `${folder}/${name}`, field: "", message: `folder name must be a slug: lower-case letters a–z without diacritics, digits and hyphens (it becomes the web address) — ${renameHint(name, slugify(name), names, folder)}` });
  }
  return { names, issues };
}

/** `content/lessons/<nn-slug>/`: one folder per lesson, its number in two digits, then its slug. */
export function lessonFolders(entries: Entry[], folder = "content/lessons"): Listing {
  const issues = linkIssues(entries, folder);
  const names = visible(entries).filter((entry) => entry.isFolder).map((entry) => entry.name);
  for (const entry of visible(entries).filter((entry) => !entry.isFolder)) {
    issues.push({ file: `${folder}/${entry.name}`, field: "", message: `a lesson is a folder, not a single file — make a folder such as ${folder}/07-${slugify(entry.name.replace(/\.[^.]*$/, "")) || "lesson-name"}/ with index.lv.md, index.en.md, handout.lv.md and handout.en.md (npm run new -- lesson "Title" makes one)` });
  }
  for (const name of names.filter((candidate) => !LESSON_FOLDER.test(candidate))) {
    const [, number, rest] = /^(\d+)-?(.*)$/.exec(name) ?? [undefined, undefined, name];
    const suggestion = `${number ? number.padStart(2, "0").slice(-2) : "NN"}-${slugify(rest ?? name) || "lesson-name"}`;
    issues.push({ file: `${folder}/${name}`, field: "", message: `folder name must be the lesson's number in two digits, a hyphen and a slug of lower-case letters a–z without diacritics, digits and hyphens, like 02-graudaugi — ${renameHint(name, suggestion, names, folder)}` });
  }
  return { names, issues };
}

/** `content/products/<id>.yaml`: one YAML file per product, named by its id. */
export function productFiles(entries: Entry[], folder = "content/products"): Listing {
  const issues = linkIssues(entries, folder);
  const files = visible(entries).filter((entry) => !entry.isFolder);
  const names = files.filter((entry) => entry.name.endsWith(".yaml")).map((entry) => entry.name.slice(0, -".yaml".length));
  for (const entry of visible(entries)) {
    if (entry.isFolder) issues.push({ file: `${folder}/${entry.name}`, field: "", message: "products are single .yaml files; folders here are not read — move its files out" });
    else if (!entry.name.endsWith(".yaml")) {
      const id = entry.name.replace(/\.[^.]*$/, "");
      const taken = names.includes(id) ? `; ${folder}/${id}.yaml already exists, so remove one of the two` : ` — rename it to ${slugify(id) || "product-id"}.yaml`;
      issues.push({ file: `${folder}/${entry.name}`, field: "", message: `only .yaml files are read here${taken}` });
    }
  }
  for (const id of names.filter((name) => !isSlug(name))) {
    issues.push({ file: `${folder}/${id}.yaml`, field: "", message: `file name must be the product id: lower-case letters a–z without diacritics, digits and hyphens — ${renameHint(id, slugify(id), names, folder, ".yaml")}` });
  }
  return { names, issues };
}

/** "rename it to "griku-putra"", or, when that name is taken, says that both would be the same address. */
function renameHint(name: string, suggestion: string, names: string[], folder: string, extension = ""): string {
  const clash = names.find((other) => other !== name && (other === suggestion || slugify(other) === slugify(name)));
  if (clash) return `it would become "${suggestion}${extension}", the same as ${folder}/${clash}${extension}; rename or remove one of the two`;
  return suggestion ? `rename it to "${suggestion}${extension}"` : "rename it";
}
