// The form editor's configuration (admin/config.yml for Decap CMS), made from the content schemas, the code lists and content/cms.yaml; pure.
import { ContentError } from "../content/issues.ts";
import type { Content } from "../content/load.ts";
import { LIMITS } from "../content/limits.ts";
import { ALLERGEN_CODES, EQUIPMENT, LOCALES, MEALS } from "../kitchen/vocabulary.ts";
import { fieldsOf, FORMS, isLanguagePair, type FieldSpec, type FormName } from "./fields.ts";
import { CUSTOM_WIDGETS } from "./widget-names.ts";
import type { CmsWords } from "./words.ts";

/** A Decap CMS field or collection: plain data, written out as YAML. https://decapcms.org/docs/configuration-options/ */
type Settings = Record<string, unknown>;

export interface ConfigOptions {
  /** The local decap-server's API address; only `npm run cms` sets it (Decap's `local_backend`). */
  localBackend?: string;
  /** The site's full address (SITE_URL, its path included), for the editor's links to the site; default content/site.yaml's baseUrl. */
  siteUrl?: string;
}

/** Code lists whose option labels come from content/i18n/lv.yaml, by key prefix. */
const LABELLED_CODES: [readonly string[], string][] = [
  [MEALS, "meal."],
  [EQUIPMENT, "equipment."],
  [ALLERGEN_CODES, "allergen."],
];

/** Product texts long enough for a text box rather than a line. */
const PARAGRAPHS = new Set(["description", "storage", "cooking"]);

/** The whole configuration; throws ContentError when content/site.yaml does not name a GitHub repository. */
export function cmsConfig(content: Content, options: ConfigOptions = {}): Settings {
  const words = content.cms;
  const { site } = content;
  const backend: Settings = { name: "github", repo: githubRepo(site.repository), branch: site.cms?.branch ?? "main" };
  if (site.cms?.siteDomain) backend.site_domain = site.cms.siteDomain;
  if (site.cms?.authUrl) backend.base_url = site.cms.authUrl.replace(/\/$/, "");
  if (site.cms?.authEndpoint) backend.auth_endpoint = site.cms.authEndpoint;
  return {
    backend,
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    publish_mode: "editorial_workflow",
    // Decap's own buttons in Latvian: assets/js/cms.ts registers them from content/cms.yaml.
    locale: LOCALES[0],
    site_url: options.siteUrl ?? site.baseUrl,
    display_url: options.siteUrl ?? site.baseUrl,
    // Uploads go into each recipe's own folder (the recipes collection's media_folder); this one is only Decap's required default.
    media_folder: "content/recipes",
    public_folder: "",
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    i18n: { structure: "multiple_files", locales: [...LOCALES], default_locale: LOCALES[0] },
    collections: [recipes(content, words), products(content, words), lessons(content, words), handouts(content, words), pages(content, words)],
  };
}

/** "https://github.com/owner/name" → "owner/name". */
function githubRepo(repository: string): string {
  const url = new URL(repository);
  const parts = url.pathname.replace(/\.git$/, "").split("/").filter(Boolean);
  if (url.hostname !== "github.com" || parts.length !== 2) {
    throw new ContentError([{ file: "content/site.yaml", field: "repository", message: `"${repository}" is not a GitHub repository — the form editor saves through GitHub: use https://github.com/<owner>/<name>` }]);
  }
  return parts.join("/");
}

function collectionWords(words: CmsWords, name: keyof CmsWords["collections"]): Settings {
  const { label, singular, description } = words.collections[name];
  return { name, label, label_singular: singular, description };
}

function recipes(content: Content, words: CmsWords): Settings {
  const lv = fieldsOf(FORMS.recipe.lv);
  const en = fieldsOf(FORMS.recipe.en);
  const translated = new Set(en.map((field) => field.name));
  const form = new FormFields(content, words, "recipe");
  const fields = withFieldsOf(lv, en).map((field) => ({ ...form.field(field, true), ...(translated.has(field.name) ? { i18n: true } : {}) }));
  return {
    ...collectionWords(words, "recipes"),
    folder: "content/recipes",
    path: "{{slug}}/index",
    extension: "md",
    format: "frontmatter",
    create: true,
    delete: false,
    identifier_field: "title",
    slug: "{{slug}}",
    summary: "{{title}}",
    sortable_fields: ["title"],
    // A picture lands in the recipe's own folder and is named as it is, without a path.
    media_folder: "",
    public_folder: "",
    i18n: true,
    fields: [...fields, { ...form.body(true, { modes: ["raw"] }), i18n: true }],
  };
}

