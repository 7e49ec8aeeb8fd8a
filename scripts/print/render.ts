// Prints one local HTML file to PDF: scripts off, every non-local request blocked, any failed request fails the print.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer";

export interface PrintOptions {
  /** The print HTML file. */
  htmlFile: string;
  /** Only files inside this folder may be loaded (the build output). */
  allowDir: string;
  /** Tagged (accessible) PDF with outline; a measuring pass can turn both off for speed. */
  tagged?: boolean;
  timeoutMs?: number;
}

export class PrintRequestError extends Error {
  constructor(readonly failures: string[]) {
    super(`Printing stopped because these requests failed or were blocked:\n${failures.map((failure) => `  - ${failure}`).join("\n")}`);
    this.name = "PrintRequestError";
  }
}

/** Whether a URL is a file inside `allowDir` (or inline data). */
export function isAllowedUrl(url: string, allowDir: string): boolean {
  if (url.startsWith("data:")) return true;
  if (!url.startsWith("file://")) return false;
  const file = path.resolve(fileURLToPath(url));
  const root = path.resolve(allowDir);
  return file === root || file.startsWith(root + path.sep);
}

/** A print HTML file loaded in a tab, ready to print once or several times. */
export interface OpenDocument {
  page: Page;
  /** Prints the document as it is now; throws PrintRequestError if any request failed or was blocked so far. */
  print(options?: { tagged?: boolean }): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Loads `htmlFile` with page scripts off and every non-local request blocked. */
export async function openForPrint(browser: Browser, options: PrintOptions): Promise<OpenDocument> {
  const page = await browser.newPage();
  const failures: string[] = [];
  const timeout = options.timeoutMs ?? 180_000;
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      if (isAllowedUrl(request.url(), options.allowDir)) return void request.continue();
      failures.push(`${request.url()} (blocked: not a local file of the build)`);
      void request.abort("blockedbyclient");
    });
    page.on("requestfailed", (request) => {
      const reason = request.failure()?.errorText ?? "failed";
      if (!reason.startsWith("net::ERR_BLOCKED_BY_CLIENT")) failures.push(`${request.url()} (${reason})`);
    });
    await page.goto(pathToFileURL(options.htmlFile).href, { waitUntil: "load", timeout });
  } catch (error) {
    await page.close();
    throw error;
  }
  return {
    page,
    async print({ tagged = options.tagged ?? true } = {}) {
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged, outline: tagged, waitForFonts: true, timeout });
      if (failures.length > 0) throw new PrintRequestError(failures);
      return pdf;
    },
    close: () => page.close(),
  };
}

/** Returns the PDF bytes of `htmlFile` as Chromium prints it, honouring the CSS @page size. */
export async function printToPdf(browser: Browser, options: PrintOptions): Promise<Uint8Array> {
  const document = await openForPrint(browser, options);
  try {
    return await document.print();
  } finally {
    await document.close();
  }
}
