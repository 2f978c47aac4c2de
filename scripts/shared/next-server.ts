import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";

/**
 * The production build (`next start`) on loopback, against a database of the tool's choosing, for
 * the tools that measure Stride from outside (npm run bench:triage, npm run test:load).
 */

const BUILD_ID = path.join(".next", "BUILD_ID");
const HEALTH_WITHIN_MS = 90_000;
const STOP_WITHIN_MS = 5000;
/** Server lines quoted when it fails to come up: enough for a stack trace. */
const QUOTED_LINES = 50;

export const hasProductionBuild = (): boolean => fs.existsSync(BUILD_ID);
export const productionBuildId = (): string => fs.readFileSync(BUILD_ID, "utf8").trim();

/** A loopback port nothing listens on right now (the system's choice). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Whether anything answers HTTP at `base`: a fixed port may be taken by another server. */
export async function somethingAnswers(base: string): Promise<boolean> {
  try {
    await fetch(`${base}/`, { signal: AbortSignal.timeout(2000), redirect: "manual" });
    return true;
  } catch {
    return false;
  }
}

export type NextServer = {
  base: string;
  /** The `next start` process, leader of its own process group (the next-server it forks is in the group); bench and bench:instances read its CPU and memory. */
  pid: number;
  /** Everything the server printed (stdout and stderr), line by line. */
  output: string[];
  /** Resolves with the milliseconds until /api/health answered 200; throws if the server exits or 90 s pass. */
  waitForHealth: () => Promise<number>;
  /** SIGTERM to the server's process group, SIGKILL after 5 s; resolves once it has exited. */
  stop: () => Promise<void>;
};

/**
 * `secret`: instances behind one proxy must share it (a fresh random one otherwise);
 * `publicUrl`: the address people open, the proxy's when there is one (this server's otherwise);
 * `env`: anything else the run needs, such as TRUST_PROXY.
 */
export type NextServerOptions = { secret?: string; publicUrl?: string; env?: Record<string, string> };

export function startNextServer(port: number, databaseUrl: string, options: NextServerOptions = {}): NextServer {
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env, ...options.env, NODE_ENV: "production", DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: options.secret ?? randomBytes(32).toString("base64url"), NEXTAUTH_URL: options.publicUrl ?? base,
  };
  // The database URL decides: a PGlite folder left in the environment must not be used instead.
  delete env.PGLITE_DIR;
  // node_modules/.bin/next directly (`npx` would leave an orphan), in a process group of its own
  // (detached), so stopping the group also stops the next-server it forks.
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const quoted = () => output.slice(-QUOTED_LINES).join("\n");

  const waitForHealth = async (): Promise<number> => {
    const t0 = performance.now();
    while (performance.now() - t0 < HEALTH_WITHIN_MS) {
      if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${quoted()}`);
      const status = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) }).then((r) => r.status, () => null); // null: not listening yet
      if (status === 200) return performance.now() - t0;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`/api/health did not answer 200 within ${HEALTH_WITHIN_MS / 1000} s:\n${quoted()}`);
  };

  const stop = async (): Promise<void> => {
    const pid = child.pid;
    if (child.exitCode !== null || child.signalCode !== null || pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal);
      } catch {
        // the group is already gone
      }
    };
    signalGroup("SIGTERM");
    const killLater = setTimeout(() => signalGroup("SIGKILL"), STOP_WITHIN_MS);
    await exited;
    clearTimeout(killLater);
  };

  return { base, pid: child.pid ?? -1, output, waitForHealth, stop };
}
