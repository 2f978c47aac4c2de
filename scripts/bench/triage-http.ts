/**
 * The HTTP side of `npm run bench:triage`: each dashboard view requested from the running
 * production server one at a time, timed to the full body, its HTML weighed and read back (flags
 * listed, the header's total, the page links) and held to the issue's limits.
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { COUNT_CAP } from "@/lib/dal/capped-page";
import { QUEUE_PAGE_SIZE } from "@/lib/dal/flags";
import { formatTotal } from "@/lib/format";
import { formatMs, median, percentile } from "../shared/stats";

// The issue's stated limits: a view fails the requirement above either.
export const MEDIAN_LIMIT_MS = 1000;
const HTML_LIMIT_BYTES = 150 * 1024;

export const WARM_UP = 5;
export const MEASURED = 25;
/** Optional: a folder to keep the last HTML body of each view in, to see what the bytes are. */
const SAVE_HTML = process.env.BENCH_SAVE_HTML;

export type Role = "therapist" | "admin";

export const HTTP_VIEWS: { as: Role; path: string }[] = [
  { as: "therapist", path: "/dashboard?scope=all" },
  { as: "therapist", path: "/dashboard?scope=mine" },
  { as: "therapist", path: "/dashboard?scope=all&page=40" },
  { as: "admin", path: "/dashboard" },
];

const ms = (x: number) => formatMs(x, 1);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

type Served = { status: number; ms: number; body: Buffer; location: string | null };

async function get(url: string, cookie: string): Promise<Served> {
  const t0 = performance.now();
  // identity: the body as the page renders it; its gzip size is computed below.
  const res = await fetch(url, { headers: { cookie, accept: "text/html", "accept-encoding": "identity" }, redirect: "manual", signal: AbortSignal.timeout(30_000) });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, ms: performance.now() - t0, body, location: res.headers.get("location") };
}

/**
 * Requests every view (warm-up, then measured), prints its figures, and returns what broke the
 * requirement: a status other than 200, a median or a page over the limits, a page that does not
 * list a full page of flags, or a header total other than the database's (`expected`).
 */
export async function measureViews(base: string, cookies: Record<Role, string>, expected: { all: number; mine: number }): Promise<string[]> {
  const failures: string[] = [];
  for (const view of HTTP_VIEWS) {
    const statuses = new Set<number>();
    const times: number[] = [];
    let last: Served | undefined;
    for (let i = 0; i < WARM_UP + MEASURED; i++) {
      const served = await get(`${base}${view.path}`, cookies[view.as]);
      statuses.add(served.status);
      if (i >= WARM_UP) times.push(served.ms);
      last = served;
      if (served.status !== 200) break;
    }
    if (!last) continue;
    const html = last.body.toString("utf8");
    const text = html.replace(/<!-- -->/g, "");
    const items = (html.match(/name="flagId"/g) ?? []).length;
    const reviewButtons = (html.match(/Mark reviewed/g) ?? []).length;
    const total = /Triage: ([\d,]+\+?) open flag/.exec(text)?.[1];
    const pageOf = /Page (\d+)(?: of (\d+))?/.exec(text);
    const gzip = gzipSync(last.body).length;
    // The inline RSC payload (the same tree again, as data for hydration, with the client
    // components' props) versus the markup itself. Its script tags carry the CSP nonce (proxy.ts).
    const payload = [...html.matchAll(/<script\b[^>]*>self\.__next_f\.push\(.*?\)<\/script>/gs)].reduce((sum, m) => sum + Buffer.byteLength(m[0]), 0);
    if (SAVE_HTML) {
      fs.mkdirSync(SAVE_HTML, { recursive: true });
      fs.writeFileSync(path.join(SAVE_HTML, `${view.as}-${view.path.replace(/[^a-z0-9]+/gi, "_")}.html`), last.body);
    }
    console.log(`${view.as.padEnd(9)} ${view.path}`);
    if (statuses.size !== 1 || !statuses.has(200)) {
      failures.push(`${view.as} ${view.path}: HTTP ${[...statuses].join(", ")}${last.location ? ` -> ${last.location}` : ""}`);
      console.log(`  HTTP ${[...statuses].join(", ")}${last.location ? ` -> ${last.location}` : ""}\n`);
      continue;
    }
    console.log(`  median ${ms(median(times))}  p95 ${ms(percentile(times, 95))}  max ${ms(Math.max(...times))}  min ${ms(Math.min(...times))}`);
    console.log(`  HTML ${kb(last.body.length)} (gzip ${kb(gzip)}; inline RSC payload ${kb(payload)} of it); ${items} flags listed (${reviewButtons} "Mark reviewed"); header "Triage: ${total ?? "?"} open flags"; ${pageOf ? `page ${pageOf[1]}${pageOf[2] ? ` of ${pageOf[2]}` : ""}` : "no page links"}\n`);
    if (median(times) > MEDIAN_LIMIT_MS) failures.push(`${view.as} ${view.path}: median ${ms(median(times))} > ${MEDIAN_LIMIT_MS} ms`);
    if (last.body.length > HTML_LIMIT_BYTES) failures.push(`${view.as} ${view.path}: HTML ${kb(last.body.length)} > 150 kB`);
    if (items !== QUEUE_PAGE_SIZE) failures.push(`${view.as} ${view.path}: ${items} flags listed, expected a page of ${QUEUE_PAGE_SIZE}`);
    const counted = view.path.includes("scope=mine") ? expected.mine : expected.all;
    // What the header must say: the database's count, or "1,000+" past the cap (lib/dal/capped-page.ts).
    const expectedTotal = formatTotal({ total: Math.min(counted, COUNT_CAP), capped: counted > COUNT_CAP });
    if (total !== expectedTotal) failures.push(`${view.as} ${view.path}: header says ${total} open flags, expected "${expectedTotal}" (the database has ${counted} for this scope)`);
  }
  return failures;
}

/** Requests at once for the throughput figure, and how many in all (after a warm-up of one round). */
export const CONCURRENCY = 10;
const CONCURRENT_REQUESTS = 200;

/**
 * Throughput of one view with CONCURRENCY requests in flight (the issue's c=10 figure): each
 * worker sends its next request when its last answered. Prints req/s, p50 and p95; returns a
 * failure if any answer was not 200.
 */
export async function measureConcurrent(base: string, view: { as: Role; path: string }, cookie: string): Promise<string[]> {
  await Promise.all(Array.from({ length: CONCURRENCY }, () => get(`${base}${view.path}`, cookie)));
  const times: number[] = [];
  const statuses = new Set<number>();
  let sent = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < CONCURRENT_REQUESTS) {
        sent++;
        const served = await get(`${base}${view.path}`, cookie);
        statuses.add(served.status);
        times.push(served.ms);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${view.as.padEnd(9)} ${view.path} at c=${CONCURRENCY}, ${CONCURRENT_REQUESTS} requests`);
  console.log(`  ${(CONCURRENT_REQUESTS / seconds).toFixed(1)} req/s  p50 ${ms(median(times))}  p95 ${ms(percentile(times, 95))}  max ${ms(Math.max(...times))}\n`);
  return statuses.size === 1 && statuses.has(200) ? [] : [`${view.as} ${view.path} at c=${CONCURRENCY}: HTTP ${[...statuses].join(", ")}`];
}
