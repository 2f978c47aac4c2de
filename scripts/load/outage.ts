import { execFileSync, spawnSync } from "node:child_process";
import net from "node:net";

/**
 * Two ways to take the database away for the load test's outage:
 * - "postgres" (the default, what the issue asks): stop the local PostgreSQL cluster with
 *   pg_ctlcluster and start it again. It is started again whatever happens: on error, on Ctrl-C,
 *   and, as a last resort, synchronously as the process exits.
 * - "relay": the app talks to PostgreSQL through a loopback TCP relay in this process, and the
 *   outage closes the relay and cuts its connections. The same failure as seen by the app
 *   (refused connects, dropped sessions), without stopping a server other work may be using.
 */
export type Outage = {
  /** The database URL the app should use: the server's own, or the relay's. */
  appUrl: (url: string) => string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Undo for cleanup: start again if stopped (idempotent). */
  restore: () => Promise<void>;
  describe: string;
};

type Cluster = { version: string; name: string; port: string };

/** The cluster listening on the admin URL's port, from pg_lsclusters. */
export function findCluster(port: string): Cluster {
  const lines = execFileSync("pg_lsclusters", ["-h"], { encoding: "utf8" }).trim().split("\n");
  for (const line of lines) {
    const [version, name, clusterPort] = line.trim().split(/\s+/);
    if (version && name && clusterPort === port) return { version, name, port };
  }
  throw new Error(`No PostgreSQL cluster listens on port ${port} (pg_lsclusters lists: ${lines.join("; ")})`);
}

function isReady(port: string): boolean {
  return spawnSync("pg_isready", ["-h", "127.0.0.1", "-p", port, "-q"]).status === 0;
}

export function postgresOutage(port: string): Outage {
  const cluster = findCluster(port);
  const ctl = (action: "stop" | "start") =>
    spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", cluster.version, cluster.name, action], { encoding: "utf8" });
  let stopped = false;
  const startSync = () => {
    if (!stopped) return;
    const result = ctl("start");
    if (result.status !== 0 && !isReady(port)) console.error(`pg_ctlcluster start failed: ${result.stderr}`);
    stopped = false;
  };
  // The last resort: exit handlers cannot wait, so this one starts the cluster synchronously.
  process.on("exit", startSync);
  return {
    describe: `PostgreSQL ${cluster.version}/${cluster.name} on port ${port}, stopped with pg_ctlcluster (fast mode) and started again`,
    appUrl: (url) => url,
    stop: async () => {
      stopped = true;
      const result = ctl("stop");
      if (result.status !== 0) throw new Error(`pg_ctlcluster stop failed (${result.status}): ${result.stderr}`);
    },
    start: async () => {
      startSync();
      for (let i = 0; i < 60 && !isReady(port); i++) await new Promise((r) => setTimeout(r, 250));
      if (!isReady(port)) throw new Error("PostgreSQL did not become ready within 15 s of starting");
    },
    restore: async () => startSync(),
  };
}

export async function relayOutage(targetPort: number): Promise<Outage> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(targetPort, "127.0.0.1");
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => undefined);
        }
        client.pipe(upstream).pipe(client);
        client.on("close", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve((server?.address() as net.AddressInfo).port));
    });
  const port = await listen(0);
  const close = async () => {
    const s = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    if (s) await new Promise<void>((r) => s.close(() => r()));
  };
  return {
    describe: `a loopback TCP relay on port ${port} in front of PostgreSQL on ${targetPort}, closed (connections cut) and reopened`,
    appUrl: (url) => {
      const u = new URL(url);
      u.port = String(port);
      return u.toString();
    },
    stop: close,
    start: async () => {
      if (!server) await listen(port);
    },
    restore: async () => {
      if (!server) await listen(port).catch(() => undefined);
    },
  };
}

/** Clients of this PostgreSQL server other than ours: stopping it would break their work. */
export async function otherClients(adminUrl: string, ourDatabase: string): Promise<string[]> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const result = await client.query<{ who: string }>(
      `select coalesce(datname, '?') || ' (' || coalesce(nullif(application_name, ''), 'client') || ', ' || state || ')' as who
         from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid() and datname is distinct from $1`,
      [ourDatabase],
    );
    return result.rows.map((r) => r.who);
  } finally {
    await client.end();
  }
}
