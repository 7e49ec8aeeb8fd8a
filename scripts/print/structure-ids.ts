// Renumbers the ids of a tagged PDF's structure elements in order, so the same book gives the same bytes: Chromium takes them from its DOM node ids, which vary with what the page painted before printing.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from "pdf-lib";

/** Links in the structure tree that lead out of it (to the parent, the page, the content), which the walk does not follow. */
const OUTSIDE = new Set(["P", "Pg", "Obj", "Stm"].map((key) => PDFName.of(key)));

const text = (value: PDFObject | undefined): string | undefined => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

/**
 * Gives the ids of the structure tree's ID tree (Chromium writes "node00000104" …, table headers point at them) the names
 * node00000001, node00000002 … in their sorted order, and rewrites every mention: the ID tree's names and limits, each
 * element's /ID and each /Headers list. Their order, and so the ID tree's sorting, stays as it was. Returns how many it renamed.
 */
export function renumberStructureIds(doc: PDFDocument): number {
  const root = doc.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  const tree = root?.lookupMaybe(PDFName.of("IDTree"), PDFDict);
  if (!root || !tree) return 0;
  const ids: string[] = [];
  const collect = (node: PDFDict) => {
    const names = node.lookupMaybe(PDFName.of("Names"), PDFArray);
    for (let index = 0; names && index < names.size(); index += 2) ids.push(text(names.get(index))!);
    const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
    for (let index = 0; kids && index < kids.size(); index += 1) collect(kids.lookup(index, PDFDict));
  };
  collect(tree);
  const renamed = new Map(ids.map((id, index) => [id, `node${String(index + 1).padStart(8, "0")}`]));
  if ([...renamed].every(([from, to]) => from === to)) return 0;

  const seen = new Set<PDFRef>();
  const rewrite = (value: PDFObject): PDFObject => {
    const name = text(value);
    return name !== undefined && renamed.has(name) ? PDFString.of(renamed.get(name)!) : value;
  };
  const walk = (value: PDFObject | undefined): void => {
    if (value instanceof PDFRef) {
      if (seen.has(value)) return;
      seen.add(value);
      return walk(doc.context.lookup(value));
    }
    if (value instanceof PDFArray) {
      for (let index = 0; index < value.size(); index += 1) {
        value.set(index, rewrite(value.get(index)));
        walk(value.get(index));
      }
    } else if (value instanceof PDFDict) {
      for (const [key, entry] of value.entries()) {
        if (OUTSIDE.has(key)) continue;
        value.set(key, rewrite(entry));
        walk(entry);
      }
    }
  };
  walk(root);
  return renamed.size;
}
