// "My cookbook": the reader's chosen recipes (slugs), kept in the browser and in the cookbook page's address; shared by every page with an add button.
//
// For another page's script (the finder's cards): put `<button type="button" data-cookbook-slug="<slug>" data-add="…" data-remove="…" hidden>`
// in the page, then `bindCookbookButtons(document, browserStore())`; the button shows itself, says "add" or "remove", and toggles the recipe.

/** The localStorage key of the selection. */
const STORAGE_KEY = "recepsu-burtnica.cookbook";
/** The cookbook page's query parameter: `?r=griku-putra,manna-putra`. */
export const SELECTION_PARAM = "r";
/** Fired on `window` when this page changed the selection (other tabs hear the "storage" event). */
const CHANGE_EVENT = "cookbook-change";
/** More than a booklet needs; keeps a pasted address from growing without end. */
const MAX_RECIPES = 60;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The recipe slugs in "griku-putra,manna-putra": only slug-shaped names, each once, in the order given. */
export function parseSelection(text: string | null | undefined): string[] {
  const slugs = (text ?? "").split(",").map((slug) => slug.trim()).filter((slug) => SLUG.test(slug));
  return [...new Set(slugs)].slice(0, MAX_RECIPES);
}

/** The selection as the query parameter and the stored value write it. */
export function formatSelection(slugs: readonly string[]): string {
  return parseSelection(slugs.join(",")).join(",");
}

/** The selection with `slug` added at the end, or taken out if it was there. */
export function toggled(slugs: readonly string[], slug: string): string[] {
  return slugs.includes(slug) ? slugs.filter((item) => item !== slug) : parseSelection([...slugs, slug].join(","));
}

export interface SelectionStore {
  read(): string[];
  write(slugs: readonly string[]): void;
  /** Calls `listener` when the selection changes here or in another tab; returns the way to stop. */
  subscribe(listener: () => void): () => void;
}

/** localStorage where the browser allows it (private windows and blocked storage may throw), else memory for this page. */
function storageOrMemory(): Pick<Storage, "getItem" | "setItem"> {
  try {
    const probe = `${STORAGE_KEY}.probe`;
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) };
  }
}

/** The selection kept in `storage` (default: localStorage), with change events on `target` (default: window). */
export function browserStore(storage: Pick<Storage, "getItem" | "setItem"> = storageOrMemory(), target: EventTarget = window): SelectionStore {
  return {
    read: () => parseSelection(storage.getItem(STORAGE_KEY)),
    write: (slugs) => {
      storage.setItem(STORAGE_KEY, formatSelection(slugs));
      target.dispatchEvent(new Event(CHANGE_EVENT));
    },
    subscribe: (listener) => {
      // Another tab changed storage: ours, or all of it (key null when cleared).
      const onStorage = (event: Event) => {
        const key = (event as Partial<StorageEvent>).key;
        if (key === undefined || key === null || key === STORAGE_KEY) listener();
      };
      target.addEventListener(CHANGE_EVENT, listener);
      target.addEventListener("storage", onStorage);
      return () => {
        target.removeEventListener(CHANGE_EVENT, listener);
        target.removeEventListener("storage", onStorage);
      };
    },
  };
}

/** Fills `{count}` in a template such as "Mana pavārgrāmata ({count})". */
function withCount(template: string, count: number): string {
  return template.replace("{count}", String(count));
}

/**
 * Shows and wires every `button[data-cookbook-slug]` under `root` (label from data-add / data-remove) and keeps every
 * `[data-cookbook-status]` live region in step with the selection: a link to data-href reading data-words with
 * "{count}" filled, or nothing while the selection is empty.
 */
export function bindCookbookButtons(root: ParentNode, store: SelectionStore): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>("button[data-cookbook-slug]")];
  const statuses = [...root.querySelectorAll<HTMLElement>("[data-cookbook-status]")];
  const update = () => {
    const chosen = store.read();
    for (const button of buttons) {
      const added = chosen.includes(button.dataset.cookbookSlug ?? "");
      button.textContent = (added ? button.dataset.remove : button.dataset.add) ?? button.textContent;
      button.classList.toggle("is-added", added);
      button.hidden = false;
    }
    for (const status of statuses) {
      if (chosen.length === 0) {
        status.replaceChildren();
        continue;
      }
      const link = status.querySelector("a") ?? status.appendChild(document.createElement("a"));
      link.href = status.dataset.href ?? "";
      link.textContent = withCount(status.dataset.words ?? "", chosen.length);
    }
  };
  for (const button of buttons) button.addEventListener("click", () => store.write(toggled(store.read(), button.dataset.cookbookSlug ?? "")));
  store.subscribe(update);
  update();
}
