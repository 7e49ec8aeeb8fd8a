// The recipe page's tools: the print button and the "add to my cookbook" button (both need JavaScript: assets/css/no-script.css leaves them out without it).
import { bindCookbookButtons, browserStore } from "./cookbook-store.ts";

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
  button.addEventListener("click", () => window.print());
}
bindCookbookButtons(document, browserStore());
