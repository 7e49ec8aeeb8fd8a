// The site's static files: its styles, icons (and PNG sizes of the icon) and the fonts from npm, copied from the project into the output folder, and the stylesheet of the site's fonts.
import { cp, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fromFile } from "@capsizecss/unpack/fs";
import sharp from "sharp";
import { glob } from "tinyglobby";
import { fontFile, siteFontCss } from "../present/fonts.ts";
import { ICON_SIZES, iconFile } from "../present/head.ts";
import { FONT_FILES } from "../templates.ts";

const FILES = ["assets/css/fonts.css", "assets/css/site.css", "assets/css/site-print.css", "assets/css/no-script.css", "assets/icons/icon.svg"];

/** Copies what every page links to into `outDir/assets/`, from the project at `root` (whatever the working folder is). */
export async function copySiteAssets(root: string, outDir: string): Promise<void> {
  for (const file of FILES) {
    await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
    await cp(path.join(root, file), path.join(outDir, file));
  }
  const fonts = path.join(outDir, "assets", "fonts", "files");
  await mkdir(fonts, { recursive: true });
  for (const font of await glob(FONT_FILES, { cwd: root, expandDirectories: false })) await cp(path.join(root, font), path.join(fonts, path.basename(font)));
  // The site's font faces, with fallback faces sized from the regular face's own metrics.
  const metrics = await fromFile(path.join(fonts, fontFile("latin", 400)));
  await writeFile(path.join(outDir, "assets", "css", "site-fonts.css"), siteFontCss(metrics, "../fonts/files/"));
  // The web manifest's PNG icons, drawn from the SVG (phones that cannot use an SVG icon on the home screen take these).
  const svg = path.join(root, "assets", "icons", "icon.svg");
  for (const size of ICON_SIZES) await sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png({ compressionLevel: 9 }).toFile(path.join(outDir, iconFile(size)));
}
