// Finds and starts the browser that prints the books: Puppeteer's Chrome, PUPPETEER_EXECUTABLE_PATH, or a system Chromium.
import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer";

const SYSTEM_BROWSERS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export class NoBrowserError extends Error {
  constructor(tried: string[]) {
    super(
      [
        "No Chrome or Chromium was found to print the PDF books. Tried:",
        ...tried.map((path) => `  - ${path}`),
        "Install one of these and run the build again:",
        "  • Debian/Ubuntu: sudo apt-get install chromium",
        "  • Anywhere with internet: npx puppeteer browsers install chrome",
        "  • Or point PUPPETEER_EXECUTABLE_PATH at an installed Chrome/Chromium.",
      ].join("\n"),
    );
    this.name = "NoBrowserError";
  }
}

export interface BrowserSearch {
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  /** Puppeteer's own browser (its download, or what .puppeteerrc.cjs names); null when it has none. */
  puppeteerPath?: string | null;
}

function puppeteersOwn(): string | null {
  try {
    return puppeteer.executablePath();
  } catch {
    return null;
  }
}

/** The executable to use, in order of preference; throws NoBrowserError with install steps when none exists. */
export function findBrowser({ env = process.env, exists = existsSync, puppeteerPath = puppeteersOwn() }: BrowserSearch = {}): string {
  const candidates: string[] = [];
  if (puppeteerPath) candidates.push(puppeteerPath);
  if (env.PUPPETEER_EXECUTABLE_PATH) candidates.push(env.PUPPETEER_EXECUTABLE_PATH);
  candidates.push(...SYSTEM_BROWSERS);
  const found = candidates.find((path) => exists(path));
  if (!found) throw new NoBrowserError(candidates);
  return found;
}

/** Starts a headless browser that makes no network connections of its own. */
export async function launchBrowser(): Promise<Browser> {
  const args = [
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-quic",
    "--font-render-hinting=none",
  ];
  if (process.getuid?.() === 0) args.push("--no-sandbox");
  // Puppeteer's 30 s for the start is too short on a busy shared machine (seen at load averages of 30).
  return puppeteer.launch({ executablePath: findBrowser(), headless: true, args, timeout: 120_000 });
}
