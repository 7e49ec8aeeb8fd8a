// Tests for schema validation of parsed YAML: empty values as form editors write them.
import { describe, expect, it } from "vitest";
import { recipeEnSchema, recipeLvSchema } from "./schemas.ts";
import { validate } from "./validate.ts";
import { parseYaml } from "./yaml.ts";

const LV = `title: Griķu putra
summary: Silta putra.
servings: 2
time:
  prep: 5
  cook: 20
meal: breakfast
equipment:
  - stove
image: griku-putra.svg
imageAlt: Bļoda.
ingredients:
  - product: sals
    qty: ""
    unit: pēc garšas
    note: ""
tip: ""
safety:
`;

function check<S extends Parameters<typeof validate>[0]>(schema: S, text: string) {
  return validate(schema, parseYaml(text, "index.lv.md"), "index.lv.md");
}

describe("validate", () => {
  it("should read a cleared optional field as a field left out", () => {
    const result = check(recipeLvSchema, LV);
    expect(result.issues).toEqual([]);
    expect(result.value).not.toHaveProperty("tip");
    expect(result.value).not.toHaveProperty("safety");
    expect(result.value?.ingredients[0]).toEqual({ product: "sals", unit: "pēc garšas" });
  });

  it("should read a group whose fields are all empty as left out", () => {
    const result = check(recipeEnSchema, "title: Porridge\nsummary: Warm.\nimageAlt: A bowl.\ningredientNotes:\n  sipols: ''\n");
    expect(result.issues).toEqual([]);
    expect(result.value?.ingredientNotes).toEqual({});
  });

  it("should still report a cleared required field, with its line", () => {
    const result = check(recipeLvSchema, LV.replace("summary: Silta putra.", 'summary: ""'));
    expect(result.issues).toEqual([{ file: "index.lv.md", line: 2, field: "summary", message: "is missing — add it (expected text)" }]);
  });

  it("should still report an empty item in a list", () => {
    const result = check(recipeLvSchema, LV.replace("  - stove", '  - stove\n  - ""'));
    expect(result.issues.map((issue) => `${issue.line} ${issue.field}: ${issue.message}`)).toEqual(['10 equipment[1]: "" is not allowed — use one of: "stove", "oven", "kettle", "none"']);
  });

  it("should still name a field it does not know when that field is empty", () => {
    const result = check(recipeLvSchema, LV.replace("safety:\n", "safety:\ntipp: \"\"\n"));
    expect(result.issues).toEqual([{ file: "index.lv.md", line: 19, field: "tipp", message: 'unknown field "tipp" — remove it or check its spelling (see CONTRIBUTING.md)' }]);
  });
});
