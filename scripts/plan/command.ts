// npm run plan: a week menu from a package for a household, printed as text (lv or en) and written as its one-page A4 PDF, or given as JSON.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import loadHighs from "highs";
import { checkContent } from "../content/check.ts";
import { ContentError, didYouMean, formatIssue } from "../content/issues.ts";
import { ALLERGEN_CODES, LOCALES, type Locale } from "../kitchen/vocabulary.ts";
import type { AllergenCode } from "../kitchen/types.ts";
import { highsSolver, PLAN_MEALS, type Equipment, type PlanMeal } from "../planner/index.ts";
import { computeKitchen } from "../pipeline/compute.ts";
import { planMenu } from "../pipeline/menu.ts";
import { basePathOf, routesFor } from "../present/routes.ts";
import { sourceDateEpoch } from "../source-date.ts";
import { planHtml } from "./markup.ts";
import { menuDocument, printMenu } from "./pdf.ts";
import { translator } from "../present/strings.ts";
import { blockedText, planText } from "./text.ts";
import { blockedView, planView } from "./view.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const EQUIPMENT: readonly Equipment[] = ["stove", "oven", "kettle"];
const USAGE = `Usage: npm run plan -- --package <id> [--adults 2] [--children 1] [--days 7] [--meals ${PLAN_MEALS.join(",")}]
       [--avoid gluten,milk] [--equipment ${EQUIPMENT.join(",")}] [--budget 30] [--lang lv|en] [--out <file.pdf>] [--json]`;

class UsageError extends Error {}

function list<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: readonly T[]): T[] {
  if (value === undefined) return [...fallback];
  const items = value.split(",").map((item) => item.trim()).filter(Boolean);
  for (const item of items) if (!allowed.includes(item as T)) throw new UsageError(`--${option}: "${item}" is not one of ${allowed.join(", ")}${didYouMean(item, allowed)}`);
  return items as T[];
}

function whole(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`--${option} must be a whole number, not "${value}"`);
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      package: { type: "string" },
      adults: { type: "string" },
      children: { type: "string" },
      days: { type: "string" },
      meals: { type: "string" },
      avoid: { type: "string" },
      equipment: { type: "string" },
      budget: { type: "string" },
      lang: { type: "string" },
      out: { type: "string" },
      json: { type: "boolean" },
    },
    strict: true,
  });
  const checked = await checkContent(root);
  if (!checked.content) throw new ContentError(checked.issues);
  const content = checked.content;

  const ids = content.packages.map((item) => item.id);
  if (!values.package) throw new UsageError(`--package is missing: one of ${ids.join(", ")}`);
  const chosen = content.packages.find((item) => item.id === values.package);
  if (!chosen) throw new UsageError(`unknown package "${values.package}"${didYouMean(values.package, ids) || ` — use one of ${ids.join(", ")}`}`);
  const locale = list(values.lang, LOCALES, "lang", ["lv"])[0] as Locale;
  const budget = values.budget === undefined ? undefined : Number(values.budget.replace(",", "."));
  if (budget !== undefined && !(budget >= 0)) throw new UsageError(`--budget must be an amount in euros, not "${values.budget}"`);
  const days = whole(values.days, "days", 7);
  if (days < 1 || days > 14) throw new UsageError("--days must be from 1 to 14");
  const household = { adults: whole(values.adults, "adults", 2), children: whole(values.children, "children", 0) };
  if (household.adults + household.children < 1) throw new UsageError("the household needs at least one person (--adults, --children)");

  const products = new Map(content.products.map((product) => [product.id, product]));
  const request = {
    package: chosen.id,
    household,
    days,
    meals: list<PlanMeal>(values.meals, PLAN_MEALS, "meals", PLAN_MEALS),
    avoid: list<AllergenCode>(values.avoid, ALLERGEN_CODES, "avoid", []),
    equipment: list(values.equipment, EQUIPMENT, "equipment", EQUIPMENT),
    ...(budget === undefined ? {} : { budgetEur: budget }),
  };

  const result = planMenu(request, content, computeKitchen(content), highsSolver(await loadHighs()));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result.ok ? result.plan : result, null, 2)}\n`);
    if (!result.ok) process.exitCode = 1;
    return;
  }
  const t = translator(content.strings[locale], locale);
  if (!result.ok) {
    process.stdout.write(blockedText(blockedView(result, { locale, t })));
    process.exitCode = 1;
    return;
  }
  const titles = new Map(content.recipes.map((recipe) => [recipe.slug, recipe[locale].data.title]));
  const view = planView(result.plan, {
    locale,
    t,
    recipeTitle: (slug) => titles.get(slug) ?? slug,
    productName: (id) => products.get(id)?.name[locale] ?? id,
    packageName: chosen.name[locale],
  });
  process.stdout.write(planText(view));

  // The PDF: the page's markup with the site's styles, links to the recipes on the site.
  const siteUrl = process.env.SITE_URL ?? content.site.baseUrl;
  const routes = routesFor(basePathOf(siteUrl));
  const out = path.resolve(values.out ?? `week-menu-${chosen.id}-${days}d-${locale}.pdf`);
  const html = menuDocument({ locale, title: view.title, planHtml: planHtml(view, { recipeUrl: (slug) => new URL(routes.recipe(locale, slug), siteUrl).href }) });
  const pages = await printMenu(root, html, out, { title: `${view.title} — ${view.household}`, subject: view.source, author: content.site.organisation[locale], language: locale, date: new Date(sourceDateEpoch(root) * 1000) });
  process.stdout.write(`\nPDF: ${path.relative(process.cwd(), out)} (A4, ${pages} ${pages === 1 ? "page" : "pages"})\n`);
}

try {
  await main();
} catch (error) {
  if (error instanceof ContentError) process.stderr.write(`${error.issues.map(formatIssue).join("\n")}\n`);
  else if (error instanceof UsageError || (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) process.stderr.write(`${error.message}\n${USAGE}\n`);
  else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
