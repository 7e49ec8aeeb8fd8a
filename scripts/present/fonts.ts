// The site's web fonts: Atkinson Hyperlegible Next shown as soon as it arrives (font-display: swap), over local fallback faces scaled to its metrics, and the files each language preloads.
import { createFontStack, type FontMetrics } from "@capsizecss/core";
import arial from "@capsizecss/metrics/arial";
import roboto from "@capsizecss/metrics/roboto";
import type { Locale } from "../kitchen/vocabulary.ts";

export const FONT_FAMILY = "Atkinson Hyperlegible Next";
const WEIGHTS = [400, 700] as const;
type Subset = "latin" | "latin-ext";

/**
 * Which characters each file covers, as assets/css/fonts.css (the books) declares them: the latin-ext face without a range, the
 * latin face only for the basic letters and signs, without the combining accents, so ā ē ī ū … are always drawn with the
 * latin-ext file's precomposed letters, never as a basic letter with an accent from the latin file.
 */
const RANGES: Record<Subset, string | null> = {
  "latin-ext": null,
  latin: "U+0000-00FF, U+0131, U+0152-0153, U+2000-206F, U+20AC, U+2122, U+2212, U+FEFF, U+FFFD",
};

/**
 * The files a page of each language draws its first screen with. Latvian text needs both subsets in both weights (the latin file
 * has none of ā č ē ģ ī ķ ļ ņ š ū ž). English text needs the latin files and the bold latin-ext one for the header's language
 * link, "Latviešu"; other Latvian letters on an English page come a moment later, in the fallback face until then.
 */
const FIRST_FILES: Record<Locale, { subset: Subset; weight: (typeof WEIGHTS)[number] }[]> = {
  lv: [
    { subset: "latin", weight: 400 },
    { subset: "latin-ext", weight: 400 },
    { subset: "latin", weight: 700 },
    { subset: "latin-ext", weight: 700 },
  ],
  en: [
    { subset: "latin", weight: 400 },
    { subset: "latin", weight: 700 },
    { subset: "latin-ext", weight: 700 },
  ],
};

/** The file name of one subset and weight (the names of @fontsource/atkinson-hyperlegible-next, which the build copies). */
export function fontFile(subset: Subset, weight: number): string {
  return `atkinson-hyperlegible-next-${subset}-${weight}-normal.woff2`;
}

/** The font files a page in `locale` preloads, in the order its first screen needs them. */
export function preloadedFonts(locale: Locale): string[] {
  return FIRST_FILES[locale].map(({ subset, weight }) => fontFile(subset, weight));
}

/**
 * Fonts on the readers' devices that stand in until the web font has come: Arial (Windows, macOS, iOS), Roboto (Android) and
 * Liberation Sans (Linux), which has Arial's metrics by design. Scaled to the web font's line height and average letter width,
 * so the text hardly moves when the web font replaces them.
 */
const FALLBACKS = [arial, roboto, { ...arial, familyName: "Liberation Sans", fullName: "Liberation Sans", postscriptName: "LiberationSans" }];

/**
 * The stylesheet of the site's fonts (assets/css/site-fonts.css): the web font's faces with `font-display: swap` and files under
 * `fontsUrl`, the fallback faces sized from `metrics` (the regular face's), and the whole stack as `--text-font`.
 */
export function siteFontCss(metrics: FontMetrics, fontsUrl: string): string {
  const stack = createFontStack([{ ...metrics, familyName: FONT_FAMILY }, ...FALLBACKS]);
  const faces = WEIGHTS.flatMap((weight) =>
    (["latin-ext", "latin"] as const).map((subset) => {
      const range = RANGES[subset];
      return `@font-face { font-family: "${FONT_FAMILY}"; font-style: normal; font-weight: ${weight}; font-display: swap; src: url(${fontsUrl}${fontFile(subset, weight)}) format("woff2");${range ? ` unicode-range: ${range};` : ""} }`;
    }),
  );
  return [
    "/* The site's fonts, made by the build (scripts/present/fonts.ts): Atkinson Hyperlegible Next, and local faces sized to it until it has come. */",
    ...faces,
    stack.fontFaces,
    `:root { --text-font: ${stack.fontFamily}, sans-serif; }`,
    "",
  ].join("\n");
}