/** The Latvian file's fields with the English file's own (ingredientNotes) placed before the next field both share. */
function withFieldsOf(lv: FieldSpec[], en: FieldSpec[]): FieldSpec[] {
  const merged = [...lv];
  en.forEach((field, index) => {
    if (merged.some((known) => known.name === field.name)) return;
    const next = en.slice(index + 1).find((later) => merged.some((known) => known.name === later.name));
    const at = next ? merged.findIndex((known) => known.name === next.name) : merged.length;
    merged.splice(at, 0, field);
  });
  return merged;
}

function products(content: Content, words: CmsWords): Settings {
  const form = new FormFields(content, words, "product");
  return {
    ...collectionWords(words, "products"),
    folder: "content/products",
    extension: "yaml",
    format: "yaml",
    create: true,
    delete: false,
    identifier_field: "name.lv",
    slug: "{{fields.name.lv}}",
    summary: "{{name.lv}} — {{name.en}}",
    sortable_fields: ["name.lv"],
    fields: fieldsOf(FORMS.product.lv).map((field) => form.field(field, true)),
  };
}

function lessons(content: Content, words: CmsWords): Settings {
  const form = new FormFields(content, words, "lesson");
  const files = content.lessons.flatMap((lesson) =>
    LOCALES.map((locale) => ({
      name: `${lesson.slug}-${locale}`,
      label: `${lesson.data.number}. ${lesson.text[locale].title} (${words.languages[locale]})`,
      file: `content/lessons/${lesson.slug}/index.${locale}.md`,
      fields: [...fieldsOf(FORMS.lesson[locale]).map((field) => form.field(field, true)), form.body(false)],
    })),
  );
  return { ...collectionWords(words, "lessons"), format: "frontmatter", delete: false, files };
}

function handouts(content: Content, words: CmsWords): Settings {
  const form = new FormFields(content, words, "page");
  const files = content.lessons.flatMap((lesson) =>
    LOCALES.map((locale) => ({
      name: `${lesson.slug}-${locale}`,
      label: `${lesson.data.number}. ${lesson.handout[locale].data.title} (${words.languages[locale]})`,
      file: `content/lessons/${lesson.slug}/handout.${locale}.md`,
      fields: [...fieldsOf(FORMS.page.lv).map((field) => form.field(field, true)), form.body(true)],
    })),
  );
  return { ...collectionWords(words, "handouts"), format: "frontmatter", delete: false, files };
}

function pages(content: Content, words: CmsWords): Settings {
  const form = new FormFields(content, words, "page");
  return {
    ...collectionWords(words, "pages"),
    folder: "content/pages",
    extension: "md",
    format: "frontmatter",
    create: false,
    delete: false,
    identifier_field: "title",
    summary: "{{title}}",
    i18n: true,
    fields: [...fieldsOf(FORMS.page.lv).map((field) => ({ ...form.field(field, true), i18n: true })), { ...form.body(true), i18n: true }],
  };
}

/** Turns the fields of one form into Decap fields with their Latvian words. */
class FormFields {
  constructor(
    private readonly content: Content,
    private readonly words: CmsWords,
    private readonly form: FormName,
  ) {}

  /** `required`: whether the group holding the field is itself required (list items count as required). */
  field(field: FieldSpec, parentRequired: boolean): Settings {
    const required = field.required && parentRequired;
    const settings: Settings = { name: field.name, ...this.wordsFor(field.path), ...this.widget(field, required) };
    if (!required) settings.required = false;
    return settings;
  }

  body(required: boolean, extra: Settings = {}): Settings {
    return { name: "body", ...this.wordsFor("body"), widget: "markdown", ...extra, ...(required ? {} : { required: false }) };
  }

  private wordsFor(path: string): Settings {
    const words = this.words.fields[this.form][path];
    if (!words) throw new Error(`content/cms.yaml has no words for ${this.form} field ${path} (the content check should have said so)`);
    return { label: words.label, ...(words.hint ? { hint: words.hint } : {}) };
  }

