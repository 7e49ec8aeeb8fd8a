// `npm run plan` writes the week menu's one-page A4 PDF (the page's markup with the site's print styles), the same bytes each time; `--json` writes none.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/fixture.ts";
import { pageCount, pageSizes, pageTexts } from "../helpers/pdf.ts";

const command = path.join(projectRoot, "scripts", "plan", "command.ts");
const ARGS = ["--package", "es-paka-2013", "--adults", "2", "--children", "1", "--days", "7"];

/** Runs `npm run plan` with `args` in the folder `cwd`. */
function plan(cwd: string, args: string[]) {
  return promisify(execFile)(process.execPath, ["--import", import.meta.resolve("tsx"), command, ...args], { cwd, maxBuffer: 1 << 24 });
}

let work: string;
let stdout: string;
/** Every folder a test made, removed after the tests. */
const folders: string[] = [];

async function folder(prefix: string): Promise<string> {
  const made = await mkdtemp(path.join(tmpdir(), prefix));
  folders.push(made);
  return made;
}

beforeAll(async () => {
  work = await folder("burtnica-plan-pdf-");
  await Promise.all([plan(work, ARGS).then((result) => void (stdout = result.stdout)), plan(work, [...ARGS, "--out", "again/menu.pdf"])]);
});

afterAll(async () => {
  await Promise.all(folders.map((made) => rm(made, { recursive: true, force: true })));
});

describe("npm run plan", () => {
  it("should write the plan as one A4 page named after the package, the days and the language, with the plan's words", async () => {
    const file = path.join(work, "week-menu-es-paka-2013-7d-lv.pdf");
    expect(stdout).toContain("PDF: week-menu-es-paka-2013-7d-lv.pdf (A4, 1 page)");
    expect(await pageCount(file)).toBe(1);
    // A4 is 595.28 × 841.89 pt; Chromium writes 595.92 or 594.96.
    expect(await pageSizes(file)).toEqual([expect.stringMatching(/^59[56]x842$/)]);
    const [text = ""] = await pageTexts(file);
    for (const words of ["Nedēļas ēdienkarte", "2 pieaugušie, 1 bērns · 7 dienas", "1. diena", "7. diena", "Brokastis", "Iepirkumu saraksts", "Iepirkumi kopā:", "Pakas produkti"]) expect(text).toContain(words);
    // The dishes the text output names are the ones printed.
    const dishes = [...stdout.matchAll(/^ {2}(?:Brokastis|Pusdienas|Vakariņas): (.+) — \d+ porcijas?$/gm)].map((match) => match[1]!);
    expect(dishes).toHaveLength(21);
    for (const dish of new Set(dishes)) expect(text.replace(/\s+/g, " ")).toContain(dish);
  });

  it("should write the same bytes for the same request", async () => {
    expect(Buffer.compare(await readFile(path.join(work, "week-menu-es-paka-2013-7d-lv.pdf")), await readFile(path.join(work, "again", "menu.pdf")))).toBe(0);
  });

  it("should fit a fortnight on one A4 page too, grid and shopping list (1 adult and 1 child, 14 days, in English)", async () => {
    const fortnight = await folder("burtnica-plan-14-");
    const { stdout: text } = await plan(fortnight, ["--package", "es-paka-2013", "--adults", "1", "--children", "1", "--days", "14", "--lang", "en"]);
    expect(text).toContain("PDF: week-menu-es-paka-2013-14d-en.pdf (A4, 1 page)");
    const [page = ""] = await pageTexts(path.join(fortnight, "week-menu-es-paka-2013-14d-en.pdf"));
    for (const words of ["Two-week menu", "Day 1", "Day 14", "Shopping list", "Shopping in all:", "Package products"]) expect(page).toContain(words);
  });

  it("should write no PDF with --json", async () => {
    const empty = await folder("burtnica-plan-json-");
    const { stdout: json } = await plan(empty, [...ARGS, "--json"]);
    expect((JSON.parse(json) as { package: string }).package).toBe("es-paka-2013");
    expect(await readdir(empty)).toEqual([]);
  });
});
