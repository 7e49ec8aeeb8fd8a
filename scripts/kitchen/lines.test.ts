// Tests for ingredient lines: the examples of a Latvian cookbook's grammar (and English), built from word forms.
import { describe, expect, it } from "vitest";
import { formsNeeded, ingredientLine, lineWords, type LineInput, type LineWords, type ProductForms } from "./lines.ts";
import type { Locale } from "./types.ts";

const NBSP = "\u00a0";

// Unit words as content/i18n gives them (keys unit.<name>.<form>).
const LV_STRINGS: Record<string, string> = {
  "ingredient.toTaste": "pēc garšas",
  ...units("lv", { g: ["g", "g", "g"], kg: ["kg", "kg", "kg"], ml: ["ml", "ml", "ml"], l: ["l", "l", "l"], tablespoon: ["ēd. k.", "ēd. k.", "ēd. k."], teaspoon: ["tējk.", "tējk.", "tējk."], glass: ["glāze", "glāzes", "glāzes"], pinch: ["šķipsniņa", "šķipsniņas", "šķipsniņas"], pack: ["paka", "pakas", "pakas"], can: ["kārba", "kārbas", "kārbas"] }),
};
const EN_STRINGS: Record<string, string> = {
  "ingredient.toTaste": "to taste",
  ...units("en", { g: ["g", "g"], kg: ["kg", "kg"], ml: ["ml", "ml"], l: ["l", "l"], tablespoon: ["tbsp", "tbsp"], teaspoon: ["tsp", "tsp"], glass: ["glass", "glasses"], pinch: ["pinch", "pinches"], pack: ["pack", "packs"], can: ["can", "cans"] }),
};

function units(locale: Locale, table: Record<string, string[]>): Record<string, string> {
  const forms = locale === "lv" ? ["nomSg", "nomPl", "genSg"] : ["sg", "pl"];
  return Object.fromEntries(Object.entries(table).flatMap(([unit, words]) => words.map((word, index) => [`unit.${unit}.${forms[index]}`, word])));
}

const WORDS: Record<Locale, LineWords> = { lv: lineWords(LV_STRINGS, "lv").words, en: lineWords(EN_STRINGS, "en").words };

// Products as their files give them: counted ones with every form, measured ones in the one number they are named in.
const P = {
  biete: { counted: true, lv: { nomSg: "biete", nomPl: "bietes", genSg: "bietes", genPl: "biešu" }, en: { sg: "beetroot", pl: "beetroots" } },
  sipols: { counted: true, lv: { nomSg: "sīpols", nomPl: "sīpoli", genSg: "sīpola", genPl: "sīpolu" }, en: { sg: "onion", pl: "onions" } },
  ola: { counted: true, lv: { nomSg: "ola", nomPl: "olas", genSg: "olas", genPl: "olu" }, en: { sg: "egg", pl: "eggs" } },
  kartupelis: { counted: true, lv: { nomSg: "kartupelis", nomPl: "kartupeļi", genSg: "kartupeļa", genPl: "kartupeļu" }, en: { sg: "potato", pl: "potatoes" } },
  piens: { lv: { nomSg: "piens", genSg: "piena" }, en: { sg: "milk" } },
  ella: { lv: { nomSg: "augu eļļa", genSg: "augu eļļas" }, en: { sg: "vegetable oil" } },
  udens: { lv: { nomSg: "ūdens", genSg: "ūdens" }, en: { sg: "water" } },
  sals: { lv: { nomSg: "sāls", genSg: "sāls" }, en: { sg: "salt" } },
  biezpiens: { lv: { nomSg: "biezpiens", genSg: "biezpiena" }, en: { sg: "quark" } },
  cukurs: { lv: { nomSg: "cukurs", genSg: "cukura" }, en: { sg: "sugar" } },
  griki: { lv: { nomPl: "griķi", genPl: "griķu" }, en: { sg: "buckwheat" } },
  parslas: { lv: { nomPl: "auzu pārslas", genPl: "auzu pārslu" }, en: { pl: "rolled oats" } },
  konservi: { lv: { nomPl: "liellopu gaļas konservi", genPl: "liellopu gaļas konservu" }, en: { sg: "stewed beef" } },
  makaroni: { lv: { nomPl: "makaroni", genPl: "makaronu" }, en: { sg: "pasta" } },
  kaposti: { lv: { nomPl: "galviņkāposti", genPl: "galviņkāpostu" }, en: { sg: "white cabbage" } },
  biezenis: { lv: { nomPl: "kartupeļu biezeņa pārslas", genPl: "kartupeļu biezeņa pārslu" }, en: { pl: "mashed potato flakes" } },
  pipari: { lv: { nomPl: "melnie pipari", genPl: "melno piparu" }, en: { sg: "black pepper" } },
  dilles: { lv: { nomPl: "dilles", genPl: "diļļu" }, en: { sg: "dill" } },
} satisfies Record<string, ProductForms>;