  private pattern(field: FieldSpec): Settings {
    const pattern = field.pattern ?? field.item?.pattern;
    const message = this.words.fields[this.form][field.path]?.pattern;
    return pattern && message ? { pattern: [pattern, message] } : {};
  }

  private widget(field: FieldSpec, required: boolean): Settings {
    const special = this.special(field);
    if (special) return special;
    switch (field.kind) {
      case "text":
        return { widget: PARAGRAPHS.has(field.path.split(".")[0]!) ? "text" : "string", ...this.pattern(field) };
      case "number":
      case "integer":
        return { widget: "number", value_type: field.kind === "integer" ? "int" : "float", ...limits(field) };
      case "boolean": {
        // A required switch starts off; an optional one only shows the schema's default, so an untouched switch writes nothing.
        const start = field.default ?? (required ? false : undefined);
        return { widget: "boolean", ...(start === undefined ? {} : { default: start }) };
      }
      case "select":
        return { widget: "select", options: this.options(field.options!) };
      case "group":
        return { widget: "object", collapsed: !required, fields: this.subfields(field, required) };
      case "list":
        if (field.multiple) return { widget: "select", multiple: true, options: this.options(field.options!), ...limits(field) };
        if (field.fields) return { widget: "list", collapsed: false, ...limits(field), fields: field.fields.map((item) => this.field(item, true)), ...listSummary(field) };
        return { widget: "list", ...limits(field), field: { name: field.name, label: this.wordsFor(field.path).label, widget: "string" }, ...this.pattern(field) };
      case "map":
        throw new Error(`the form editor has no widget for ${this.form} field ${field.path}`);
    }
  }

  private subfields(field: FieldSpec, required: boolean): Settings[] {
    if (!isLanguagePair(field)) return field.fields!.map((sub) => this.field(sub, required));
    return field.fields!.map((sub) => ({ name: sub.name, label: this.words.languages[sub.name as "lv" | "en"], widget: this.widget(sub, required).widget, ...(sub.required && required ? {} : { required: false }) }));
  }

  /** Fields whose widget the schema alone cannot tell: pictures, products, dates, notes per product, recipes and package of a lesson. */
  private special(field: FieldSpec): Settings | undefined {
    const key = `${this.form}.${field.path}`;
    switch (key) {
      case "recipe.image":
        return { widget: "image", choose_url: false, media_library: { allow_multiple: false, config: { max_file_size: LIMITS.pictureBytes } }, ...this.pattern(field) };
      case "recipe.ingredients.product":
        return {
          widget: CUSTOM_WIDGETS.product,
          collection: "products",
          value_field: "{{slug}}",
          search_fields: ["name.lv", "name.en"],
          display_fields: ["{{inAidPackage | ternary('■ ', '')}}{{name.lv}} — {{name.en}}"],
          // Every product: the limit counts each searched name of each product.
          options_length: 1000,
        };
      case "recipe.ingredientNotes":
        return { widget: CUSTOM_WIDGETS.notes };
      case "product.price.date":
        return { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false, ...this.pattern(field) };
      case "lesson.recipes": {
        const recipes = [...this.content.recipes].sort((a, b) => a.data.title.localeCompare(b.data.title, "lv"));
        return { widget: "select", multiple: true, options: recipes.map((recipe) => ({ label: recipe.data.title, value: recipe.slug })) };
      }
      case "lesson.plan.package":
        return { widget: "select", options: this.content.packages.map((item) => ({ label: item.name.lv, value: item.id })) };
      default:
        return undefined;
    }
  }

  private options(codes: readonly string[]): { label: string; value: string }[] {
    const prefix = LABELLED_CODES.find(([list]) => list.length === codes.length && list.every((code, index) => codes[index] === code))?.[1];
    const strings = this.content.strings.lv;
    return codes.map((code) => ({ label: prefix ? (strings[`${prefix}${code}`] ?? code) : code, value: code }));
  }
}

function limits(field: FieldSpec): Settings {
  return { ...(field.min !== undefined ? { min: field.min } : {}), ...(field.max !== undefined ? { max: field.max } : {}) };
}

/** A list item's one-line summary when collapsed: its fields in order, e.g. "griki 400 g". */
function listSummary(field: FieldSpec): Settings {
  const names = field.fields!.filter((item) => item.kind !== "group").map((item) => `{{fields.${item.name}}}`);
  return { summary: names.join(" ") };
}
