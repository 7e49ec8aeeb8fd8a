// Gates on the real build: two clean builds of the same sources in two folders give byte-identical dist/ (site, pictures,
// open data, PDFs); every internal link and anchor resolves; every page is valid HTML by the rules in .htmlvalidate.json.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { sharedBuilds } from "../helpers/builds.ts";
import { projectRoot } from "../helpers/fixture.ts";
import { firstDifference } from "./compare.ts";
import { brokenLinks, listFiles } from "./links.ts";

const { real, realAgain, realSources } = sharedBuilds();

describe("gates on the built site", () => {
  it("should build byte-identical dist/ from the same sources in two different folders", async () => {
    expect((await listFiles(real)).filter((file) => file.endsWith(".pdf")).length, "the build made the PDFs").toBeGreaterThan(0);
    expect(await firstDifference(real, realAgain)).toBeUndefined();
  });

  it("should resolve every internal link and anchor of the pages, the print HTML and the style sheets", async () => {
    const site = parse(await readFile(path.join(realSources, "content", "site.yaml"), "utf8")) as { baseUrl: string };
    expect(await brokenLinks(real, site.baseUrl)).toEqual([]);
  });

  it("should write valid HTML on every page, print HTML included", async () => {
    const config = JSON.parse(await readFile(path.join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
    const validator = new HtmlValidate(config);
    const pages = (await listFiles(real)).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(100);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await readFile(path.join(real, page), "utf8"), page);
      for (const result of report.results) for (const message of result.messages) errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(errors).toEqual([]);
  });
});
