// The recipe finder page: reads the ticked products and filters, ranks with the kitchen's own finder, shows the result and keeps the state in the address.
import { findRecipes, queryFromSearch, queryToSearch, type FinderQuery } from "../../scripts/kitchen/finder.ts";
import { formatEur } from "../../scripts/kitchen/format.ts";
import type { FinderData } from "../../scripts/present/finder.ts";
import { translator } from "../../scripts/present/strings.ts";

function start(): void {
  const form = document.getElementById("finder") as HTMLFormElement | null;
  const dataElement = document.getElementById("finder-data");
  const status = document.getElementById("finder-status");
  const ranked = document.getElementById("finder-ranked");
  const rankedList = ranked?.querySelector("ol");
  const all = document.getElementById("finder-all");
  if (!form || !dataElement || !status || !ranked || !rankedList || !all) return;
  const data = JSON.parse(dataElement.textContent ?? "{}") as FinderData;
  const t = translator(data.strings, data.locale);
  const cards = new Map([...all.querySelectorAll<HTMLElement>(".card[data-slug]")].map((card) => [card.dataset.slug!, card]));
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  const language = document.querySelector<HTMLAnchorElement>("a.lang");
  const languageUrl = language?.getAttribute("href") ?? "";

  const read = (): FinderQuery => {
    const search = new URLSearchParams();
    const ticked = (name: string) => boxes(name).filter((box) => box.checked).map((box) => box.value);
    search.set("have", ticked("have").join(","));
    search.set("avoid", ticked("avoid").join(","));
    for (const name of ["meal", "time", "kitchen"]) search.set(name, select(name).value);
    return queryFromSearch(search.toString(), new Set(Object.keys(data.names)));
  };

  const write = (query: FinderQuery) => {
    for (const box of boxes("have")) box.checked = query.have.includes(box.value);
    for (const box of boxes("avoid")) box.checked = (query.avoid as string[]).includes(box.value);
    select("meal").value = query.meal ?? "";
    select("time").value = query.maxMinutes === null ? "" : String(query.maxMinutes);
    select("kitchen").value = query.kitchen;
    // An everyday product ticked by a link must be visible.
    const everyday = form.querySelector("details");
    if (everyday && everyday.querySelector("input:checked")) everyday.open = true;
  };

  const show = (query: FinderQuery) => {
    const matches = findRecipes(data.recipes, query);
    const byMeal = query.have.length === 0;
    all.hidden = !byMeal;
    ranked.hidden = byMeal;
    if (byMeal) {
      const found = new Set(matches.map((match) => match.slug));
      for (const [slug, card] of cards) card.hidden = !found.has(slug);
      for (const section of all.querySelectorAll<HTMLElement>("section[data-meal]")) section.hidden = !section.querySelector(".card:not([hidden])");
    } else {
      rankedList.replaceChildren(
        ...matches.map((match) => {
          const card = cards.get(match.slug)!.cloneNode(true) as HTMLElement;
          card.hidden = false;
          const note = document.createElement("p");
          note.className = "card-buy";
          note.textContent =
            match.toBuy.length === 0
              ? t("finder.haveAll")
              : t("finder.toBuy", { products: match.toBuy.map((id) => data.names[id] ?? id).join(", "), cost: formatEur(match.toBuyPerServingEur, data.locale) });
          card.querySelector("p")?.after(note);
          return card;
        }),
      );
    }
    status.textContent = matches.length === 0 ? t("finder.none") : t(byMeal ? "finder.count" : "finder.countHave", { count: matches.length });
  };

  const update = () => {
    const query = read();
    const search = queryToSearch(query);
    history.replaceState(null, "", `${location.pathname}${search}`);
    if (language) language.href = `${languageUrl}${search}`;
    show(query);
  };

  const initial = queryFromSearch(location.search, new Set(Object.keys(data.names)));
  write(initial);
  form.addEventListener("change", update);
  // The list follows every change; the button also takes the reader to it.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
    document.getElementById("finder-status")?.scrollIntoView();
  });
  // After the form's own reset has cleared the controls.
  form.addEventListener("reset", () => setTimeout(update));
  if (language) language.href = `${languageUrl}${queryToSearch(initial)}`;
  show(initial);
}

start();
