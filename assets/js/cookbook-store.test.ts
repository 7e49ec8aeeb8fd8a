// Tests for the "my cookbook" selection: read from an address or storage, changed by the add buttons, heard by other parts of the page.
import { describe, expect, it, vi } from "vitest";
import { browserStore, formatSelection, parseSelection, toggled } from "./cookbook-store.ts";

/** A Storage stand-in, as a browser's localStorage behaves for one key. */
function memoryStorage(): Pick<Storage, "getItem" | "setItem"> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe("parseSelection", () => {
  it("should keep slug-shaped names once each, in the order given", () => {
    expect(parseSelection("griku-putra,manna-putra,griku-putra")).toEqual(["griku-putra", "manna-putra"]);
    expect(parseSelection(" griku-putra , ")).toEqual(["griku-putra"]);
  });

  it("should drop anything that is not a slug, so an address cannot inject other text", () => {
    expect(parseSelection('griku-putra,<script>,../x,Manna,"a"')).toEqual(["griku-putra"]);
    expect(parseSelection(null)).toEqual([]);
    expect(parseSelection("")).toEqual([]);
  });

  it("should keep at most 60 recipes", () => {
    expect(parseSelection(Array.from({ length: 80 }, (_, index) => `r${index}`).join(","))).toHaveLength(60);
  });
});

describe("toggled", () => {
  it("should add a recipe at the end, and take it out when it is there", () => {
    expect(toggled(["a"], "b")).toEqual(["a", "b"]);
    expect(toggled(["a", "b"], "a")).toEqual(["b"]);
  });
});

describe("browserStore", () => {
  it("should keep the selection in storage and tell listeners on this page", () => {
    const target = new EventTarget();
    const store = browserStore(memoryStorage(), target);
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    store.write(["manna-putra", "griku-putra"]);
    expect(store.read()).toEqual(["manna-putra", "griku-putra"]);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    store.write([]);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(formatSelection(store.read())).toBe("");
  });

  it("should hear another tab's change of this key only", () => {
    const target = new EventTarget();
    const store = browserStore(memoryStorage(), target);
    const listener = vi.fn();
    store.subscribe(listener);
    target.dispatchEvent(Object.assign(new Event("storage"), { key: "something-else" }));
    expect(listener).not.toHaveBeenCalled();
    target.dispatchEvent(Object.assign(new Event("storage"), { key: "recepsu-burtnica.cookbook" }));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
