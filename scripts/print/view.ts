// Print views: what each book contains, in reading order, built from the same page views as the site.
import type { Content } from "../content/load.ts";
import type { Locale } from "../content/schemas.ts";
import { translator } from "../site/strings.ts";
import type { PageView } from "../site/views.ts";
import type { RecipeView } from "../site/views-recipe.ts";
import type { Edition } from "./editions.ts";

export interface PrintView {
  kind: "print";
  permalink: string;
  edition: Edition;
  locale: Locale;
  title: string;
  subtitle: string;
  organisation: string;
  date: string;
  languageName: string;
  imprint: { licence: string; licenceUrl: string; partners: string[]; funding: string; project: string; supportGroup: string; builtOn: string; url: string };
  contents: { label: string; recipes: { title: string; anchor: string }[] }[];
  recipes: (RecipeView & { anchor: string })[];
  index: { product: string; recipes: { title: string; anchor: string }[] }[];
  t: Record<string, string>;
  keywords: string[];
}

/** The notebook of one locale: cover, imprint, contents by meal, recipes, and the "what to cook with…" index. */
export function notebookView(edition: Edition, content: Content, pages: readonly PageView[], buildDate: string, baseUrl: string): PrintView {
  const { locale } = edition;
  const t = translator(content.strings[locale], locale);
  const site = content.site;
  const home = pages.find((page) => page.kind === "home" && page.locale === locale);
  if (!home || home.kind !== "home") throw new Error(`no home page for ${locale}`);
  const recipes = home.groups.flatMap((group) => group.recipes).map((recipe) => ({ ...recipe, anchor: `recipe-${recipe.slug}` }));
  const byProduct = content.products
    .filter((product) => product.inAidPackage)
    .map((product) => ({
      product: product.name[locale],
      recipes: recipes.filter((recipe) => content.recipes.find((item) => item.slug === recipe.slug)!.lv.data.ingredients.some((line) => line.product === product.id)).map((recipe) => ({ title: recipe.title, anchor: recipe.anchor })),
    }))
    .filter((entry) => entry.recipes.length > 0)
    .sort((a, b) => a.product.localeCompare(b.product, locale));
  return {
    kind: "print",
    permalink: `/${edition.html}`,
    edition,
    locale,
    title: site.title[locale],
    subtitle: site.tagline[locale],
    organisation: site.organisation[locale],
    date: buildDate,
    languageName: t("language.name"),
    imprint: {
      licence: site.licence.name,
      licenceUrl: site.licence.url,
      partners: site.partners.map((partner) => (partner.country ? `${partner.name[locale]} (${partner.country[locale]})` : partner.name[locale])),
      funding: site.funding[locale],
      project: site.project[locale],
      supportGroup: site.supportGroup[locale],
      builtOn: t("print.builtOn", { date: buildDate }),
      url: `${baseUrl}${locale}/`,
    },
    contents: home.groups.map((group) => ({ label: group.label, recipes: group.recipes.map((recipe) => ({ title: recipe.title, anchor: `recipe-${recipe.slug}` })) })),
    recipes,
    index: byProduct,
    t: content.strings[locale],
    keywords: [t("print.keywords"), ...byProduct.map((entry) => entry.product)],
  };
}
