// Tests for booklet imposition: the saddle-stitch order, where each A5 page lands, metadata and reproducible bytes.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PDFDocument, PDFName, StandardFonts } from "pdf-lib";
import { bookletOrder, imposeBooklet } from "./impose.ts";

const A5: [number, number] = [420, 595];
const DATE = new Date("2024-05-01T10:20:30Z");

/** An A5 PDF whose page i shows only the text "i", with full metadata. */
async function numberedPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i += 1) {
    doc.addPage(A5).drawText(String(i), { x: 50, y: 300, size: 24, font });
  }
  doc.setTitle("Recepšu burtnīca", { showInWindowTitleBar: true });
  doc.setAuthor("Autore");
  doc.setSubject("Receptes");
  doc.setKeywords(["zupa", "maize"]);
  doc.setLanguage("lv");
  doc.setCreator("Recepšu burtnīca");
  doc.setProducer("Recepšu burtnīca (Chromium, pdf-lib)");
  doc.setCreationDate(DATE);
  doc.setModificationDate(DATE);
  return doc.save({ useObjectStreams: true });
}

async function instructionsPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([842, 595]).drawText("PRINTING INSTRUCTIONS", { x: 100, y: 500, size: 20, font });
  return doc.save();
}

type Side = [number | null, number | null];

/** For each output page, the numbers drawn in its left and right halves (null for an empty half), and all its text. */
async function readSides(bytes: Uint8Array): Promise<{ sides: Side[]; texts: string[] }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js takes ownership of the buffer, so hand it a copy.
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 }).promise;
  const sides: Side[] = [];
  const texts: string[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const content = await (await doc.getPage(number)).getTextContent();
    const side: Side = [null, null];
    const parts: string[] = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      parts.push(item.str);
      const x = Number(item.transform[4]);
      const half = x < 421 ? 0 : 1;
      if (/^\d+$/.test(item.str)) {
        expect(side[half], `page ${number} has two numbers in one half`).toBeNull();
        side[half] = Number(item.str);
      }
    }
    sides.push(side);
    texts.push(parts.join(" "));
  }
  await doc.destroy();
  return { sides, texts };
}

async function pageSizes(bytes: Uint8Array): Promise<{ width: number; height: number }[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return doc.getPages().map((page) => page.getSize());
}

describe("bookletOrder", () => {
  it("should order 4 pages on one sheet", () => {
    expect(bookletOrder(4)).toEqual([{ front: [4, 1], back: [2, 3] }]);
  });

  it("should order 8 pages on two sheets", () => {
    expect(bookletOrder(8)).toEqual([
      { front: [8, 1], back: [2, 7] },
      { front: [6, 3], back: [4, 5] },
    ]);
  });

  it("should pad 13 pages to 16 on four sheets", () => {
    expect(bookletOrder(13)).toEqual([
      { front: [16, 1], back: [2, 15] },
      { front: [14, 3], back: [4, 13] },
      { front: [12, 5], back: [6, 11] },
      { front: [10, 7], back: [8, 9] },
    ]);
  });

  it("should throw a RangeError for fewer than one page", () => {
    expect(() => bookletOrder(0)).toThrow(RangeError);
    expect(() => bookletOrder(-4)).toThrow(RangeError);
  });

  it("should place every padded page exactly once, facing pages summing to N + 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (pageCount) => {
        const padded = Math.ceil(pageCount / 4) * 4;
        const sheets = bookletOrder(pageCount);
        expect(sheets).toHaveLength(padded / 4);
        const all = sheets.flatMap((sheet) => [...sheet.front, ...sheet.back]).sort((a, b) => a - b);
        expect(all).toEqual(Array.from({ length: padded }, (_, i) => i + 1));
        for (const { front, back } of sheets) {
          expect(front[0] + front[1]).toBe(padded + 1);
          expect(back[0] + back[1]).toBe(padded + 1);
        }
      }),
    );
  });
});

