// The search page: runs the query from ?q= (and from the field as the reader types) through Pagefind's JavaScript API and lists the results as plain links.
import type { SearchData } from "../../scripts/present/search.ts";
import { translator } from "../../scripts/present/strings.ts";

/** The part of Pagefind's browser API (pagefind/pagefind.js) this page uses. https://pagefind.app/docs/api/ */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
}

/** How many results are shown. */
const LIMIT = 20;
/** A search that has not answered by then has failed (a policy that stops Pagefind's WebAssembly can leave it waiting for ever). */
const GIVE_UP = 20_000;

/** `work`'s result, or an error once `ms` have passed without one. */
function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no answer in time")), ms);
    work.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** Milliseconds of no typing before a search starts. */
const PAUSE = 250;

/**
 * Pagefind's excerpt as text with <mark> around the words found, built from text nodes only:
 * nothing of the excerpt is ever parsed into live markup (a <template> holds it inert).
 */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement("template");
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

function start(): void {
  const form = document.querySelector<HTMLFormElement>(".search-page-form");
  const input = document.getElementById("search-query") as HTMLInputElement | null;
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const dataElement = document.getElementById("search-data");
  if (!form || !input || !status || !list || !dataElement) return;
  const data = JSON.parse(dataElement.textContent ?? "{}") as SearchData;
  const t = translator(data.strings, document.documentElement.lang);
  document.getElementById("search-needs-script")?.remove();

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* the bundle the build wrote */ `${data.bundle}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: data.root, excerptLength: 24 });
      return module;
    }));

  let latest = 0;
  const run = async (term: string) => {
    const ticket = ++latest;
    const query = term.trim();
    history.replaceState(null, "", query === "" ? location.pathname : `${location.pathname}?q=${encodeURIComponent(query)}`);
    if (query === "") {
      status.textContent = "";
      list.replaceChildren();
      return;
    }
    status.textContent = t("search.searching");
    try {
      const { found, results } = await withinTime(
        (async () => {
          const engine = await load();
          const found = await engine.search(query);
          return { found, results: await Promise.all(found.results.slice(0, LIMIT).map((result) => result.data())) };
        })(),
        GIVE_UP,
      );
      if (ticket !== latest) return;
      list.replaceChildren(
        ...results.map((result) => {
          const item = document.createElement("li");
          const heading = document.createElement("h2");
          const link = document.createElement("a");
          link.href = result.url;
          link.textContent = result.meta.title ?? result.url;
          heading.append(link);
          const kind = document.createElement("p");
          kind.className = "result-kind";
          kind.textContent = result.meta.kind ?? "";
          const excerpt = document.createElement("p");
          excerpt.append(...excerptNodes(result.excerpt));
          item.append(heading, kind, excerpt);
          return item;
        }),
      );
      status.textContent = found.results.length === 0 ? t("search.none") : t("search.count", { count: found.results.length });
    } catch {
      if (ticket === latest) status.textContent = t("search.failed");
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), PAUSE);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get("q") ?? "";
  input.value = initial;
  if (initial !== "") void run(initial);
}

start();
