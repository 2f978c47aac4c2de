/**
 * The load generator of `npm run bench`: closed-loop workers on node:http with keep-alive (lighter
 * than fetch, so less of the two shared cores goes to the generator), loopback only. Each worker
 * sends its next request as soon as the previous answer has been read, and stops by itself: when
 * its own list runs out or the time is up (a request in flight then is awaited, never abandoned).
 */
import http from "node:http";
import { performance } from "node:perf_hooks";

export type BenchRequest = { method?: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: Buffer };
/** A worker's next request, or null when it has no more to send. */
export type Worker = (sent: number) => BenchRequest | null;
/** Whether an answer counts as served (the default: HTTP 200). */
export type Accept = (status: number, body: string) => boolean;

export type DriveResult = {
  /** Milliseconds of every accepted answer. */
  latencies: number[];
  requests: number;
  errors: number;
  /** The first few refusals, for the report: status and the start of the body. */
  errorSamples: string[];
  /** Bytes of the last accepted answer's body (the HTML size of a page). */
  lastBodyBytes: number;
  elapsedMs: number;
};

const REQUEST_TIMEOUT_MS = 60_000;

function send(agent: http.Agent, base: URL, request: BenchRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body) headers["content-length"] = request.body.length;
    const req = http.request(
      { host: base.hostname, port: base.port, method: request.method ?? "GET", path: request.path, headers, agent, timeout: REQUEST_TIMEOUT_MS },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
    req.on("error", reject);
    req.end(request.body);
  });
}

/** Runs `workers` at once against `base` until each is done or `seconds` pass (no limit when undefined). */
export async function drive(base: string, workers: Worker[], options: { seconds?: number; accept?: Accept } = {}): Promise<DriveResult> {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: workers.length });
  const accept = options.accept ?? ((status) => status === 200);
  const result: DriveResult = { latencies: [], requests: 0, errors: 0, errorSamples: [], lastBodyBytes: 0, elapsedMs: 0 };
  const t0 = performance.now();
  const deadline = options.seconds === undefined ? Infinity : t0 + options.seconds * 1000;
  const loop = async (worker: Worker) => {
    for (let sent = 0; performance.now() < deadline; sent++) {
      const request = worker(sent);
      if (!request) return;
      const started = performance.now();
      const answer = await send(agent, url, request).catch((error: unknown) => ({ status: 0, body: error instanceof Error ? error.message : String(error) }));
      result.requests++;
      if (accept(answer.status, answer.body)) {
        result.latencies.push(performance.now() - started);
        result.lastBodyBytes = Buffer.byteLength(answer.body);
      } else {
        result.errors++;
        if (result.errorSamples.length < 3) result.errorSamples.push(`${answer.status} ${answer.body.slice(0, 160).replace(/\s+/g, " ")}`);
      }
    }
  };
  try {
    await Promise.all(workers.map(loop));
  } finally {
    agent.destroy();
  }
  result.elapsedMs = performance.now() - t0;
  return result;
}

/** `concurrency` workers all sending the same request. */
export const same = (concurrency: number, request: BenchRequest): Worker[] => Array.from({ length: concurrency }, () => () => request);
