// Recipe pictures through @11ty/eleventy-img (sharp): web sizes as WebP, a print size at about 300 dpi; cached between builds in .cache/images.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { cp, mkdir } from "node:fs/promises";
import path from "node:path";
import Image from "@11ty/eleventy-img";
import type { Content } from "../content/load.ts";
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
  for (const recipe of content.recipes) {
    const bytes = readFileSync(recipe.imageFile);
    const printFormat = recipe.imageFile.endsWith(".svg") ? "png" : "jpeg";
    const key = `${printFormat}:${createHash("sha256").update(bytes).digest("hex")}`;
    const known = byContent.get(key);
    if (known) {
      pictures[recipe.slug] = known;
      continue;
    }
    const metadata = await Image(bytes, {
      widths: [...WEB_WIDTHS, PRINT_WIDTH],
      formats: ["webp", printFormat],
      outputDir: cacheDir,
      sharpOptions: { limitInputPixels: 50_000_000, failOn: "error" },
      sharpWebpOptions: { quality: 80 },
      sharpJpegOptions: { quality: 82, mozjpeg: true },
      sharpPngOptions: { palette: true, compressionLevel: 9 },
      svgShortCircuit: false,
      // Named by content hash only: eleventy-img memoises by content, so identical pictures share their files.
      filenameFormat: (id: string, _src: string, width: number, format: string) => `${id}-${width}.${format}`,
    });
    const web = (metadata.webp ?? []).filter((entry) => entry.width <= WEB_WIDTHS.at(-1)!);
    const print = (metadata[printFormat] ?? []).at(-1);
    const largest = web.at(-1);
    if (!largest || !print) throw new Error(`${recipe.imageFile}: the picture could not be converted`);
    pictures[recipe.slug] = { web: web.map((entry) => ({ file: entry.filename, width: entry.width })), height: largest.height, print: print.filename };
    byContent.set(key, pictures[recipe.slug]!);
  }
  const all = Object.values(pictures);
  if (targets.web) await copyFiles(cacheDir, targets.web, all.flatMap((picture) => picture.web.map((entry) => entry.file)));
  if (targets.print) await copyFiles(cacheDir, targets.print, all.map((picture) => picture.print));
  return pictures;
}

async function copyFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const file of new Set(files)) await cp(path.join(from, file), path.join(to, file));
}
