// The recipe page's tools: the print button and the "add to my cookbook" button (both need JavaScript, so they start hidden).
import { bindCookbookButtons, browserStore } from "./cookbook-store.ts";

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
  button.addEventListener("click", () => window.print());
  button.hidden = false;
}
bindCookbookButtons(document, browserStore());
