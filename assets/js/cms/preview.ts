// The recipe preview in the form editor: what `npm run check` would say, then the recipe page as the site shows it (cost, nutrition with %RI, allergens), live.
import { checkDraft, type FormFile } from "../../../scripts/cms/draft.ts";
import type { PreviewData } from "../../../scripts/cms/preview-data.ts";
import type { ContentIssue } from "../../../scripts/content/issues.ts";
import type { RecipeView } from "../../../scripts/present/recipe.ts";
import { plain, type CreateElement, type PreviewProps } from "./decap.ts";

export function recipePreview(h: CreateElement, data: PreviewData) {
  const words = data.words.preview;

  const problemList = (problems: ContentIssue[]) =>
    h(
      "aside",
      { className: "note-box safety", lang: "en" },
      h("h2", { lang: "lv" }, words.problems),
      h("ul", null, ...problems.map((problem, index) => h("li", { key: index }, `${problem.file.split("/").pop()} · ${problem.field ? `${problem.field}: ` : ""}${problem.message}`))),
    );

  /** The recipe page as the site renders it (layouts/_partials/kinds/recipe.njk), without the servings scaler and links; `numbersOnly`: only what the kitchen computed. */
  const page = (view: RecipeView, numbersOnly: boolean) => {
    const t = (key: string) => view.t[key] ?? key;
    const whole = (...parts: unknown[]) => (numbersOnly ? [] : parts);
    return h(
      "article",
      { className: "recipe", lang: view.locale, key: view.locale },
      ...whole(
        h("p", { className: "kicker" }, view.meal.label),
        h("h1", null, view.title),
        h("p", { className: "lead" }, view.summary),
        view.image.src ? h("img", { className: "hero", src: view.image.src, alt: view.image.alt, style: { maxWidth: "100%" } }) : null,
        h("dl", { className: "facts" }, ...view.facts.map((fact) => h("div", { key: fact.label }, h("dt", null, fact.label), h("dd", null, fact.value)))),
      ),
      h(
        "section",
        null,
        h("h2", null, t("recipe.ingredients")),
        h("p", { className: "legend" }, h("span", { className: "aid-mark", "aria-hidden": "true" }), ` ${t("aid.legend")}`),
        h(
          "ul",
          { className: "ingredients" },
          ...view.ingredients.map((item, index) =>
            h(
              "li",
              { key: index, className: item.fromAid ? "aid" : undefined },
              item.fromAid ? h("span", { className: "aid-mark", "aria-hidden": "true" }) : null,
              item.fromAid ? h("span", { className: "visually-hidden" }, `${t("aid.marker")}: `) : null,
              h("span", { className: "qty" }, item.amount),
              " ",
              h("span", { className: "unit" }, item.unit),
              ` ${item.name}`,
              item.note ? `, ${item.note}` : "",
            ),
          ),
        ),
      ),
      ...whole(
        // markdown-it with raw HTML off made this, as for the site's pages.
        h("section", { className: "steps" }, h("h2", null, t("recipe.steps")), h("div", { dangerouslySetInnerHTML: { __html: view.stepsHtml } })),
        view.safety ? h("aside", { className: "note-box safety" }, h("h2", null, t("recipe.safety")), h("p", null, view.safety)) : null,
        view.tip ? h("aside", { className: "note-box tip" }, h("h2", null, t("recipe.tip")), h("p", null, view.tip)) : null,
      ),
      h(
        "div",
        { className: "boxes" },
        h(
          "section",
          { className: "box cost", "aria-label": t("recipe.costTitle") },
          h("h3", null, t("recipe.costTitle")),
          h("p", null, view.cost.sentence),
          h("dl", { className: "pairs" }, h("dt", null, t("recipe.costTotal")), h("dd", null, view.cost.total), h("dt", null, t("recipe.costPerServing")), h("dd", null, view.cost.perServing), h("dt", null, t("recipe.costExtra")), h("dd", null, view.cost.extraPerServing)),
        ),
        h("section", { className: "box", "aria-label": t("recipe.allergensTitle") }, h("h3", null, t("recipe.allergensTitle")), h("p", null, view.allergens.length > 0 ? view.allergens.join(", ") : t("recipe.noAllergens")), view.usesAid ? h("p", null, view.coverage.sentence) : null),
      ),
      h(
        "table",
        { className: "nutrition" },
        h("caption", null, t("nutrition.title")),
        h("thead", null, h("tr", null, ...["nutrition.nutrient", "nutrition.perServing", "nutrition.ri", "nutrition.per100g"].map((key) => h("th", { scope: "col", key }, t(key))))),
        h("tbody", null, ...view.nutrition.rows.map((row) => h("tr", { key: row.label }, h("th", { scope: "row" }, row.label), h("td", null, row.perServing), h("td", null, row.ri), h("td", null, row.per100g)))),
      ),
      h("p", { className: "small" }, `${view.nutrition.riNote} ${view.nutrition.method}`),
    );
  };

  return (props: PreviewProps) => {
    const lv = (plain(props.entry.getIn(["data"])) ?? {}) as FormFile;
    const en = (plain(props.entry.getIn(["i18n", "en", "data"])) ?? {}) as FormFile;
    const slug = String(props.entry.get("slug") ?? "").replace(/\/index$/, "") || undefined;
    const image = typeof lv.image === "string" && lv.image !== "" ? lv.image : undefined;
    const result = checkDraft({ slug, lv, en, imageUrl: image ? props.getAsset(image)?.toString() : undefined }, data);
    const views = Object.values(result.views);
    return h(
      "div",
      { className: "wrap" },
      h("p", { className: "small", lang: "lv" }, words.title),
      result.problems.length > 0 ? problemList(result.problems) : null,
      image?.endsWith(".svg") ? h("p", { className: "small", lang: "lv" }, words.svgNotChecked) : null,
      views.length === 0 ? h("p", { lang: "lv" }, words.empty) : null,
      ...views.map((view) => page(view, result.numbersOnly)),
    );
  };
}
