// Tests for renumbering a tagged PDF's structure ids: the same names whatever Chromium numbered them, every mention rewritten.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renumberStructureIds } from "./structure-ids.ts";

/** A document whose structure tree has two table header cells with the given ids and a data cell that points at both. */
async function taggedTable(first: string, second: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const { context } = doc;
  const header = (id: string) => context.register(context.obj({ Type: "StructElem", S: "TH", ID: PDFString.of(id), Pg: page.ref }));
  const [a, b] = [header(first), header(second)];
  const cell = context.register(context.obj({ Type: "StructElem", S: "TD", A: context.obj({ O: "Table", Headers: [PDFString.of(first), PDFString.of(second)] }) }));
  const tree = context.obj({ Limits: [PDFString.of(first), PDFString.of(second)], Names: [PDFString.of(first), a, PDFString.of(second), b] });
  doc.catalog.set(PDFName.of("StructTreeRoot"), context.register(context.obj({ Type: "StructTreeRoot", K: [a, b, cell], IDTree: tree })));
  return doc;
}

/** Every id string the structure tree mentions, in a fixed order. */
function mentions(doc: PDFDocument): string[] {
  const root = doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
  const kids = root.lookup(PDFName.of("K"), PDFArray);
  const tree = root.lookup(PDFName.of("IDTree"), PDFDict);
  const strings = (array: PDFArray) => array.asArray().filter((item): item is PDFString => item instanceof PDFString).map((item) => item.decodeText());
  return [
    ...[0, 1].map((index) => (kids.lookup(index, PDFDict).get(PDFName.of("ID")) as PDFString).decodeText()),
    ...strings(kids.lookup(2, PDFDict).lookup(PDFName.of("A"), PDFDict).lookup(PDFName.of("Headers"), PDFArray)),
    ...strings(tree.lookup(PDFName.of("Names"), PDFArray)),
    ...strings(tree.lookup(PDFName.of("Limits"), PDFArray)),
  ];
}

describe("renumberStructureIds", () => {
  it("should give the same ids whatever Chromium numbered them, and rewrite every mention", async () => {
    const [early, late] = [await taggedTable("node00000104", "node00000235"), await taggedTable("node00000110", "node00000241")];
    expect(renumberStructureIds(early)).toBe(2);
    expect(renumberStructureIds(late)).toBe(2);
    const expected = ["node00000001", "node00000002", "node00000001", "node00000002", "node00000001", "node00000002", "node00000001", "node00000002"];
    expect(mentions(early)).toEqual(expected);
    expect(mentions(late)).toEqual(expected);
  });

  it("should leave a document without a structure tree alone", async () => {
    expect(renumberStructureIds(await PDFDocument.create())).toBe(0);
  });
});
