// Recipe pictures before they are converted: not too many bytes, not too many pixels, and a format sharp can read.
import { lstat, readFile } from "node:fs/promises";
import sharp from "sharp";
import { formatBytes, formatCount, LIMITS } from "./limits.ts";
import { svgProblems } from "./svg-check.ts";

export interface PictureCheck {
  /** Problems with the file as a picture: bytes, pixels, format. */
  picture: string[];
  /** Active or external content in an SVG's text (checked before anything parses the SVG). */
  svg: string[];
}

const SAVE_SMALLER = "save it smaller, for example 2000 pixels wide, as JPEG or PNG";

/** Plain-language problems with the picture file at `abs`, read from its size, an SVG's text and the header only (fast). */
export async function checkPicture(abs: string): Promise<PictureCheck> {
  const info = await lstat(abs);
  if (info.isSymbolicLink()) return { picture: ["is a symbolic link, which content may not contain — put the picture itself here"], svg: [] };
  if (info.size > LIMITS.pictureBytes) return { picture: [`is ${formatBytes(info.size)}, more than the limit of ${formatBytes(LIMITS.pictureBytes)} — ${SAVE_SMALLER}`], svg: [] };
  if (abs.endsWith(".svg")) {
    const svg = svgProblems(await readFile(abs, "utf8"));
    if (svg.length > 0) return { picture: [], svg };
  }
  let width: number | undefined;
  let height: number | undefined;
  try {
    // The header only: the pixels are not decoded here, so the limit is compared below instead of making sharp fail.
    ({ width, height } = await sharp(abs, { limitInputPixels: false }).metadata());
  } catch (error) {
    return { picture: [`cannot be read as a picture (${reason(error)}) — open it in a picture editor and save it again as JPEG or PNG`], svg: [] };
  }
  if (!width || !height) return { picture: ["has no width and height — open it in a picture editor and save it again as JPEG or PNG"], svg: [] };
  if (width * height > LIMITS.picturePixels) return { picture: [`is ${width} × ${height} pixels, more than the limit of ${formatCount(LIMITS.picturePixels)} pixels — ${SAVE_SMALLER}`], svg: [] };
  return { picture: [], svg: [] };
}

/** sharp's own words for why a picture failed, on one line. */
export function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.trim();
}
