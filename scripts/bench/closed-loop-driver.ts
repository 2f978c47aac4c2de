import { performance } from "node:perf_hooks";
import { percentile } from "../shared/stats";

/**
 * A closed-loop load driver: `concurrency` workers, each sending its next request as soon as the
 * last answered, for a fixed time. Each request carries one of the signed-in cookies in turn (a
 * clinic's staff, not one person). Loopback only: the caller passes a 127.0.0.1 base.
 */

export type DriveResult = {
  path: string;
  concurrency: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Answers other than 200 (a redirect to /login would mean a lost session), and network errors. */
  errors: number;
  statuses: Record<string, number>;
};

const round = (x: number, places = 1) => Math.round(x * 10 ** places) / 10 ** places;

export async function drive(base: string, path: string, cookies: string[], { concurrency, seconds }: { concurrency: number; seconds: number }): Promise<DriveResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) throw new Error(`load goes to loopback only, not ${base}`);
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let nextCookie = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;

  const worker = async () => {
    while (performance.now() < end) {
      const cookie = cookies[nextCookie++ % cookies.length] ?? "";
      const start = performance.now();
      let status: string;
      try {
        const res = await fetch(`${base}${path}`, { headers: { cookie, accept: "text/html" }, redirect: "manual", signal: AbortSignal.timeout(30_000) });
        await res.arrayBuffer(); // to the last byte, as a browser waits for it
        status = String(res.status);
      } catch (error) {
        status = `network: ${(error as { cause?: { code?: string } }).cause?.code ?? (error instanceof Error ? error.name : "error")}`;
      }
      times.push(performance.now() - start);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  const errors = Object.entries(statuses).reduce((sum, [status, n]) => (status === "200" ? sum : sum + n), 0);
  return {
    path, concurrency, seconds: round(elapsed), requests: times.length, requestsPerSecond: round(times.length / elapsed),
    p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), p99Ms: round(percentile(times, 99)), errors, statuses,
  };
}
