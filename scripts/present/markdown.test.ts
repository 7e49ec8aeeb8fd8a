// Markdown rendering: no raw HTML, headings placed under the section that holds them.
import { describe, expect, it } from "vitest";
import { renderMarkdown, renderRecipeBody, stepItems } from "./markdown.ts";

describe("renderMarkdown", () => {
  it("should escape raw HTML instead of passing it through", () => {
    expect(renderMarkdown('Hi <script>alert(1)</script>')).toBe("<p>Hi &lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  });

  it("should shift headings so the highest becomes the given level", () => {
    expect(renderMarkdown("## A\n\n### B", { minHeading: 4 })).toBe("<h4>A</h4>\n<h5>B</h5>\n");
  });

  it("should leave headings that are already low enough", () => {
    expect(renderMarkdown("### A", { minHeading: 2 })).toBe("<h3>A</h3>\n");
  });

  it("should refuse javascript: links", () => {
    expect(renderMarkdown("[x](javascript:alert(1))")).toBe("<p>[x](javascript:alert(1))</p>\n");
  });

  it("should render a step amount as a span the scaler can rewrite, in the text's language", () => {
    expect(renderMarkdown("1. Ielej [1,5 l](=udens) ūdens.", { locale: "lv" })).toBe('<ol>\n<li>Ielej <span class="amount" data-qty="1.5" data-unit="l">1,5\u00a0l</span> ūdens.</li>\n</ol>\n');
    expect(renderMarkdown("1. Heat [2 tbsp](=augu-ella) of oil.", { locale: "en" })).toContain('<span class="amount" data-qty="2" data-unit="ēdamkarote">2\u00a0tbsp</span>');
  });

  it("should show only the words of a step amount it cannot read, never a link", () => {
    expect(renderMarkdown("Ielej [daudz](=udens) ūdens.", { locale: "lv" })).toBe("<p>Ielej daudz ūdens.</p>\n");
    expect(renderMarkdown("Ielej [<b>750 ml</b>](=udens).")).toBe("<p>Ielej &lt;b&gt;750 ml&lt;/b&gt;.</p>\n");
  });
});

describe("renderRecipeBody", () => {
  it("should give the body's HTML as renderMarkdown does and each step's plain text with its amounts as written", () => {
    const body = "Griķus izskalo.\n\n# Gatavošana\n\n1. Ielej [1,5 l](=udens) ūdens\n   un uzvāri.\n2. Pieber **griķus**.\n   - piezīme\n";
    const rendered = renderRecipeBody(body, "lv");
    expect(rendered.html).toBe(renderMarkdown(body, { locale: "lv" }));
    expect(rendered.html).toContain("<h2>Gatavošana</h2>");
    expect(rendered.steps).toEqual(["Ielej 1,5\u00a0l ūdens un uzvāri.", "Pieber griķus. piezīme"]);
  });
});

describe("stepItems", () => {
  it("should give each top-level numbered item on its own, with its inline Markdown and without the other lists", () => {
    const body = "1. Rinse the **buckwheat**.\n2. Boil it:\n   - on low heat\n3. Serve.\n\n- a note, not a step\n";
    expect(stepItems(body)).toEqual(["Rinse the <strong>buckwheat</strong>.", "Boil it:\n<ul>\n<li>on low heat</li>\n</ul>", "Serve."]);
  });

  it("should escape what would be markup", () => {
    expect(stepItems("1. Add <b>salt</b>.")).toEqual(["Add &lt;b&gt;salt&lt;/b&gt;."]);
  });
});
