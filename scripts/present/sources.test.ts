// How a recipe's source lines name each publisher once.
import { describe, expect, it } from "vitest";
import { mergeCites } from "./sources.ts";

describe("merging source lines", () => {
  it("should name a publisher once with the details of each of its articles, in the order first seen", () => {
    expect(mergeCites(["LTA cenas (jauns.lv, 2021)", "Rimi cena (press.lv, 2025)", "LTA cenas (nra.lv, 2023)"])).toEqual(["LTA cenas (jauns.lv, 2021; nra.lv, 2023)", "Rimi cena (press.lv, 2025)"]);
  });

  it("should keep a line without details, and not repeat the same details", () => {
    expect(mergeCites(["USDA FoodData Central", "Tabula (Skurihins)", "Tabula (Skurihins)"])).toEqual(["USDA FoodData Central", "Tabula (Skurihins)"]);
  });

  it("should keep a publisher named both with and without details once, with its details", () => {
    expect(mergeCites(["Tirgus cena", "Tirgus cena (2025)"])).toEqual(["Tirgus cena (2025)"]);
  });
});