const line = (product: ProductForms, input: LineInput, locale: Locale = "lv", exact = true) => ingredientLine(input, product, locale, WORDS[locale], { exact }).text.replaceAll(NBSP, " ");

describe("ingredientLine in Latvian", () => {
  it("should make a counted noun agree with the number: singular for 1, 21, plural for 2 to 20 and 11", () => {
    expect(line(P.biete, { qty: 1, unit: "gab." })).toBe("1 biete");
    expect(line(P.sipols, { qty: 1, unit: "gab." })).toBe("1 sīpols");
    expect(line(P.ola, { qty: 21, unit: "gab." })).toBe("21 ola");
    expect(line(P.biete, { qty: 2, unit: "gab." })).toBe("2 bietes");
    expect(line(P.kartupelis, { qty: 3, unit: "gab." })).toBe("3 kartupeļi");
    expect(line(P.ola, { qty: 11, unit: "gab." })).toBe("11 olas");
  });

  it("should write pieces as the noun itself, never as gab. and a capitalised base form", () => {
    const text = line(P.kartupelis, { qty: 3, unit: "gab." });
    expect(text).toBe("3 kartupeļi");
    expect(text).not.toMatch(/gab\.|Kartupelis/);
  });

  it("should put a fraction's noun and unit in the genitive singular", () => {
    expect(line(P.sipols, { qty: 0.5, unit: "gab." })).toBe("½ sīpola");
    expect(line(P.konservi, { qty: 0.5, unit: "kārba" })).toBe("½ kārbas liellopu gaļas konservu");
    expect(line(P.parslas, { qty: 1.5, unit: "glāze" })).toBe("1½ glāzes auzu pārslu");
    expect(line(P.cukurs, { qty: 0.25, unit: "glāze" })).toBe("¼ glāzes cukura");
    expect(line(P.cukurs, { qty: 0.75, unit: "glāze" })).toBe("¾ glāzes cukura");
    expect(line(P.cukurs, { qty: 1 / 3, unit: "glāze" })).toBe("⅓ glāzes cukura");
  });

  it("should let the unit agree with the number and put a singular product after it in the genitive singular", () => {
    expect(line(P.piens, { qty: 1, unit: "glāze" })).toBe("1 glāze piena");
    expect(line(P.piens, { qty: 2, unit: "glāze" })).toBe("2 glāzes piena");
    expect(line(P.ella, { qty: 2, unit: "ēdamkarote" })).toBe("2 ēd. k. augu eļļas");
    expect(line(P.udens, { qty: 1, unit: "l" })).toBe("1 l ūdens");
    expect(line(P.sals, { qty: 1, unit: "šķipsniņa" })).toBe("1 šķipsniņa sāls");
    expect(line(P.biezpiens, { qty: 200, unit: "g" })).toBe("200 g biezpiena");
    expect(line(P.cukurs, { qty: 1, unit: "ēdamkarote" })).toBe("1 ēd. k. cukura");
  });

  it("should put what is named in the plural, or counted, after a unit in the genitive plural", () => {
    expect(line(P.griki, { qty: 200, unit: "g" })).toBe("200 g griķu");
    expect(line(P.parslas, { qty: 2, unit: "glāze" })).toBe("2 glāzes auzu pārslu");
    expect(line(P.konservi, { qty: 1, unit: "kārba" })).toBe("1 kārba liellopu gaļas konservu");
    expect(line(P.makaroni, { qty: 400, unit: "g" })).toBe("400 g makaronu");
    expect(line(P.kaposti, { qty: 200, unit: "g" })).toBe("200 g galviņkāpostu");
    expect(line(P.kartupelis, { qty: 500, unit: "g" })).toBe("500 g kartupeļu");
    expect(line(P.biezenis, { qty: 150, unit: "g" })).toBe("150 g kartupeļu biezeņa pārslu");
  });

  it("should write a product without an amount first, then pēc garšas", () => {
    expect(line(P.sals, { unit: "pēc garšas" })).toBe("sāls pēc garšas");
    expect(line(P.pipari, { unit: "pēc garšas" })).toBe("melnie pipari pēc garšas");
  });

  it("should write litres from 1 l up with a decimal comma", () => {
    expect(line(P.udens, { qty: 1500, unit: "ml" })).toBe("1,5 l ūdens");
    expect(line(P.udens, { qty: 3000, unit: "ml" })).toBe("3 l ūdens");
    expect(line(P.udens, { qty: 999, unit: "ml" })).toBe("999 ml ūdens");
    expect(line(P.udens, { qty: 1.5, unit: "l" })).toBe("1,5 l ūdens");
    expect(line(P.makaroni, { qty: 0.5, unit: "kg" })).toBe("0,5 kg makaronu");
  });

  it("should add the note in parentheses, as written", () => {
    expect(line(P.biete, { qty: 2, unit: "gab.", note: "nomizotas" })).toBe("2 bietes (nomizotas)");
    expect(line(P.dilles, { qty: 10, unit: "g", note: "smalki sagrieztas" })).toBe("10 g diļļu (smalki sagrieztas)");
  });

  it("should give the parts a page shows: amount, unit, name, and what follows a name without amount", () => {
    expect(ingredientLine({ qty: 2, unit: "glāze" }, P.piens, "lv", WORDS.lv, { exact: true })).toEqual({ amount: "2", unit: "glāzes", name: "piena", after: "", note: "", text: `2${NBSP}glāzes piena` });
    expect(ingredientLine({ unit: "pēc garšas" }, P.sals, "lv", WORDS.lv)).toEqual({ amount: "", unit: "", name: "sāls", after: "pēc garšas", note: "", text: "sāls pēc garšas" });
  });
});

