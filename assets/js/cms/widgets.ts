// The form editor's own widgets: the product picker (Decap's relation widget, aid-package products first) and the English ingredient notes.
import { CUSTOM_WIDGETS } from "../../../scripts/cms/widget-names.ts";
import type { PreviewData } from "../../../scripts/cms/preview-data.ts";
import { plain, type Component, type CreateElement, type Decap, type Hit, type WidgetProps } from "./decap.ts";

/**
 * The product of an ingredient: Decap's relation widget, searching Latvian and English names, with aid-package products first.
 * On opening a recipe the relation widget "changes" each product to the value it already has; in the English pane, where
 * the ingredient list is mounted but hidden, that change would copy the whole list into index.en.md. Such no-change calls are dropped.
 */
export function registerProductPicker(CMS: Decap, h: CreateElement): void {
  // A function component: React 19 hands it Decap's ref as a prop, which goes on to the relation widget, so Decap validates that.
  const relation = CMS.getWidget("relation");
  if (!relation) throw new Error("Decap CMS has no relation widget");
  const aidFirst = (hits: Hit[]) => [...hits.filter((hit) => hit.data.inAidPackage === true), ...hits.filter((hit) => hit.data.inAidPackage !== true)];
  const ProductPicker = (props: WidgetProps) =>
    h(relation.control, {
      ...props,
      onChange: (value: unknown, metadata?: unknown) => {
        if (value !== props.value) props.onChange(value, metadata);
      },
      query: async (...args: unknown[]) => {
        const found = await props.query(...args);
        return { ...found, payload: { ...found.payload, hits: aidFirst(found.payload.hits ?? []) } };
      },
    });
  CMS.registerWidget(CUSTOM_WIDGETS.product, ProductPicker, relation.preview, relation.schema);
}

/**
 * The English file's `ingredientNotes`: one box per Latvian ingredient note, keyed by product. In the Latvian pane it
 * only says where to write them, and never sets a value, so index.lv.md gets no such field.
 */
export function registerIngredientNotes(CMS: Decap, h: CreateElement, createClass: (spec: Record<string, unknown>) => Component<never>, data: PreviewData): void {
  const names = new Map(data.products.map((product) => [product.id, product.name.lv]));
  const IngredientNotes = (props: WidgetProps) => {
    const words = data.words.notes;
    if (props.locale !== "en") return h("p", { id: props.forID, className: props.classNameWrapper }, words.latvianPane);
    const ingredients = (plain(props.entry.getIn(["data", "ingredients"])) ?? []) as { product?: string; note?: string }[];
    const noted = ingredients.filter((line): line is { product: string; note: string } => Boolean(line.product && line.note));
    if (noted.length === 0) return h("p", { id: props.forID, className: props.classNameWrapper }, words.none);
    const current = (plain(props.value) ?? {}) as Record<string, string>;
    const change = (product: string, note: string) => {
      // Only the products the Latvian file has a note for: a note left behind by a removed ingredient goes.
      const next = Object.fromEntries(noted.map((line) => [line.product, line.product === product ? note : (current[line.product] ?? "")]).filter(([, text]) => text !== ""));
      props.onChange(next);
    };
    return h(
      "div",
      { id: props.forID, className: props.classNameWrapper },
      ...noted.map((line, index) =>
        h(
          "p",
          { key: line.product },
          h("label", { htmlFor: `${props.forID}-${index}` }, `${names.get(line.product) ?? line.product} — „${line.note}”`),
          h("input", { id: `${props.forID}-${index}`, type: "text", lang: "en", value: current[line.product] ?? "", style: { display: "block", width: "100%" }, onChange: (event: { target: { value: string } }) => change(line.product, event.target.value) }),
        ),
      ),
    );
  };
  // A class, so Decap gets the instance it asks every widget for (it has nothing more to validate).
  CMS.registerWidget(CUSTOM_WIDGETS.notes, createClass({ render(this: { props: WidgetProps }) { return IngredientNotes(this.props); } }) as Component<WidgetProps>);
}
