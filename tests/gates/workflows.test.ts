// The GitHub Actions workflows: valid against GitHub's workflow schema (action-validator), and safe for pull requests from forks.
import { validateWorkflow } from "@action-validator/core";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { projectRoot } from "../helpers/fixture.ts";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  id?: string;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
  needs?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, Job>;
}

const FOLDER = path.join(projectRoot, ".github", "workflows");
const files = (await readdir(FOLDER)).filter((name) => name.endsWith(".yml")).sort();
const read = async (name: string) => readFile(path.join(FOLDER, name), "utf8");
const load = async (name: string) => parse(await read(name)) as Workflow;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

describe("workflow files", () => {
  it("should be the pull-request check and the Pages deploy", () => {
    expect(files).toEqual(["pages.yml", "pull-request.yml"]);
  });

  for (const name of files) {
    it(`should validate against GitHub's workflow schema: ${name}`, async () => {
      expect(validateWorkflow(await read(name)).errors).toEqual([]);
    });

    it(`should pin every action to a major version and cache npm: ${name}`, async () => {
      const workflow = await load(name);
      for (const step of steps(workflow).filter((candidate) => candidate.uses)) expect(step.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
      expect(steps(workflow).find((step) => step.uses?.startsWith("actions/setup-node@"))?.with).toMatchObject({ cache: "npm" });
      expect(steps(workflow).find((step) => step.uses?.startsWith("actions/checkout@"))?.with).toMatchObject({ "persist-credentials": false });
    });

    it(`should never run on pull_request_target or read secrets: ${name}`, async () => {
      const workflow = await load(name);
      expect(Object.keys(workflow.on)).not.toContain("pull_request_target");
      expect(await read(name)).not.toMatch(/\$\{\{\s*secrets\./);
      expect(workflow.permissions).toEqual({ contents: "read" });
    });
  }

  it("should find a broken workflow invalid (so the schema check means something)", () => {
    expect(validateWorkflow("on: push\njobs:\n  a:\n    runz-on: ubuntu-24.04\n    steps:\n      - run: echo\n").errors.length).toBeGreaterThan(0);
  });
});

describe("pull-request workflow", () => {
  it("should check, type-check, build, keep the books and the site as artifacts, and test", async () => {
    const workflow = await load("pull-request.yml");
    expect(Object.keys(workflow.on)).toEqual(["pull_request"]);
    const all = steps(workflow);
    expect(all.filter((step) => step.run?.startsWith("npm ")).map((step) => step.run)).toEqual(["npm ci --no-audit --no-fund", "npm run check", "npm run typecheck", "npm run build", "npm test"]);
    expect(all.filter((step) => step.uses?.startsWith("actions/upload-artifact@")).map((step) => step.with?.path)).toEqual(["dist/downloads/", "dist/"]);
  });
});

describe("Pages workflow", () => {
  it("should build on main with SITE_URL from configure-pages and deploy with the Pages permissions, one deploy at a time", async () => {
    const workflow = await load("pages.yml");
    expect(workflow.on).toMatchObject({ push: { branches: ["main"] } });
    expect(workflow.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
    const build = workflow.jobs.build!.steps;
    const pages = build.find((step) => step.uses?.startsWith("actions/configure-pages@"));
    expect(build.find((step) => step.run === "npm run build")?.env).toEqual({ SITE_URL: `\${{ steps.${pages?.id}.outputs.base_url }}` });
    expect(build.some((step) => step.uses?.startsWith("actions/upload-pages-artifact@") && step.with?.path === "dist/")).toBe(true);
    expect(workflow.jobs.deploy).toMatchObject({ needs: "build", permissions: { pages: "write", "id-token": "write" } });
    expect(workflow.jobs.deploy!.steps.map((step) => step.uses?.replace(/@.*/, ""))).toEqual(["actions/deploy-pages"]);
  });
});
