// Eleventy configuration: templates in layouts/, data from the validated model, safe Markdown, strict Nunjucks.
// https://www.11ty.dev/docs/config/
import { configureSite, type EleventyConfig } from "./scripts/site/configure.ts";

export default function (eleventyConfig: EleventyConfig) {
  configureSite(eleventyConfig);
  // Templates and their partials; content/ is never read by Eleventy itself (the model is). https://www.11ty.dev/docs/config/#input-directory
  return {
    dir: { input: "layouts", includes: "_partials", layouts: "_base" },
    templateFormats: ["njk"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}
