// Vitest: unit tests beside the pure modules; content, build, PDF and browser tests in tests/, which share the builds of one global setup.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: "forks",
    // Two test files at a time even on a 2-core machine (Vitest's default there is one): a browser test waits on Chromium's
    // processes and a build test on its browsers, so a second file keeps the other core busy.
    maxWorkers: 2,
    projects: [
      // The pure modules keep no state between files, so their files share a process instead of starting one each.
      { extends: true, test: { name: "unit", include: ["scripts/**/*.test.ts", "assets/js/**/*.test.ts"], isolate: false } },
      // Every build in these tests prints the same date (2026-01-01), so their bytes can be compared.
      { extends: true, test: { name: "integration", include: ["tests/**/*.test.ts"], globalSetup: ["tests/setup/builds.ts"], env: { SOURCE_DATE_EPOCH: "1767225600" } } },
    ],
  },
});
