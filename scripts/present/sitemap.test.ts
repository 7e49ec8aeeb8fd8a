import { describe, expect, it } from "vitest";
import { robotsTxt } from "./sitemap.ts";

describe("robotsTxt", () => {
  it("disallows each given path before allowing the rest, and names the sitemap", () => {
    expect(robotsTxt("https://example.org/burtnica/sitemap.xml", ["/burtnica/admin/"])).toBe(
      "User-agent: *\nDisallow: /burtnica/admin/\nAllow: /\n\nSitemap: https://example.org/burtnica/sitemap.xml\n",
    );
  });
});
