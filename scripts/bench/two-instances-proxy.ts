import http from "node:http";
import type net from "node:net";

/**
 * The load balancer of `npm run bench:instances`: a round-robin HTTP proxy on loopback, in this
 * process, in front of one or more `next start` instances. It does what an nginx in front of
 * Stride does and no more: the Host header passes through unchanged (so form posts keep their
 * origin), and the client's address is appended to X-Forwarded-For, which Stride believes with
 * TRUST_PROXY=true (lib/request-ip.ts takes the last entry). Which upstreams take part can change
 * between measurements (one instance, then two).
 */

export type RoundRobinProxy = {
  base: string;
  /** The instances the next requests are shared between, in turn. */
  setUpstreams: (bases: string[]) => void;
  /** Requests sent to each upstream since the last reset, by its base URL. */
  served: () => Record<string, number>;
  resetServed: () => void;
  close: () => Promise<void>;
};

/** The next upstream in turn: a counter over the list, so N requests split as evenly as N allows. */
export function roundRobin<T>(items: readonly T[]): () => T {
  let next = 0;
  return () => {
    const item = items[next % items.length];
    if (item === undefined) throw new Error("no upstream to send the request to");
    next += 1;
    return item;
  };
}

/** X-Forwarded-For with `clientAddress` appended, as nginx's $proxy_add_x_forwarded_for writes it. */
export function appendForwardedFor(existing: string | string[] | undefined, clientAddress: string): string {
  const before = Array.isArray(existing) ? existing.join(", ") : existing;
  return before ? `${before}, ${clientAddress}` : clientAddress;
}

/** Strips the IPv4-mapped prefix node gives sockets on a dual-stack listener ("::ffff:127.0.0.1"). */
const plainAddress = (socket: net.Socket) => (socket.remoteAddress ?? "").replace(/^::ffff:/, "");

export async function startRoundRobinProxy(port: number, upstreams: string[]): Promise<RoundRobinProxy> {
  // Kept-alive connections to the instances, as nginx's upstream keepalive would keep them.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let pick = roundRobin(upstreams);
  let served = new Map<string, number>();

  const server = http.createServer((req, res) => {
    const target = new URL(pick());
    served.set(target.origin, (served.get(target.origin) ?? 0) + 1);
    const headers = { ...req.headers, "x-forwarded-for": appendForwardedFor(req.headers["x-forwarded-for"], plainAddress(req.socket)) };
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      // What nginx answers when an upstream is gone: 502, never a hang.
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`Bad gateway: ${error.message}`);
    });
    req.pipe(upstream);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });

  return {
    base: `http://127.0.0.1:${port}`,
    setUpstreams: (bases) => {
      pick = roundRobin(bases);
    },
    served: () => Object.fromEntries(served),
    resetServed: () => {
      served = new Map();
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
