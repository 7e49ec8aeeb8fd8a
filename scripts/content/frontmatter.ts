// Splits a Markdown file into YAML front matter and body with gray-matter; every non-YAML engine is refused, never run.
import matter from "gray-matter";
import { parseYaml, type ParsedYaml } from "./yaml.ts";
import type { ContentIssue } from "./issues.ts";

export interface ParsedMarkdown {
  yaml: ParsedYaml;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

const refuse = (language: string) => () => {
  throw new RefusedEngine(language);
};

class RefusedEngine extends Error {
  constructor(readonly language: string) {
    super(`front matter language "${language}" is not allowed`);
  }
}

/** Parses `text` (the file's content) and reports problems against `file`. */
export function parseMarkdownFile(text: string, file: string): ParsedMarkdown | { issues: ContentIssue[] } {
  const fences = fenceProblem(text);
  if (fences) return { issues: [{ file, line: fences.line, field: "", message: fences.message }] };
  let yaml: ParsedYaml | undefined;
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      language: "yaml",
      engines: {
        yaml: { parse: (source: string) => ((yaml = parseYaml(source, file, 1)), {}), stringify: () => "" },
        js: { parse: refuse("js"), stringify: () => "" },
        javascript: { parse: refuse("javascript"), stringify: () => "" },
        jsLegacy: { parse: refuse("jsLegacy"), stringify: () => "" },
        json: { parse: refuse("json"), stringify: () => "" },
        coffee: { parse: refuse("coffee"), stringify: () => "" },
        toml: { parse: refuse("toml"), stringify: () => "" },
      } as never,
    });
  } catch (error) {
    const language = error instanceof RefusedEngine ? error.language : /engine "?([^"\s]+)/.exec(String(error))?.[1] ?? "unknown";
    return { issues: [{ file, line: 1, field: "", message: `front matter must be YAML (start the file with "---"), "---${language}" is not allowed because it would run code` }] };
  }
  const body = parsed.content;
  const bodyLine = lineCount(text) - lineCount(body) + 1;
  return { yaml: yaml ?? parseYaml("", file, 1), body, bodyLine };
}

/** A file must open with a "---" line (or "---yaml") and close its fields with another "---" line before the text. */
function fenceProblem(text: string): { line: number; message: string } | undefined {
  const lines = text.split("\n");
  const opening = /^---([A-Za-z]*)\s*$/.exec(lines[0] ?? "");
  if (!opening) return { line: 1, message: 'must start with a line "---", then the fields (title: …), then another "---" line, then the text' };
  if (opening[1] && opening[1] !== "yaml") return undefined; // gray-matter names the language; a refused one is reported below
  const closing = lines.slice(1).findIndex((line) => /^---\s*$/.test(line));
  if (closing < 0) return { line: 1, message: 'has no "---" line after its fields — add one on its own line between the last field and the text' };
  return undefined;
}

/** How many lines `text` has (line breaks + 1), counted without splitting it. */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines += 1;
  return lines;
}
