import fs from "node:fs";
import { chromium } from "@playwright/test";

/**
 * Chromium, in this order: CHROMIUM_PATH, Playwright's own download, Debian's /usr/bin/chromium
 * (this project's machines cannot download Playwright's browser; .ci/run installs Debian's).
 * Shared by playwright.config.ts and the first-load JS check (scripts/shared/first-load-js-browser.ts).
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined; // let Playwright use its own
  } catch {
    // no bundled browser registered
  }
  return fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

/** Without these, Chromium tries to reach Google's services, which this closed network refuses. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"];
