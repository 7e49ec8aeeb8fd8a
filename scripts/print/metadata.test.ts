// PDF metadata and bookmark repair: titles as written in the headings, dates from SOURCE_DATE_EPOCH.
import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, PDFHexString, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { outlineTitles } from "../../tests/helpers/pdf.ts";
import { finishPdf, headingTexts, repairOutline } from "./metadata.ts";

async function withOutline(titles: string[]): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const refs = titles.map(() => doc.context.nextRef());
  const root = doc.context.obj({ Type: "Outlines", First: refs[0]!, Last: refs.at(-1)!, Count: titles.length });
  const rootRef = doc.context.register(root);
  titles.forEach((title, index) => {
    const item = doc.context.obj({ Title: PDFHexString.fromText(title), Parent: rootRef, ...(index + 1 < titles.length ? { Next: refs[index + 1]! } : {}) });
    doc.context.assign(refs[index]!, item);
  });
  doc.catalog.set(PDFName.of("Outlines"), rootRef);
  return doc;
}

describe("bookmarks and metadata", () => {
  it("should read heading texts from generated HTML, without tags and with entities decoded", () => {
    expect(headingTexts('<h1 class="x">Griķi &amp; <em>piens</em></h1><p>no</p><h3>Ūdens</h3>')).toEqual(["Griķi & piens", "Ūdens"]);
  });

  it("should restore the spaces Chromium drops where a heading wraps, and undo doubled titles", async () => {
    const doc = await withOutline(["Kartupeļubiezenis arsautētuliellopu gaļu", "ZupasZupas", "Cits"]);
    repairOutline(doc, ["Kartupeļu biezenis ar sautētu liellopu gaļu", "Zupas"]);
    const file = path.join(tmpdir(), `outline-${process.pid}.pdf`);
    await writeFile(file, await doc.save());
    const titles = await outlineTitles(file);
    await rm(file, { force: true });
    expect(titles).toEqual(["Kartupeļu biezenis ar sautētu liellopu gaļu", "Zupas", "Cits"]);
  });

  it("should write the same bytes for the same input and date", async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const input = await doc.save();
    const meta = { title: "Recepšu burtnīca", author: "Liepājas Diakonijas centrs", subject: "Receptes", keywords: ["griķi"], language: "lv", date: new Date(1_767_225_600_000) };
    const [a, b] = [await finishPdf(input, meta), await finishPdf(input, meta)];
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const read = await PDFDocument.load(a.bytes, { updateMetadata: false });
    expect(read.getTitle()).toBe("Recepšu burtnīca");
    expect(read.getCreationDate()?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
});
