// Slugs from titles: Latvian letters folded to ASCII, one hyphen between words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSlug, slugify } from "./slug.ts";

describe("slugify", () => {
  it("should fold every Latvian letter to its base letter, in both cases", () => {
    expect(slugify("ā č ē ģ ī ķ ļ ņ š ū ž")).toBe("a-c-e-g-i-k-l-n-s-u-z");
    expect(slugify("Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž")).toBe("a-c-e-g-i-k-l-n-s-u-z");
  });

  it("should make the slug of a Latvian recipe title", () => {
    expect(slugify("Griķu plācenīši")).toBe("griku-placenisi");
    expect(slugify("Skābu kāpostu zupa")).toBe("skabu-kapostu-zupa");
  });

  it("should turn punctuation and runs of spaces into one hyphen and trim hyphens at the ends", () => {
    expect(slugify("  Putra — ar pienu, (ātri)! ")).toBe("putra-ar-pienu-atri");
    expect(slugify("3. nodarbība: Zupas")).toBe("3-nodarbiba-zupas");
  });

  it("should give nothing when a title has no Latin letters or digits", () => {
    expect(slugify("— ? —")).toBe("");
    expect(slugify("Борщ")).toBe("");
  });

  it("should always give a valid slug or nothing, whatever the title", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (title) => {
        const slug = slugify(title);
        expect(slug === "" || isSlug(slug)).toBe(true);
      }),
    );
  });
});

describe("isSlug", () => {
  it("should accept lower-case words joined by single hyphens and refuse anything else", () => {
    expect(isSlug("griku-putra")).toBe(true);
    expect(isSlug("01-graudi")).toBe(true);
    for (const name of ["Griku-putra", "griku putra", "griķu-putra", "griku--putra", "-griku", "griku-", ""]) expect(isSlug(name), name).toBe(false);
  });
});
