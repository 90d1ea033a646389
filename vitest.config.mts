import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

// Unit tests are pure (no I/O) and run under an odd time zone (tests/unit/setup-zone.ts) so a time
// bug shows.
// Integration tests talk to a real PostgreSQL created for the run (tests/integration/global-setup.ts).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["lib/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"], environment: "node", setupFiles: ["tests/unit/setup-zone.ts"] },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
