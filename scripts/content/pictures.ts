// Recipe pictures before they are converted: not too many bytes, not too many pixels, and a format sharp can read.
import { createHash } from "node:crypto";
import { lstatSync, readFileSync } from "node:fs";
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

/**
 * Plain-language problems with the picture file at `abs`, read from its size, an SVG's text and the header only (fast). The file is
 * read at once and sharp starts on its own threads before this returns, so the checks run while the caller goes on reading content;
 * `seen` (the pictures checked so far, by kind and content) lets recipes that share a picture's bytes share its check.
 */
export function checkPicture(abs: string, seen = new Map<string, Promise<PictureCheck>>()): Promise<PictureCheck> {
  const info = lstatSync(abs);
  if (info.isSymbolicLink()) return Promise.resolve({ picture: ["is a symbolic link, which content may not contain — put the picture itself here"], svg: [] });
  if (info.size > LIMITS.pictureBytes) return Promise.resolve({ picture: [`is ${formatBytes(info.size)}, more than the limit of ${formatBytes(LIMITS.pictureBytes)} — ${SAVE_SMALLER}`], svg: [] });
  const isSvg = abs.endsWith(".svg");
  if (!info.isFile()) return contentProblems(abs, undefined, isSvg);
  const bytes = readFileSync(abs);
  const key = `${isSvg ? "svg" : "other"}:${createHash("sha256").update(bytes).digest("hex")}`;
  const known = seen.get(key);
  if (known) return known;
  const check = contentProblems(abs, bytes, isSvg);
  seen.set(key, check);
  return check;
}

/** The problems that depend on the picture's bytes alone. */
async function contentProblems(abs: string, bytes: Buffer | undefined, isSvg: boolean): Promise<PictureCheck> {
  if (isSvg && bytes) {
    const svg = svgProblems(bytes.toString("utf8"));
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
