// How a failed command tells the person who ran it: content issues as `file:line field: message` lines (and as
// GitHub annotations on the changed lines when run in GitHub Actions), any other error as its message; exit code 1.
import * as actions from "@actions/core";
import { ContentError, formatIssue, formatWarnings, type ContentIssue } from "./content/issues.ts";

export interface Failure {
  /** What goes to stderr. */
  text: string;
  exitCode: 1;
}

/** The text and exit code for an error thrown by a command. */
export function describeFailure(error: unknown): Failure {
  if (error instanceof ContentError) {
    const one = error.issues.length === 1;
    const summary = `${error.issues.length} ${one ? "problem" : "problems"} found — fix ${one ? "it" : "them"} and run the command again.`;
    const warnings = error.warnings.length > 0 ? `\n${formatWarnings(error.warnings)}` : "";
    return { text: `${error.issues.map(formatIssue).join("\n")}\n${warnings}\n${summary}\n`, exitCode: 1 };
  }
  return { text: `${error instanceof Error ? error.message : String(error)}\n`, exitCode: 1 };
}

/** Prints the failure (and, in GitHub Actions, one annotation per content issue); returns the exit code. */
export function reportFailure(error: unknown, env: NodeJS.ProcessEnv = process.env): number {
  const failure = describeFailure(error);
  process.stderr.write(failure.text);
  if (error instanceof ContentError && env.GITHUB_ACTIONS === "true") {
    annotate(error.issues);
    annotate(error.warnings, "warning");
  }
  return failure.exitCode;
}

/**
 * `::error file=…,line=…,title=…::message` on stdout for each issue, which GitHub shows on the changed line of the pull request.
 * @actions/core escapes the text, so nothing in content can issue a workflow command of its own.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#setting-an-error-message
 */
export function annotate(issues: readonly ContentIssue[], level: "error" | "warning" = "error"): void {
  for (const issue of issues) actions[level](issue.message, { title: issue.field ? `${issue.field}` : "Content check", file: issue.file, startLine: issue.line });
}
