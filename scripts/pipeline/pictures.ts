// Recipe pictures through @11ty/eleventy-img (sharp): web sizes as WebP, a print size at about 300 dpi; cached between builds in .cache/images.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { cp, mkdir } from "node:fs/promises";
import path from "node:path";
import Image from "@11ty/eleventy-img";
import { ContentError, type ContentIssue } from "../content/issues.ts";
import { LIMITS } from "../content/limits.ts";
import type { Content } from "../content/load.ts";
import { reason } from "../content/pictures.ts";
import type { PictureFiles } from "../present/index.ts";

/** Widths for phones and desktops, and 1000 px ≈ 85 mm at 300 dpi for the books. */
const WEB_WIDTHS = [360, 720];
const PRINT_WIDTH = 1000;

/** Where to copy the processed files: the site's img/ folder, the books' print/img/ folder, or both. */
export interface PictureTargets {
  web?: string;
  print?: string;
}

/** Processes every recipe picture into `cacheDir` (kept between builds) and copies the files each target needs. */
export async function processPictures(content: Content, cacheDir: string, targets: PictureTargets): Promise<Record<string, PictureFiles>> {
  await mkdir(cacheDir, { recursive: true });
  const pictures: Record<string, PictureFiles> = {};
  // Recipes that share a picture (the same bytes) share its files: each picture goes through eleventy-img once.
  const byContent = new Map<string, PictureFiles>();
  const broken: ContentIssue[] = [];
  for (const recipe of content.recipes) {
    // A picture whose header reads well can still be damaged inside: name the recipe file that uses it.
    const fail = (why: string) => {
      broken.push({ file: recipe.lv.file, line: recipe.lv.lineOf(["image"]), field: "image", message: `picture "${path.basename(recipe.imageFile)}" could not be converted (${why}) — open it in a picture editor and save it again as JPEG or PNG` });
    };
    const bytes = readFileSync(recipe.imageFile);
    const printFormat = recipe.imageFile.endsWith(".svg") ? "png" : "jpeg";
    const key = `${printFormat}:${createHash("sha256").update(bytes).digest("hex")}`;
    const known = byContent.get(key);
    if (known) {
      pictures[recipe.slug] = known;
      continue;
    }
    // Two runs, so that each size is made only in the format that is used: WebP for the site, JPEG or PNG for the books.
    const convert = (widths: number[], format: "webp" | "jpeg" | "png") =>
      Image(bytes, {
        widths,
        formats: [format],
        outputDir: cacheDir,
        sharpOptions: { limitInputPixels: LIMITS.picturePixels, failOn: "error" },
        sharpWebpOptions: { quality: 80 },
        sharpJpegOptions: { quality: 82, mozjpeg: true },
        sharpPngOptions: { palette: true, compressionLevel: 9 },
        svgShortCircuit: false,
        // Named by content hash only: eleventy-img memoises by content, so identical pictures share their files.
        filenameFormat: (id: string, _src: string, width: number, outputFormat: string) => `${id}-${width}.${outputFormat}`,
      });
    const metadata = await Promise.all([convert(WEB_WIDTHS, "webp"), convert([PRINT_WIDTH], printFormat)])
      .then(([web, print]) => ({ webp: web.webp, [printFormat]: print[printFormat] }))
      .catch((error: unknown) => void fail(reason(error)));
    if (!metadata) continue;
    const web = (metadata.webp ?? []).filter((entry) => entry.width <= WEB_WIDTHS.at(-1)!);
    const print = (metadata[printFormat] ?? []).at(-1);
    const largest = web.at(-1);
    if (!largest || !print) {
      fail("no picture came out");
      continue;
    }
    pictures[recipe.slug] = { web: web.map((entry) => ({ file: entry.filename, width: entry.width })), height: largest.height, print: print.filename };
    byContent.set(key, pictures[recipe.slug]!);
  }
  if (broken.length > 0) throw new ContentError(broken);
  const all = Object.values(pictures);
  if (targets.web) await copyFiles(cacheDir, targets.web, all.flatMap((picture) => picture.web.map((entry) => entry.file)));
  if (targets.print) await copyFiles(cacheDir, targets.print, all.map((picture) => picture.print));
  return pictures;
}

async function copyFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const file of new Set(files)) await cp(path.join(from, file), path.join(to, file));
}
