// SVG pictures from pull requests: drawing only.
import { describe, expect, it } from "vitest";
import { svgProblems } from "./svg-check.ts";

describe("svgProblems", () => {
  it("should accept a plain drawing with internal references", () => {
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg"><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use href="#g"/></svg>')).toEqual([]);
  });

  it("should name every kind of active or external content", () => {
    const svg = '<!DOCTYPE svg [<!ENTITY x "y">]><svg onload="alert(1)"><script>1</script><foreignObject/><image href="http://x/y.png"/><rect style="fill:url(http://x)"/></svg>';
    expect(svgProblems(svg)).toEqual([
      "has a <script> element",
      "has a <foreignObject> element",
      "has an event attribute (on…=)",
      "declares XML entities",
      "links to something outside the picture (href)",
      "loads something with url() from outside the picture",
      "embeds another image",
    ]);
  });
});
