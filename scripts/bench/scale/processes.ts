/** The bare server as a child process of the benchmark, in a process group of its own (its CPU is read by group). */
import { spawn } from "node:child_process";
import path from "node:path";
import type { LoggedStatement } from "./statement-log";

export type BareServer = { base: string; pid: number; stop: () => Promise<void> };

const READY_WITHIN_MS = 30_000;

export async function startBareServer(port: number, databaseUrl: string, statements: LoggedStatement[]): Promise<BareServer> {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "scripts/bench/scale/bare-server.ts"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, BARE_DATABASE_URL: databaseUrl, BARE_PORT: String(port), BARE_STATEMENTS: JSON.stringify(statements) },
  });
  const pid = child.pid ?? -1;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return; // already gone
    }
    const kill = setTimeout(() => process.kill(-pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(kill);
  };
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bare server did not start within ${READY_WITHIN_MS / 1000} s: ${output}`)), READY_WITHIN_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the bare server exited with ${code}: ${output}`));
    });
  });
  return { base: `http://127.0.0.1:${port}`, pid, stop };
}
