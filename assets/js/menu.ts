// The week-menu page: reads the form (or the address), plans in a worker with the site's own planner, shows the plan with the shared markup and keeps the state in the address.
import { blockedHtml, planHtml } from "../../scripts/plan/markup.ts";
import { defaultQuery, menuFromSearch, menuRequest, menuToSearch, type MenuQuery } from "../../scripts/plan/query.ts";
import { warmUpRequest } from "../../scripts/planner/warm-up.ts";
import { blockedView, planView, planWords } from "../../scripts/plan/view.ts";
import type { MenuData } from "../../scripts/present/menu.ts";
import { translator } from "../../scripts/present/strings.ts";
import type { PlanAnswer, PlanMessage } from "./menu-worker.ts";

function start(): void {
  const form = document.getElementById("menu") as HTMLFormElement | null;
  const dataElement = document.getElementById("menu-data");
  const status = document.getElementById("menu-status");
  const output = document.getElementById("menu-plan");
  const printButton = document.getElementById("menu-print");
  if (!form || !dataElement || !status || !output || !printButton) return;
  const data = JSON.parse(dataElement.textContent ?? "{}") as MenuData;
  const t = translator(data.strings, data.locale);
  const known = { packages: data.packages.map((item) => item.id), products: Object.keys(data.names) };
  const field = <T extends HTMLElement>(name: string) => form.querySelector<T>(`[name="${name}"]`)!;
  /** The boxes of a group ("meals", "avoid"): each has its own name, `<group>-<value>`. */
  const boxes = (group: string) => [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name^="${group}-"]`)];
  /** The products at hand: each a box to tick, an amount and its unit, named by the product's id. */
  const stockBoxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name^="have-"]')];
  const amount = (product: string) => form.querySelector<HTMLInputElement>(`input[name="amount-${product}"]`)!;
  const unit = (product: string) => form.querySelector<HTMLSelectElement>(`select[name="unit-${product}"]`)!;
  const language = document.querySelector<HTMLAnchorElement>("a.lang");
  const languageUrl = language?.getAttribute("href") ?? "";

  const read = (): MenuQuery => {
    const search = new URLSearchParams();
    const packageId = field<HTMLSelectElement>("package").value;
    if (packageId) search.set("package", packageId);
    else {
      const have = stockBoxes()
        .filter((box) => box.checked)
        .map((box) => box.dataset.product!)
        .map((product) => `${product}:${Number(amount(product).value.replace(",", ".")) * (unit(product).value === "kg" ? 1000 : 1)}`);
      search.set("have", have.join(","));
    }
    for (const name of ["adults", "children", "days", "budget"]) search.set(name, field<HTMLInputElement>(name).value);
    search.set("meals", boxes("meals").filter((box) => box.checked).map((box) => box.value).join(","));
    search.set("avoid", boxes("avoid").filter((box) => box.checked).map((box) => box.value).join(","));
    search.set("kitchen", field<HTMLSelectElement>("kitchen").value);
    return menuFromSearch(search.toString(), known);
  };

  const write = (query: MenuQuery) => {
    field<HTMLSelectElement>("package").value = query.package ?? "";
    const have = new Map(query.have.map((item) => [item.product, item.grams]));
    for (const box of stockBoxes()) {
      const product = box.dataset.product!;
      const grams = have.get(product);
      box.checked = grams !== undefined;
      amount(product).value = grams === undefined ? "" : String(grams);
      unit(product).value = "g";
    }
    if (query.have.length > 0) form.querySelector("details")?.setAttribute("open", "");
    field<HTMLInputElement>("adults").value = String(query.adults);
    field<HTMLInputElement>("children").value = String(query.children);
    field<HTMLInputElement>("days").value = String(query.days);
    field<HTMLInputElement>("budget").value = query.budget === null ? "" : String(query.budget);
    for (const box of boxes("meals")) box.checked = (query.meals as string[]).includes(box.value);
    for (const box of boxes("avoid")) box.checked = (query.avoid as string[]).includes(box.value);
    field<HTMLSelectElement>("kitchen").value = query.kitchen;
  };

  let worker: Worker | undefined;
  /** Ids of the reader's plans start at 1: 0 is the warm-up's, whose answer is ignored. */
  let latest = 0;
  const stock = (id: string) => data.packages.find((item) => item.id === id)?.stock ?? [];
  const startWorker = () => (worker ??= new Worker(new URL("menu-worker.js", import.meta.url), { type: "module" }));
  const plan = (query: MenuQuery) => {
    if (query.package === null && query.have.length === 0) {
      status.textContent = t("menu.noStock");
      return;
    }
    const search = menuToSearch(query);
    history.replaceState(null, "", `${location.pathname}${search}`);
    if (language) language.href = `${languageUrl}${search}`;
    status.textContent = t("menu.planning");
    output.setAttribute("aria-busy", "true");
    const packageName = data.packages.find((item) => item.id === query.package)?.name ?? null;
    const words = planWords({ locale: data.locale, strings: data.strings, titles: data.titles, names: data.names, packageName });
    const message: PlanMessage = { id: ++latest, request: menuRequest(query, stock), data: data.planner };
    startWorker().onmessage = (event: MessageEvent<PlanAnswer>) => {
      const answer = event.data;
      if (answer.id !== latest) return;
      output.removeAttribute("aria-busy");
      if ("error" in answer) {
        status.textContent = t("menu.failed", { error: answer.error });
        return;
      }
      const result = answer.result;
      if (result.ok) {
        output.innerHTML = planHtml(planView(result.plan, words), { recipeUrl: (slug) => data.recipeUrls[slug] ?? "#" });
        status.textContent = t("menu.done");
      } else {
        const blocked = blockedView(result, words);
        output.innerHTML = blockedHtml(blocked);
        status.textContent = [blocked.title, ...blocked.reasons].join(" ");
      }
    };
    startWorker().postMessage(message);
  };

  // The first plan on a fresh page runs mostly on quickly compiled code and takes several times as long as later ones:
  // once the reader starts on the form, the worker loads HiGHS and makes a small plan, so theirs comes on optimised code.
  const warmUp = () => {
    form.removeEventListener("focusin", warmUp);
    form.removeEventListener("pointerdown", warmUp);
    if (worker) return;
    const request = warmUpRequest(menuRequest(defaultQuery(data.packages[0]?.id ?? null), stock));
    if (request.stock.length > 0) startWorker().postMessage({ id: 0, request, data: data.planner } satisfies PlanMessage);
  };
  form.addEventListener("focusin", warmUp);
  form.addEventListener("pointerdown", warmUp);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    plan(read());
  });
  // Typing an amount ticks its product, and choosing products at hand is done with the package choice set to them.
  form.addEventListener("input", (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.name.startsWith("amount-") && target.value !== "") {
      const box = stockBoxes().find((item) => item.dataset.product === target.dataset.product);
      if (box) box.checked = true;
      field<HTMLSelectElement>("package").value = "";
    }
  });
  printButton.hidden = false;
  printButton.addEventListener("click", () => window.print());
  if (location.search.length > 1) {
    const initial = menuFromSearch(location.search, known);
    write(initial);
    plan(initial);
  }
}

start();
