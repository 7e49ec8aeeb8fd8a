// Suggestions for misspelt ids and units: the nearest known values, at most three.
import { describe, expect, it } from "vitest";
import { didYouMean, nearest, sortIssues } from "./issues.ts";

const PRODUCTS = ["griki", "kviesu-milti", "pankuku-milti", "manna", "piens", "piena-pulveris", "olu-pulveris", "kakao-pulveris", "ola", "sals"];

describe("nearest", () => {
  it("should put the closest value first", () => {
    expect(nearest("grikki", PRODUCTS)).toEqual(["griki"]);
  });

  it("should ignore Latvian diacritics when comparing, so a unit typed without them is found", () => {
    expect(nearest("glaze", ["g", "glāze", "kārba"])).toEqual(["glāze"]);
    expect(nearest("sķipsniņa", ["šķipsniņa", "paka"])).toEqual(["šķipsniņa"]);
  });

  it("should offer the ids that contain a typed word, at most three, nearest first and ties in alphabetical order", () => {
    expect(nearest("pulveris", PRODUCTS)).toEqual(["olu-pulveris", "kakao-pulveris", "piena-pulveris"]);
    expect(nearest("milti", PRODUCTS)).toEqual(["kviesu-milti", "pankuku-milti"]);
  });

  it("should offer nothing for a value far from every known one, or shorter than its distance", () => {
    expect(nearest("zivis", PRODUCTS)).toEqual([]);
    expect(nearest("gab", ["g", "gab."])).toEqual(["gab."]);
  });
});

describe("didYouMean", () => {
  it("should ask about one, two or three values in a sentence", () => {
    expect(didYouMean("grikki", PRODUCTS)).toBe(' — did you mean "griki"?');
    expect(didYouMean("milti", PRODUCTS)).toBe(' — did you mean "kviesu-milti" or "pankuku-milti"?');
    expect(didYouMean("pulveris", PRODUCTS)).toBe(' — did you mean "olu-pulveris", "kakao-pulveris" or "piena-pulveris"?');
    expect(didYouMean("zivis", PRODUCTS)).toBe("");
  });
});

describe("sortIssues", () => {
  it("should sort by file and line and say a repeated message once", () => {
    const alias = { file: "b.md", line: 6, field: "", message: 'YAML alias "*a" is not allowed' };
    expect(sortIssues([alias, { file: "a.md", line: 9, field: "x", message: "m" }, alias, { file: "b.md", line: 2, field: "", message: "n" }])).toEqual([
      { file: "a.md", line: 9, field: "x", message: "m" },
      { file: "b.md", line: 2, field: "", message: "n" },
      alias,
    ]);
  });
});
