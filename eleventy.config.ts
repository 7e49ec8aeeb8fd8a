// Eleventy configuration: templates in layouts/, data from the validated model, safe Markdown, strict Nunjucks.
// The build and `npm run dev` pass this function to Eleventy directly (scripts/site/eleventy.ts), so it runs under tsx and vitest alike.
// https://www.11ty.dev/docs/config/
import { configureSite, type EleventyConfig } from "./scripts/site/configure.ts";

export default function (eleventyConfig: EleventyConfig): void {
  configureSite(eleventyConfig);
}
