// Safe YAML parsing with line numbers: core schema only, no anchors, aliases or tags, duplicate keys refused.
import jsYaml from "js-yaml";
import { LineCounter, parseDocument, isAlias, isMap, isNode, isPair, isScalar, isSeq, visit, type Document, type Node } from "yaml";
import type { ContentIssue } from "./issues.ts";

/**
 * Where a node property (an anchor "&", an alias "*" or a tag "!") could begin: at the start of a line or after white space or
 * one of ":-[{,?". YAML allows them nowhere else, so text without a match has none (it may still have those characters inside text).
 */
const MAYBE_PROPERTY = /(?:^|[\s:\-[{,?])[&*!]/;

export interface ParsedYaml {
  data: unknown;
  /** Finds the 1-based file line of a field path; falls back to the nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  issues: ContentIssue[];
}

/**
 * Parses YAML text that starts at `firstLine` of `file`; never executes tags or expands aliases. Text that cannot hold an
 * anchor, alias or tag is read by js-yaml (core schema, duplicate keys refused; ten times faster), and its line numbers are
 * worked out only if a problem needs one; anything else, or anything js-yaml refuses, is read by `yaml`, which names each problem.
 */
export function parseYaml(text: string, file: string, firstLine = 1): ParsedYaml {
  if (!MAYBE_PROPERTY.test(text)) {
    try {
      const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
      let full: ParsedYaml | undefined;
      return { data: data ?? null, issues: [], lineOf: (path) => (full ??= fullParse(text, file, firstLine)).lineOf(path) };
    } catch {
      // js-yaml refused it: the full parse below says why, with the line.
    }
  }
  return fullParse(text, file, firstLine);
}

/** The `yaml` library's document: every syntax problem, anchor, alias and tag reported with its line. */
export function fullParse(text: string, file: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, schema: "core", uniqueKeys: true, prettyErrors: false, strict: true, customTags: [] });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const issues: ContentIssue[] = [];
  const syntaxErrors = doc.errors.length;
  for (const error of [...doc.errors, ...doc.warnings]) {
    issues.push({ file, line: toLine(error.pos[0]), field: "", message: `YAML cannot be read: ${explain(error.message)}` });
  }
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        issues.push({ file, line: lineAt(node, toLine), field: "", message: `YAML alias "*${node.source}" is not allowed — write the value out in full` });
      } else if (node.anchor) {
        issues.push({ file, line: lineAt(node, toLine), field: "", message: `YAML anchor "&${node.anchor}" is not allowed — write the value out in full` });
      }
      if (node.tag && !node.tag.startsWith("tag:yaml.org,2002:")) {
        issues.push({ file, line: lineAt(node, toLine), field: "", message: `YAML tag "${node.tag}" is not allowed — remove it` });
      }
    },
  });
  const data = syntaxErrors === 0 ? toData(doc) : undefined;
  return { data, issues, lineOf: (path) => lineOfPath(doc, path, toLine) };
}

/** Plain data for schema checks; an alias (already reported) expands to nothing rather than being followed. */
function toData(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 0 });
  } catch {
    return undefined;
  }
}

/** The parser's first sentence and what to look at; lists nested thousands deep run the parser out of stack, said in the editor's terms. */
function explain(message: string): string {
  if (message.includes("Maximum call stack size exceeded")) return "lists or groups ([ ] or { }) are nested inside each other too deeply — remove the extra brackets";
  return `${message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")} — check indentation, colons and quotes (put text with ": " in quotes)`;
}

function lineAt(node: Node, toLine: (offset: number) => number): number | undefined {
  return node.range ? toLine(node.range[0]) : undefined;
}

function lineOfPath(doc: Document, path: readonly PropertyKey[], toLine: (offset: number) => number): number | undefined {
  let node: unknown = doc.contents;
  let line = isNode(node) ? lineAt(node, toLine) : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      if (isNode(pair.key)) line = lineAt(pair.key, toLine) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      if (!isNode(item)) break;
      line = lineAt(item, toLine) ?? line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}
