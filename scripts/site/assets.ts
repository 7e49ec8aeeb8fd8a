// The site's static files: its styles, icons and the fonts from npm, copied from the project into the output folder.
import { cp, mkdir } from "node:fs/promises";
import path from "node:path";
import { glob } from "tinyglobby";
import { FONT_FILES } from "../templates.ts";

const FILES = ["assets/css/fonts.css", "assets/css/site.css", "assets/css/site-print.css", "assets/icons/icon.svg"];

/** Copies what every page links to into `outDir/assets/`, from the project at `root` (whatever the working folder is). */
export async function copySiteAssets(root: string, outDir: string): Promise<void> {
  for (const file of FILES) {
    await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
    await cp(path.join(root, file), path.join(outDir, file));
  }
  const fonts = path.join(outDir, "assets", "fonts", "files");
  await mkdir(fonts, { recursive: true });
  for (const font of await glob(FONT_FILES, { cwd: root, expandDirectories: false })) await cp(path.join(root, font), path.join(fonts, path.basename(font)));
}
