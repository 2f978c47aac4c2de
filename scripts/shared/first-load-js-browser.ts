/**
 * The check on the HTML method (first-load-js.ts): what Chromium itself fetches as script when it
 * opens a page on a cold cache. Every response of resource type "script" is recorded with its
 * body, gzipped here (level 9, the same as the HTML method) because the server under test sends
 * it uncompressed. Scripts that arrive before the `load` event are the first load; any that come
 * after (a <Link>'s prefetch, a next/dynamic chunk) are listed apart and not counted.
 */
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./chromium";
import { gzippedSize } from "./first-load-js";

export type BrowserFirstLoad = {
  path: string;
  status: number;
  gzippedBytes: number;
  scripts: { path: string; gzippedBytes: number }[];
  /** Scripts fetched after `load` (within a second of network quiet): not first load. */
  later: string[];
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
}

/** "a=1; b=2" (a Cookie header) as cookies of `base`, for a fresh browser context. */
function cookiesOf(base: string, header: string) {
  return header
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ name: part.slice(0, part.indexOf("=")), value: part.slice(part.indexOf("=") + 1), url: base }));
}

export async function browserFirstLoadJs(browser: Browser, base: string, path: string, cookie: string): Promise<BrowserFirstLoad> {
  const context = await browser.newContext(); // a cold cache each time
  try {
    await context.addCookies(cookiesOf(base, cookie));
    const page = await context.newPage();
    let loaded = false;
    const first: Promise<{ path: string; gzippedBytes: number }>[] = [];
    const later: string[] = [];
    page.on("response", (res) => {
      if (res.request().resourceType() !== "script") return;
      const url = new URL(res.url());
      const scriptPath = url.pathname + url.search;
      if (loaded) later.push(scriptPath);
      else first.push(res.body().then((body) => ({ path: scriptPath, gzippedBytes: gzippedSize(body) })));
    });
    page.on("load", () => {
      loaded = true;
    });
    const answer = await page.goto(`${base}${path}`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1_000);
    const scripts = await Promise.all(first);
    return { path, status: answer?.status() ?? 0, gzippedBytes: scripts.reduce((sum, s) => sum + s.gzippedBytes, 0), scripts, later };
  } finally {
    await context.close();
  }
}
