/**
 * First-load JavaScript of a page, the one way Stride measures it (`npm run bench` and
 * `npm run bench:first-load-js` both call firstLoadJs): the page's HTML as served, every script
 * in it a current browser fetches before the page is interactive, each downloaded and gzipped
 * (level 9, as a CDN or nginx would send it), summed. What is counted, and how it was checked
 * against what Chromium really fetches (scripts/shared/first-load-js-browser.ts), is in
 * docs/performance.md, "First-load JS: what is counted".
 */
import { gzipSync } from "node:zlib";

const SCRIPT_TAG = /<script\b[^>]*>/gi;
const PRELOAD_TAG = /<link\b[^>]*>/gi;
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1];

function pathOf(url: string): string {
  const decoded = url.replace(/&amp;/g, "&");
  return decoded.startsWith("http") ? new URL(decoded).pathname + new URL(decoded).search : decoded;
}

/**
 * The distinct /_next/static/*.js paths a page's HTML makes the browser fetch at first load, in
 * document order: `<script src>` (not `noModule`: the legacy polyfills a current browser skips)
 * and `<link rel="preload" as="script">` / `rel="modulepreload"` (a preload is fetched at once).
 * Scripts that only the RSC payload names for later navigation are not in the HTML as tags.
 */
export function firstLoadScriptPaths(html: string): string[] {
  const paths = new Set<string>();
  for (const [tag] of html.matchAll(SCRIPT_TAG)) {
    const src = attribute(tag, "src");
    if (src && /\/_next\/static\/.+\.js/.test(src) && !/\snomodule\b/i.test(tag)) paths.add(pathOf(src));
  }
  for (const [tag] of html.matchAll(PRELOAD_TAG)) {
    const rel = attribute(tag, "rel")?.toLowerCase();
    const href = attribute(tag, "href");
    const script = rel === "modulepreload" || (rel === "preload" && attribute(tag, "as")?.toLowerCase() === "script");
    if (script && href && /\/_next\/static\/.+\.js/.test(href)) paths.add(pathOf(href));
  }
  return [...paths];
}

export const gzippedSize = (body: Buffer): number => gzipSync(body, { level: 9 }).length;

export type MeasuredScript = { path: string; gzippedBytes: number; body: Buffer };

/** Each script downloaded and gzipped once per server, however many pages name it. */
export class ScriptSizes {
  private readonly known = new Map<string, Promise<MeasuredScript>>();
  constructor(private readonly base: string) {}

  get(path: string): Promise<MeasuredScript> {
    let measured = this.known.get(path);
    if (!measured) {
      measured = fetch(`${this.base}${path}`)
        .then(async (res) => {
          if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
          return Buffer.from(await res.arrayBuffer());
        })
        .then((body) => ({ path, gzippedBytes: gzippedSize(body), body }));
      this.known.set(path, measured);
    }
    return measured;
  }
}

export type FirstLoad = { path: string; status: number; htmlBytes: number; scripts: number; gzippedBytes: number; chunks: MeasuredScript[] };

export async function firstLoadJs(base: string, path: string, cookie: string, sizes = new ScriptSizes(base)): Promise<FirstLoad> {
  const page = await fetch(`${base}${path}`, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
  const html = await page.text();
  const chunks = page.status === 200 ? await Promise.all(firstLoadScriptPaths(html).map((p) => sizes.get(p))) : [];
  const gzippedBytes = chunks.reduce((sum, c) => sum + c.gzippedBytes, 0);
  return { path, status: page.status, htmlBytes: Buffer.byteLength(html), scripts: chunks.length, gzippedBytes, chunks };
}
