// Small network helpers for the dev server's benchmark and tests: a free local port, and polling a page until it shows a text.
import { createServer } from "node:net";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

/** A TCP port on 127.0.0.1 no one listens on. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Polls `url` every 20 ms until its body contains `text`; after `ms` fails with `explain()` (e.g. the server's output). */
export async function waitForText(url: string, text: string, ms: number, explain: () => string = () => ""): Promise<void> {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    try {
      const response = await fetch(url, { cache: "no-store" });
      if (response.ok && (await response.text()).includes(text)) return;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  throw new Error(`${url} did not show "${text}" within ${ms / 1000} s.\n${explain()}`);
}
