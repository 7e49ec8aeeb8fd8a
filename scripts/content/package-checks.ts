// Checks of a food-aid package file against the catalogue: known aid-package products, each once, amounts that turn into grams.
import { toGrams } from "../kitchen/units.ts";
import type { ContentIssue } from "./issues.ts";
import type { Product } from "./load.ts";
import { gramsMessage, unknownProduct } from "./messages.ts";
import type { PackageFile } from "./schemas.ts";

/** A package file as checked: its valid data and where each field is. */
interface PackageDraft {
  data: PackageFile;
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Package products exist, are aid-package products, appear once, and their amounts turn into grams. */
export function checkPackage({ data, file, lineOf }: PackageDraft, productIds: readonly string[], products: readonly Product[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, number>();
  data.products.forEach((item, index) => {
    const at = (field: string) => ({ file, line: lineOf(["products", index, field]), field: `products[${index}].${field}` });
    if (!productIds.includes(item.product)) {
      issues.push({ ...at("product"), message: unknownProduct(item.product, productIds) });
      return;
    }
    const first = seen.get(item.product);
    if (first !== undefined) issues.push({ ...at("product"), message: `"${item.product}" is already listed in products[${first}] — put the whole amount on one line` });
    else seen.set(item.product, index);
    const product = products.find((candidate) => candidate.id === item.product);
    if (!product) return;
    if (!product.inAidPackage) issues.push({ ...at("product"), message: `"${item.product}" is not an aid-package product (inAidPackage: false in ${product.file}) — remove it here or correct the product file` });
    const grams = toGrams(item, product);
    if (!grams.ok) issues.push({ ...at(grams.problem.field), message: gramsMessage(grams.problem, item) });
  });
  return issues;
}
