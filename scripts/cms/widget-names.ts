// The names of the widgets the form editor's script (assets/js/cms.ts) adds to Decap CMS, shared with the configuration that uses them.
export const CUSTOM_WIDGETS = { product: "product", notes: "ingredient-notes" } as const;
