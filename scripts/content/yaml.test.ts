// Tests for safe YAML parsing: the fast path reads content exactly as the full parser does, and never lets an anchor, alias or tag through.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { fullParse, parseYaml } from "./yaml.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The YAML of every content file of the project and of the test fixture: whole .yaml files and Markdown front matter. */
function contentYaml(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const base of ["content", "tests/fixtures/site/content"]) {
    for (const entry of readdirSync(path.join(root, base), { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      if (entry.name.endsWith(".yaml")) out.push({ file, text: readFileSync(file, "utf8") });
      if (entry.name.endsWith(".md")) out.push({ file, text: matter(readFileSync(file, "utf8")).matter });
    }
  }
  return out;
}

describe("parseYaml", () => {
  it("should read every content file exactly as the full parser does", () => {
    const files = contentYaml();
    expect(files.length).toBeGreaterThan(100);
    for (const { file, text } of files) {
      const full = fullParse(text, file);
      expect(full.issues, file).toEqual([]);
      expect(parseYaml(text, file).data, file).toEqual(full.data);
    }
  });

  it("should still report anchors, aliases and tags, with their lines", () => {
    const messages = (text: string) => parseYaml(text, "f.yaml").issues.map((issue) => `${issue.line}: ${issue.message.split(" —")[0]}`);
    expect(messages("a: &x 1\nb: *x\n")).toEqual(['1: YAML anchor "&x" is not allowed', '2: YAML alias "*x" is not allowed']);
    expect(messages("a: !js/function 'x'\n")).toContain('1: YAML tag "!js/function" is not allowed');
    expect(messages("- [&x 1, *x]\n")).toEqual(['1: YAML anchor "&x" is not allowed', '1: YAML alias "*x" is not allowed']);
  });

  it("should read text with & * ! inside values as plain text", () => {
    expect(parseYaml('title: "Pankūkas & ievārījums!"\nnote: 2*3\n', "f.yaml")).toMatchObject({ data: { title: "Pankūkas & ievārījums!", note: "2*3" }, issues: [] });
  });

  it("should report a duplicate key and a syntax error with their lines, as the full parser does", () => {
    expect(parseYaml("a: 1\nb: 2\na: 3\n", "f.yaml").issues.map((issue) => issue.line)).toEqual(fullParse("a: 1\nb: 2\na: 3\n", "f.yaml").issues.map((issue) => issue.line));
    expect(parseYaml("a: 1\nb: [1, 2\n", "f.yaml").issues.length).toBeGreaterThan(0);
  });

  it("should find the line of a field only when asked, on the fast path too", () => {
    const parsed = parseYaml("title: X\ningredients:\n  - { product: griki, qty: 1 }\n  - { product: sals }\n", "f.yaml", 2);
    expect(parsed.lineOf(["ingredients", 1, "product"])).toBe(5);
  });
});
