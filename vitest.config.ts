// Vitest: unit tests beside the pure modules; content, build, PDF and browser tests in tests/, which share the builds of one global setup.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "unit", include: ["scripts/**/*.test.ts", "assets/js/**/*.test.ts"] } },
      // Every build in these tests prints the same date (2026-01-01), so their bytes can be compared.
      { extends: true, test: { name: "integration", include: ["tests/**/*.test.ts"], globalSetup: ["tests/setup/builds.ts"], env: { SOURCE_DATE_EPOCH: "1767225600" } } },
    ],
  },
});
