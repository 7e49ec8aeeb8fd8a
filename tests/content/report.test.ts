// How failed commands report: the lines editors read, the exit code, and GitHub annotations that content cannot subvert.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ContentError } from "../../scripts/content/issues.ts";
import { describeFailure, reportFailure } from "../../scripts/report.ts";

const issues = [
  { file: "content/recipes/griku-putra/index.lv.md", line: 4, field: "servings", message: "must be at least 1" },
  { file: "content/recipes/griku-putra/griku-putra.svg", field: "", message: "has a <script> element" },
];

/** Runs reportFailure with stdout and stderr captured. */
function run(error: unknown, env: NodeJS.ProcessEnv): { code: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (err.push(String(chunk)), true));
  const code = reportFailure(error, env);
  vi.restoreAllMocks();
  return { code, stdout: out.join(""), stderr: err.join("") };
}

afterEach(() => vi.restoreAllMocks());

describe("reportFailure", () => {
  it("should print every content issue as file:line field: message, count them, and exit with 1", () => {
    const { code, stdout, stderr } = run(new ContentError(issues), {});
    expect(code).toBe(1);
    expect(stderr).toBe(
      "content/recipes/griku-putra/index.lv.md:4 servings: must be at least 1\ncontent/recipes/griku-putra/griku-putra.svg: has a <script> element\n\n2 problems found — fix them and run the command again.\n",
    );
    expect(stdout).toBe("");
  });

  it("should add one GitHub annotation per issue, on its file and line, when run in GitHub Actions", () => {
    const { stdout } = run(new ContentError(issues), { GITHUB_ACTIONS: "true" });
    expect(stdout.trimEnd().split("\n")).toEqual([
      "::error title=servings,file=content/recipes/griku-putra/index.lv.md,line=4::must be at least 1",
      "::error title=Content check,file=content/recipes/griku-putra/griku-putra.svg::has a <script> element",
    ]);
  });

  it("should escape what content puts in a message, so it cannot start a workflow command of its own", () => {
    const hostile = { file: "content/pages/about.lv.md", line: 3, field: "title", message: 'unknown "x"\n::add-mask::secret\r\n::stop-commands::tok 100%' };
    const { stdout } = run(new ContentError([hostile]), { GITHUB_ACTIONS: "true" });
    expect(stdout.trimEnd().split("\n")).toEqual(["::error title=title,file=content/pages/about.lv.md,line=3::unknown \"x\"%0A::add-mask::secret%0D%0A::stop-commands::tok 100%25"]);
  });

  it("should print other errors as their message, without annotations", () => {
    const { code, stdout, stderr } = run(new Error("No Chrome or Chromium was found"), { GITHUB_ACTIONS: "true" });
    expect([code, stdout, stderr]).toEqual([1, "", "No Chrome or Chromium was found\n"]);
    expect(describeFailure("plain text").text).toBe("plain text\n");
    expect(describeFailure(new ContentError([issues[0]!])).text).toBe("content/recipes/griku-putra/index.lv.md:4 servings: must be at least 1\n\n1 problem found — fix it and run the command again.\n");
  });
});
