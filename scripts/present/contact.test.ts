// Tests for the contact line built from site.yaml for the about page and the books' imprint.
import { describe, expect, it } from "vitest";
import { contactLine } from "./contact.ts";
import { translator } from "./strings.ts";
import type { Site } from "../content/schemas.ts";

const site = { organisation: { lv: "Centrs", en: "Centre" }, contact: { address: "Iela 1, Liepāja", phone: "+371 60000000", web: "https://example.org/", source: "test" } } as unknown as Site;
const t = { lv: translator({ "contact.phone": "tālr. {phone}" }, "lv"), en: translator({ "contact.phone": "phone {phone}" }, "en") };

describe("contactLine", () => {
  it("should join organisation, address, phone and web address in the reader's language", () => {
    expect(contactLine(site, t.lv, "lv")).toBe("Centrs, Iela 1, Liepāja; tālr. +371 60000000; example.org");
    expect(contactLine(site, t.en, "en")).toBe("Centre, Iela 1, Liepāja; phone +371 60000000; example.org");
  });

  it("should leave out the parts site.yaml does not give", () => {
    const bare = { ...site, contact: { address: "Iela 1, Liepāja", source: "test" } } as Site;
    expect(contactLine(bare, t.en, "en")).toBe("Centre, Iela 1, Liepāja");
  });
});
