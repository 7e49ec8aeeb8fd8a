// The "my cookbook" page: the chosen recipes from the address (?r=…) or this browser, a list to change, and every recipe fetched from its own page for printing as a booklet.
import type { CookbookData } from "../../scripts/present/cookbook.ts";
import { fill } from "../../scripts/present/strings.ts";
import { browserStore, formatSelection, parseSelection, SELECTION_PARAM } from "./cookbook-store.ts";

type Recipe = CookbookData["recipes"][number];

/** Parts of a recipe page that belong to the screen, not to a printed cookbook. */
const SCREEN_ONLY = "script, .scaler, .recipe-tools, [data-scaled-status]";

/**
 * A recipe page's article, ready to sit beside others: screen-only parts removed, headings one level down (the page has
 * its own h1), and every id prefixed with the slug so that labels and links still point inside the same recipe.
 */
function articleFrom(html: string, slug: string): HTMLElement | undefined {
  const page = new DOMParser().parseFromString(html, "text/html");
  const article = page.querySelector<HTMLElement>("article.recipe");
  if (!article) return undefined;
  for (const element of article.querySelectorAll(SCREEN_ONLY)) element.remove();
  for (const heading of [...article.querySelectorAll("h1, h2, h3, h4, h5")]) {
    const lower = page.createElement(`h${Number(heading.tagName.slice(1)) + 1}`);
    for (const attribute of heading.attributes) lower.setAttribute(attribute.name, attribute.value);
    lower.replaceChildren(...heading.childNodes);
    heading.replaceWith(lower);
  }
  const prefixed = (ids: string) => ids.split(/\s+/).map((id) => `${slug}--${id}`).join(" ");
  for (const element of article.querySelectorAll("[id]")) element.id = prefixed(element.id);
  for (const name of ["for", "aria-labelledby", "aria-describedby", "aria-controls"]) {
    for (const element of article.querySelectorAll(`[${name}]`)) element.setAttribute(name, prefixed(element.getAttribute(name) ?? ""));
  }
  for (const link of article.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) link.setAttribute("href", `#${prefixed(link.getAttribute("href")!.slice(1))}`);
  article.classList.add("cookbook-recipe");
  return document.importNode(article, true);
}

function start(): void {
  const dataElement = document.getElementById("cookbook-data");
  const choice = document.querySelector<HTMLElement>("[data-cookbook]");
  const list = document.querySelector<HTMLOListElement>("[data-cookbook-list]");
  const recipesBox = document.querySelector<HTMLElement>("[data-cookbook-recipes]");
  if (!dataElement || !choice || !list || !recipesBox) return;
  const data = JSON.parse(dataElement.textContent ?? "{}") as CookbookData;
  const bySlug = new Map<string, Recipe>(data.recipes.map((recipe) => [recipe.slug, recipe]));
  const store = browserStore();
  const locale = document.documentElement.lang || "lv";
  const known = (slugs: readonly string[]) => slugs.filter((slug) => bySlug.has(slug));

  // A link someone sent wins over what this browser kept, and becomes what it keeps.
  const fromAddress = new URL(window.location.href).searchParams.get(SELECTION_PARAM);
  if (fromAddress !== null) store.write(known(parseSelection(fromAddress)));
  const pages = new Map<string, Promise<HTMLElement | undefined>>();
  const fetchArticle = (recipe: Recipe) => {
    if (!pages.has(recipe.slug)) pages.set(recipe.slug, fetch(recipe.url).then(async (response) => (response.ok ? articleFrom(await response.text(), recipe.slug) : undefined)).catch(() => undefined));
    return pages.get(recipe.slug)!;
  };

  let drawn = 0;
  const draw = async () => {
    const turn = (drawn += 1);
    const chosen = known(store.read()).map((slug) => bySlug.get(slug)!);
    const selection = formatSelection(chosen.map((recipe) => recipe.slug));
    // The address always carries the selection, so it can be copied, bookmarked or sent; the language link keeps it too.
    const address = new URL(window.location.href);
    // Slugs and commas need no escaping in a query, and "?r=griku-putra,manna-putra" reads well in a message.
    address.search = selection ? `?${SELECTION_PARAM}=${selection}` : "";
    window.history.replaceState(null, "", address);
    document.querySelector<HTMLAnchorElement>("[data-cookbook-link]")?.setAttribute("href", address.href);
    const other = document.querySelector<HTMLAnchorElement>("a.lang");
    if (other) {
      const target = new URL(other.href);
      target.search = address.search;
      other.href = target.href;
    }

    choice.hidden = false;
    document.querySelector<HTMLElement>("[data-cookbook-empty]")!.hidden = chosen.length > 0;
    document.querySelector<HTMLElement>("[data-cookbook-actions]")!.hidden = chosen.length === 0;
    document.querySelector<HTMLElement>("[data-cookbook-cover]")!.hidden = chosen.length === 0;
    list.replaceChildren(
      ...chosen.map((recipe) => {
        const item = document.createElement("li");
        const link = Object.assign(document.createElement("a"), { href: recipe.url, textContent: recipe.title });
        const remove = Object.assign(document.createElement("button"), { type: "button", className: "tool remove", textContent: "×" });
        remove.setAttribute("aria-label", fill(data.words["cookbook.removeOne"], { title: recipe.title }));
        remove.addEventListener("click", () => {
          const index = [...list.querySelectorAll("button")].indexOf(remove);
          store.write(store.read().filter((slug) => slug !== recipe.slug));
          // Focus stays in the list: on the next recipe's button, or on the way to find recipes once the list is empty.
          const buttons = list.querySelectorAll<HTMLButtonElement>("button");
          (buttons[Math.min(index, buttons.length - 1)] ?? document.querySelector<HTMLElement>("[data-cookbook-empty] a"))?.focus();
        });
        item.append(link, " ", remove);
        return item;
      }),
    );
    const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date());
    document.querySelector("[data-cookbook-date]")!.textContent = fill(data.words["cookbook.made"], { date });
    document.querySelector("[data-cookbook-contents]")!.replaceChildren(...chosen.map((recipe) => Object.assign(document.createElement("li"), { textContent: recipe.title })));

    const loading = document.querySelector<HTMLElement>("[data-cookbook-loading]");
    if (loading) loading.textContent = chosen.length > 0 ? data.words["cookbook.loading"] : "";
    const articles = await Promise.all(chosen.map(fetchArticle));
    if (turn !== drawn) return;
    recipesBox.replaceChildren(
      ...articles.map((article, index) => (article ? (article.cloneNode(true) as HTMLElement) : Object.assign(document.createElement("p"), { className: "note-box", textContent: fill(data.words["cookbook.failed"], { title: chosen[index]!.title }) }))),
    );
    if (loading) loading.textContent = "";
    recipesBox.dataset.ready = String(chosen.length);
  };
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-print]")) button.addEventListener("click", () => window.print());
  store.subscribe(() => void draw());
  void draw();
}

start();
