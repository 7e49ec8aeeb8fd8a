// The web manifest of each language: the site's name, colours and icons for a phone's home screen. https://www.w3.org/TR/appmanifest/
import type { Locale } from "../kitchen/vocabulary.ts";
import { ICON_SIZES, iconFile, manifestPath, THEME_COLOR } from "./head.ts";
import type { Chrome } from "./pages.ts";

export interface WebManifest {
  /** Where it is written, inside the output folder. */
  file: string;
  json: {
    lang: Locale;
    dir: "ltr";
    name: string;
    short_name: string;
    description: string;
    start_url: string;
    scope: string;
    display: "standalone";
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
}

/** The page background (assets/css/site.css --paper), shown while the site opens from the home screen. */
const BACKGROUND = "#fffdf8";

export function webManifest({ locale, site, routes }: Chrome): WebManifest {
  return {
    file: routes.outputPath(manifestPath(routes, locale)),
    json: {
      lang: locale,
      dir: "ltr",
      name: site.title[locale],
      short_name: site.title[locale],
      description: site.tagline[locale],
      start_url: routes.home(locale),
      scope: routes.root,
      display: "standalone",
      theme_color: THEME_COLOR,
      background_color: BACKGROUND,
      icons: [
        { src: routes.file("assets/icons/icon.svg"), sizes: "any", type: "image/svg+xml" },
        ...ICON_SIZES.map((size) => ({ src: routes.file(iconFile(size)), sizes: `${size}x${size}`, type: "image/png" })),
      ],
    },
  };
}