describe("ingredientLine in English", () => {
  it("should use the singular up to one and the plural above", () => {
    expect(line(P.biete, { qty: 1, unit: "gab." }, "en")).toBe("1 beetroot");
    expect(line(P.biete, { qty: 2, unit: "gab." }, "en")).toBe("2 beetroots");
    expect(line(P.sipols, { qty: 0.5, unit: "gab." }, "en")).toBe("½ onion");
    expect(line(P.sipols, { qty: 1.5, unit: "gab." }, "en")).toBe("1½ onions");
    expect(line(P.parslas, { qty: 0.5, unit: "glāze" }, "en")).toBe("½ glass rolled oats");
  });

  it("should write units and lower-case names the way an English cookbook does", () => {
    expect(line(P.ella, { qty: 1, unit: "ēdamkarote" }, "en")).toBe("1 tbsp vegetable oil");
    expect(line(P.parslas, { qty: 2, unit: "glāze" }, "en")).toBe("2 glasses rolled oats");
    expect(line(P.konservi, { qty: 1, unit: "kārba" }, "en")).toBe("1 can stewed beef");
    expect(line(P.kaposti, { qty: 200, unit: "g" }, "en")).toBe("200 g white cabbage");
    expect(line(P.kartupelis, { qty: 500, unit: "g" }, "en")).toBe("500 g potatoes");
    expect(line(P.sals, { unit: "pēc garšas" }, "en")).toBe("salt to taste");
    expect(line(P.udens, { qty: 1500, unit: "ml" }, "en")).toBe("1.5 l water");
  });
});

describe("ingredientLine at other servings", () => {
  it("should rebuild the words for the rounded amount", () => {
    // 2 beetroots for 4 servings, scaled to 2 servings: 1.
    expect(line(P.biete, { qty: 1, unit: "gab." }, "lv", false)).toBe("1 biete");
    expect(line(P.biete, { qty: 1, unit: "gab." }, "en", false)).toBe("1 beetroot");
    // 1 onion for 4 servings, scaled to 1 serving: ¼ (a kitchen fraction, kept as it is).
    expect(line(P.sipols, { qty: 0.25, unit: "gab." }, "lv", false)).toBe("¼ sīpola");
    // 1.4 glasses: the rest 0.4 is nearer ⅓ than ½.
    expect(line(P.piens, { qty: 1.4, unit: "glāze" }, "lv", false)).toBe("1⅓ glāzes piena");
  });

  it("should round scaled litres to 0,1 l", () => {
    // 730 ml × 2 = 1460 ml → 1450 ml (step 50) → 1,5 l.
    expect(line(P.udens, { qty: 1460, unit: "ml" }, "lv", false)).toBe("1,5 l ūdens");
    expect(line(P.udens, { qty: 1210, unit: "ml" }, "en", false)).toBe("1.2 l water");
  });
});

describe("formsNeeded", () => {
  it("should ask every counting form of a product in pieces, and one form after a unit or without amount", () => {
    expect(formsNeeded("gab.", "lv")).toEqual([["nomSg"], ["nomPl"], ["genSg"]]);
    expect(formsNeeded("glāze", "lv")).toEqual([["genPl", "genSg"]]);
    expect(formsNeeded("pēc garšas", "lv")).toEqual([["nomPl", "nomSg"]]);
    expect(formsNeeded("gab.", "en")).toEqual([["sg"], ["pl"]]);
  });
});

describe("lineWords", () => {
  it("should read every unit's forms from the strings and list the keys that are missing", () => {
    expect(WORDS.lv.units.glāze).toEqual({ nomSg: "glāze", nomPl: "glāzes", genSg: "glāzes" });
    const { missing } = lineWords({ ...EN_STRINGS, "unit.glass.pl": undefined as unknown as string }, "en");
    expect(missing).toEqual(["unit.glass.pl"]);
  });
});

describe("ingredientLine with missing forms", () => {
  it("should say which form the product lacks", () => {
    expect(() => line({ lv: { nomSg: "piens" } }, { qty: 1, unit: "glāze" })).toThrow("the product has no genPl or genSg form");
  });
});
