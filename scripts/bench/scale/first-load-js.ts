/**
 * First-load JavaScript of a page as a browser fetches it: every /_next/static script the HTML
 * names, downloaded and gzipped (level 9, as a CDN would send it), summed.
 */
import { gzipSync } from "node:zlib";

/** The distinct /_next/static/*.js paths a page's HTML loads with <script src>; noModule polyfills are for old browsers only, left out. */
export function scriptPaths(html: string): string[] {
  const paths = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]*\/_next\/static\/[^"]+\.js[^"]*)"[^>]*>/g)) {
    if (/\snomodule/i.test(match[0])) continue;
    const src = match[1] ?? "";
    paths.add(src.startsWith("http") ? new URL(src).pathname : src.replace(/&amp;/g, "&"));
  }
  return [...paths];
}

export type FirstLoad = { path: string; status: number; htmlBytes: number; scripts: number; gzippedBytes: number };

export async function firstLoadJs(base: string, path: string, cookie: string): Promise<FirstLoad> {
  const page = await fetch(`${base}${path}`, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
  const html = await page.text();
  const scripts = scriptPaths(html);
  let gzippedBytes = 0;
  for (const script of scripts) {
    const body = Buffer.from(await (await fetch(`${base}${script}`)).arrayBuffer());
    gzippedBytes += gzipSync(body, { level: 9 }).length;
  }
  return { path, status: page.status, htmlBytes: Buffer.byteLength(html), scripts: scripts.length, gzippedBytes };
}
