import { execSync } from "node:child_process";
import { defineConfig } from "@playwright/test";
import { e2eSettings } from "./scripts/lib/e2e-settings.mjs";

const settings = e2eSettings();

/** A system Chromium (Debian's `chromium`) when there is one; otherwise Playwright's own browser. */
function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      return execSync(`command -v ${name}`, { stdio: ["ignore", "pipe", "ignore"] }).toString().trim() || undefined;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

export default defineConfig({
  testDir: "e2e",
  // Several app instances share one PostgreSQL server; the embedded database serves one instance.
  testIgnore: settings.embedded ? ["**/live-instances.spec.ts"] : [],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: settings.baseUrl,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${settings.baseUrl}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
