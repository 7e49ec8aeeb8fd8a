// Tests for the week-menu page's state in the address: every field written in a fixed order, read back the same, unknown values dropped.
import { describe, expect, it } from "vitest";
import { defaultQuery, menuFromSearch, menuRequest, menuToSearch, type MenuQuery } from "./query.ts";

const known = { packages: ["es-paka-2013", "cita-paka"], products: ["griki", "makaroni", "sipols"] };

describe("menu query", () => {
  it("should write a state as one link and read the same state back", () => {
    const query: MenuQuery = { ...defaultQuery("es-paka-2013"), package: "cita-paka", adults: 1, children: 3, days: 14, meals: ["lunch", "dinner"], avoid: ["milk", "gluten"], kitchen: "no-oven", budget: 25.5 };
    const search = menuToSearch(query);
    expect(search).toBe("?package=cita-paka&adults=1&children=3&days=14&meals=lunch,dinner&avoid=milk,gluten&kitchen=no-oven&budget=25.5");
    expect(menuFromSearch(search, known)).toEqual({ ...query, avoid: ["gluten", "milk"] });
  });

  it("should carry products at hand with their grams instead of a package", () => {
    const query: MenuQuery = { ...defaultQuery("es-paka-2013"), package: null, have: [{ product: "griki", grams: 400 }, { product: "sipols", grams: 1500 }] };
    expect(menuToSearch(query)).toBe("?have=griki:400,sipols:1500&adults=2&children=1&days=7&meals=breakfast,lunch,dinner");
    expect(menuFromSearch(menuToSearch(query), known)).toEqual(query);
  });

  it("should drop what this site does not know and keep the defaults for numbers out of range", () => {
    const query = menuFromSearch("?package=nav&adults=-1&children=x&days=40&meals=supper&avoid=milk,wine&kitchen=camp&budget=-3", known);
    expect(query).toEqual({ ...defaultQuery("es-paka-2013"), avoid: ["milk"] });
    expect(menuFromSearch("?have=griki:0,kartupelis:300,makaroni:500", known).have).toEqual([{ product: "makaroni", grams: 500 }]);
  });

  it("should ask the planner for the package's stock, the household and the kitchen's equipment", () => {
    const request = menuRequest({ ...defaultQuery("es-paka-2013"), kitchen: "kettle", budget: 10 }, (id) => [{ product: `${id}-griki`, grams: 400 }]);
    expect(request).toEqual({ package: "es-paka-2013", stock: [{ product: "es-paka-2013-griki", grams: 400 }], household: { adults: 2, children: 1 }, days: 7, meals: ["breakfast", "lunch", "dinner"], avoid: [], equipment: ["kettle"], budgetEur: 10 });
  });
});
