// Full content check: schemas, cross-references, and every ingredient quantity resolved by the kitchen engine.
import { loadContent, type Content } from "./load.ts";
import type { ContentIssue } from "./issues.ts";

export type Checked = { content: Content; issues: [] } | { content: undefined; issues: ContentIssue[] };

/** Loads and checks all content under `root`; returns every problem at once. */
export async function checkContent(root: string): Promise<Checked> {
  return loadContent(root);
}
