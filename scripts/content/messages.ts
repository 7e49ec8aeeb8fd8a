// Words for the kitchen engine's problem codes: what an editor reads, with the file to open and the fix. Pure, so the form editor can use it too.
import type { GramsProblem, RecipeProblem } from "../kitchen/index.ts";
import type { IngredientLine } from "../kitchen/types.ts";
import { didYouMean } from "./issues.ts";

/** The file an editor opens to fix a product. */
export function productFile(id: string): string {
  return `content/products/${id}.yaml`;
}

const PRODUCT_LIST = "product ids are the file names in content/products/ without .yaml";

/** The one wording of an unknown product id, wherever content names a product (recipes, packages, masters). */
export function unknownProduct(id: string, productIds: readonly string[]): string {
  const hint = didYouMean(id, productIds);
  return `unknown product "${id}"${hint ? `${hint} ${PRODUCT_LIST[0]!.toUpperCase()}${PRODUCT_LIST.slice(1)}` : ` — ${PRODUCT_LIST}; add ${productFile(id)} if the product is new`}`;
}

/** Why an ingredient line cannot be weighed, and what to change. */
export function gramsMessage(problem: GramsProblem, line: IngredientLine): string {
  switch (problem.code) {
    case "qty-missing":
      return `qty is missing: write how many ${line.unit} (for example qty: 1), or use unit "pēc garšas"`;
    case "qty-not-positive":
      return `qty must be a number greater than 0, not ${problem.qty}`;
    case "qty-with-to-taste":
      return `unit "pēc garšas" (to taste) takes no qty: remove "qty: ${problem.qty}" or choose another unit`;
    case "needs-conversion": {
      const what = problem.or ? `${problem.needs} (or ${problem.or})` : problem.needs;
      return `unit "${line.unit}" needs ${what} in ${productFile(line.product)}`;
    }
    case "unknown-unit":
      return `unknown unit "${line.unit}"`;
  }
}

/** A recipe problem as `field: message`, for errors that reach a developer rather than an editor. */
export function recipeProblemMessage(problem: RecipeProblem, lines: readonly IngredientLine[]): string {
  switch (problem.code) {
    case "servings-not-positive":
      return `${problem.path}: servings must be a number greater than 0, not ${problem.servings}`;
    case "unknown-product":
      return `${problem.path}: unknown product "${problem.product}": use the id of a file in content/products/ (${productFile(problem.product)} does not exist)`;
    default:
      return `${problem.path}: ${gramsMessage(problem, lines[problem.ingredientIndex]!)}`;
  }
}
