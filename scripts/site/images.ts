// Recipe pictures through @11ty/eleventy-img (sharp): web sizes as WebP, a print size at about 300 dpi; cached between builds.
import { cp, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import Image from "@11ty/eleventy-img";
import { ContentError, type ContentIssue } from "../content/issues.ts";
import { LIMITS } from "../content/limits.ts";
import type { Content } from "../content/load.ts";
import { reason } from "../content/pictures.ts";

export interface RecipeImage {
  src: string;
  srcset: string;
  width: number;
  height: number;
  /** The print-resolution file, as a URL from the site root. */
  printSrc: string;
}

/** Widths for phones and desktops, and 1000 px ≈ 85 mm at 300 dpi for the books. */
const WEB_WIDTHS = [360, 720];
const PRINT_WIDTH = 1000;
const URL_PATH = "/img/";

/** Processes every recipe image into `cacheDir` (kept between builds) and copies the results into `outDir/img`. */
export async function processImages(content: Content, cacheDir: string, outDir: string): Promise<Record<string, RecipeImage>> {
  await mkdir(cacheDir, { recursive: true });
  const images: Record<string, RecipeImage> = {};
  const broken: ContentIssue[] = [];
  for (const recipe of content.recipes) {
    const isVector = recipe.imageFile.endsWith(".svg");
    const printFormat = isVector ? "png" : "jpeg";
    // A picture whose header reads well can still be damaged inside: name the recipe file that uses it.
    const fail = (why: string) => {
      broken.push({ file: recipe.lv.file, line: recipe.lv.lineOf(["image"]), field: "image", message: `picture "${path.basename(recipe.imageFile)}" could not be converted (${why}) — open it in a picture editor and save it again as JPEG or PNG` });
    };
    const metadata = await Image(await readFile(recipe.imageFile), {
      widths: [...WEB_WIDTHS, PRINT_WIDTH],
      formats: ["webp", printFormat],
      outputDir: cacheDir,
      urlPath: URL_PATH,
      sharpOptions: { limitInputPixels: LIMITS.picturePixels, failOn: "error" },
      sharpWebpOptions: { quality: 80 },
      sharpJpegOptions: { quality: 82, mozjpeg: true },
      sharpPngOptions: { palette: true, compressionLevel: 9 },
      svgShortCircuit: false,
      // Named by content hash only: eleventy-img memoises by content, so identical pictures share their files.
      filenameFormat: (id: string, _src: string, width: number, format: string) => `${id}-${width}.${format}`,
    }).catch((error: unknown) => void fail(reason(error)));
    if (!metadata) continue;
    const web = (metadata.webp ?? []).filter((entry) => entry.width <= WEB_WIDTHS.at(-1)!);
    const print = (metadata[printFormat] ?? []).at(-1);
    const largest = web.at(-1);
    if (!largest || !print) {
      fail("no picture came out");
      continue;
    }
    images[recipe.slug] = {
      src: largest.url,
      srcset: web.map((entry) => `${entry.url} ${entry.width}w`).join(", "),
      width: largest.width,
      height: largest.height,
      printSrc: print.url,
    };
  }
  if (broken.length > 0) throw new ContentError(broken);
  const used = Object.values(images).flatMap((image) => [image.printSrc, ...image.srcset.split(", ").map((entry) => entry.split(" ")[0]!)]);
  await mkdir(path.join(outDir, "img"), { recursive: true });
  for (const url of new Set(used)) await cp(path.join(cacheDir, path.basename(url)), path.join(outDir, "img", path.basename(url)));
  return images;
}
