import fs from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

/**
 * Chromium, in this order: CHROMIUM_PATH, Playwright's own download, Debian's /usr/bin/chromium
 * (this project's machines cannot download Playwright's browser; .ci/run installs Debian's).
 */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined; // let Playwright use its own
  } catch {
    // no bundled browser registered
  }
  return fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const PORT = Number(process.env.E2E_PORT ?? 3300);
export const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  // Every test may run alongside any other: tests only read the demo personas' data, and a test that
  // changes data makes its own records and accounts first (`fresh` in e2e/fixtures.ts).
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      // Without these, Chromium tries to reach Google's services, which this closed network refuses.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A production build on its own PGlite folder, reset and seeded each run (scripts/e2e-server.ts).
    command: "npx tsx --tsconfig scripts/tsconfig.json scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT) },
  },
});