describe("imposeBooklet", () => {
  const cases: { pages: number; sides: Side[] }[] = [
    { pages: 4, sides: [[4, 1], [2, 3]] },
    { pages: 8, sides: [[8, 1], [2, 7], [6, 3], [4, 5]] },
    {
      pages: 13,
      sides: [[null, 1], [2, null], [null, 3], [4, 13], [12, 5], [6, 11], [10, 7], [8, 9]],
    },
  ];

  for (const { pages, sides } of cases) {
    it(`should impose ${pages} A5 pages onto ${sides.length} A4-landscape sides in booklet order`, async () => {
      const out = await imposeBooklet(await numberedPdf(pages));
      const sizes = await pageSizes(out);
      expect(sizes).toHaveLength(Math.ceil(pages / 4) * 2);
      for (const size of sizes) expect(size).toEqual({ width: 842, height: 595 });
      expect((await readSides(out)).sides).toEqual(sides);
    });
  }

  it("should place each A5 page unscaled and centred in its half", async () => {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const out = await imposeBooklet(await numberedPdf(4));
    const doc = await pdfjs.getDocument({ data: out.slice(), useSystemFonts: false, verbosity: 0 }).promise;
    const content = await (await doc.getPage(1)).getTextContent();
    const positions = content.items.flatMap((item) => ("str" in item && item.str.trim() !== "" ? [[item.str, item.transform]] : []));
    await doc.destroy();
    // Text drawn at (50, 300) size 24 on a 420 × 595 page: half width 421, so offsets 0.5 and 421.5, y offset 0.
    expect(positions).toEqual([
      ["4", [24, 0, 0, 24, 50.5, 300]],
      ["1", [24, 0, 0, 24, 471.5, 300]],
    ]);
  });

  it("should give byte-identical output for two calls on the same input", async () => {
    const input = await numberedPdf(13);
    const instructions = await instructionsPdf();
    expect(Buffer.from(await imposeBooklet(input))).toEqual(Buffer.from(await imposeBooklet(input)));
    expect(Buffer.from(await imposeBooklet(input, instructions))).toEqual(Buffer.from(await imposeBooklet(input, instructions)));
  });

  it("should keep the back cover on the outside back and put the blank pages before it", async () => {
    // 13 pages pad to 16: pages 1–12, three blanks, and page 13 (the back cover) at position 16, beside the front cover.
    const { sides } = await readSides(await imposeBooklet(await numberedPdf(13), undefined, { backCover: true }));
    expect(sides[0]).toEqual([13, 1]);
    expect(sides.flat().filter((number) => number !== null).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 13 }, (_, index) => index + 1));
    expect(sides.flat().filter((number) => number === null)).toHaveLength(3);
  });

  it("should start with the instructions page and a blank page, then the sheets", async () => {
    const out = await imposeBooklet(await numberedPdf(8), await instructionsPdf());
    const sizes = await pageSizes(out);
    expect(sizes).toHaveLength(4 + 2);
    for (const size of sizes) expect(size).toEqual({ width: 842, height: 595 });
    const { sides, texts } = await readSides(out);
    expect(texts[0]).toBe("PRINTING INSTRUCTIONS");
    expect(texts[1]).toBe("");
    expect(sides.slice(2)).toEqual([[8, 1], [2, 7], [6, 3], [4, 5]]);
  });

  it("should copy the A5 document's metadata and language", async () => {
    const out = await PDFDocument.load(await imposeBooklet(await numberedPdf(4)), { updateMetadata: false });
    expect(out.getTitle()).toBe("Recepšu burtnīca");
    expect(out.catalog.getViewerPreferences()?.getDisplayDocTitle()).toBe(true);
    expect(out.getAuthor()).toBe("Autore");
    expect(out.getSubject()).toBe("Receptes");
    expect(out.getKeywords()).toBe("zupa maize");
    expect(out.getCreator()).toBe("Recepšu burtnīca");
    expect(out.getProducer()).toBe("Recepšu burtnīca (Chromium, pdf-lib)");
    expect(String(out.catalog.get(PDFName.of("Lang")))).toBe("(lv)");
    expect(out.getCreationDate()).toEqual(DATE);
    expect(out.getModificationDate()).toEqual(DATE);
  });

  it("should date the output 1970-01-01 when the source has no dates", async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage(A5);
    const out = await PDFDocument.load(await imposeBooklet(await doc.save()), { updateMetadata: false });
    expect(out.getCreationDate()).toEqual(new Date(0));
    expect(out.getModificationDate()).toEqual(new Date(0));
    expect(out.getTitle()).toBeUndefined();
    expect(out.getProducer()).toBeUndefined();
  });
});
