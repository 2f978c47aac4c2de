/**
 * npm run bench:table-cpu: the patient table alone, against a bare node:http + pg server running
 * its exact SQL, with the node CPU each request costs: the quick loop for work on the table's
 * per-request node cost (decision 0023), without `npm run bench`'s full 10 minutes.
 *
 *   npm run bench:table-cpu -- --url postgres://postgres@127.0.0.1:5432/stride_small [--url ...]
 *     [--seconds 20] [--concurrency 10] [--profile /tmp/prof]
 *
 * Each --url is a database seeded by `npm run db:seed:large` (the demo password signs in
 * therapist-01@large.test). Per database: the table's statements are captured from PostgreSQL's
 * log (a separate server logging them, as `npm run bench` does), then the bare server and the
 * production build (`next start`) are driven in turn at the same concurrency. With --profile,
 * the measured server runs under `node --cpu-prof` and writes its .cpuprofile to that folder
 * when stopped (summarise it with scripts/bench/profile-summary.ts).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEMO_PASSWORD } from "@/lib/seed/demo-logins";
import { Cleanups } from "../shared/cleanups";
import { freeLoopbackPort, startNextServer } from "../shared/next-server";
import { signIn } from "../shared/sign-in";
import { percentile } from "../shared/stats";
import { groupCpuSeconds } from "./scale/cpu";
import { drive, same, type BenchRequest } from "./scale/driver";
import { startBareServer } from "./scale/processes";
import { page, TABLE_PATH } from "./scale/requests";
import { DEFAULT_POSTGRES_LOG, logSize, readLogFrom, statementsOf, withStatementLogging } from "./scale/statement-log";

const THERAPIST = "therapist-01@large.test";
const WARM_REQUESTS = 30;
const LOG_FLUSH_MS = 300;

const cleanups = new Cleanups();
cleanups.runOnInterrupt((signal) => `\n${signal}: stopping the servers...`);

type Measured = { requests: number; reqPerSec: number; p50: number; p975: number; cpuMsPerRequest: number; errors: number };

/** Drives `request` at `c` for `seconds` and reads the CPU of process group `pgrp` around it. */
async function measure(base: string, pgrp: number, request: BenchRequest, c: number, seconds: number): Promise<Measured> {
  await drive(base, same(c, request), { seconds: 2 }); // warm the connections and the JIT at this concurrency
  const cpu0 = groupCpuSeconds(pgrp);
  const r = await drive(base, same(c, request), { seconds });
  const cpu = groupCpuSeconds(pgrp) - cpu0;
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const served = r.latencies.length;
  if (r.errors > 0) console.log(`  ${r.errors} errors: ${r.errorSamples.join(" | ")}`);
  return {
    requests: r.requests,
    reqPerSec: round(served / (r.elapsedMs / 1000)),
    p50: round(percentile(sorted, 50)),
    p975: round(percentile(sorted, 97.5)),
    cpuMsPerRequest: round((cpu * 1000) / Math.max(1, r.requests)),
    errors: r.errors,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The table's statements that read patients, with their parameters, from a server that logs them. */
async function tableStatements(url: string) {
  const database = new URL(url).pathname.slice(1);
  const logging = startNextServer(await freeLoopbackPort(), withStatementLogging(url));
  cleanups.push("stop the logging server", logging.stop);
  await logging.waitForHealth();
  const request = page(TABLE_PATH, (await signIn(logging.base, THERAPIST, DEMO_PASSWORD)).header());
  await drive(logging.base, [(sent) => (sent < 1 ? request : null)]);
  const offset = logSize(DEFAULT_POSTGRES_LOG);
  await drive(logging.base, [(sent) => (sent < 1 ? request : null)]);
  await new Promise((r) => setTimeout(r, LOG_FLUSH_MS));
  const all = statementsOf(readLogFrom(DEFAULT_POSTGRES_LOG, offset), database);
  await logging.stop();
  console.log(`  ${all.length} statements per table request: ${all.map((s) => s.text.slice(0, 48).replace(/\s+/g, " ")).join(" | ")}`);
  const seen = new Set<string>();
  return all.filter((s) => /from "patients"/i.test(s.text) && !seen.has(s.text) && seen.add(s.text));
}

/** `next start` as the bench starts it, or under `node --cpu-prof` (a process group of its own either way). */
async function startStride(url: string, profileDir: string | undefined) {
  const port = await freeLoopbackPort();
  if (!profileDir) {
    const server = startNextServer(port, url);
    cleanups.push("stop next start", server.stop);
    await server.waitForHealth();
    return { base: server.base, pid: server.pid, stop: server.stop };
  }
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: url, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXTAUTH_URL: base };
  delete env.PGLITE_DIR;
  const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    detached: true, stdio: "ignore", env,
  });
  const pid = child.pid ?? -1;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // SIGINT, not SIGTERM: node writes the profile on a clean exit, which Next's SIGINT handler makes.
  const stop = async () => {
    if (child.exitCode !== null) return;
    process.kill(-pid, "SIGINT");
    await exited;
  };
  cleanups.push("stop the profiled server", stop);
  for (let i = 0; i < 360; i++) {
    if ((await fetch(`${base}/api/health`).then((r) => r.status, () => 0)) === 200) return { base, pid, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the profiled server did not answer /api/health within 90 s");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { url: { type: "string", multiple: true }, seconds: { type: "string", default: "20" }, concurrency: { type: "string", default: "10" }, profile: { type: "string" } },
  });
  const seconds = Number(values.seconds);
  const c = Number(values.concurrency);
  for (const url of values.url ?? []) {
    console.log(`${new URL(url).pathname.slice(1)}: ${TABLE_PATH} at c=${c} for ${seconds} s`);
    const statements = await tableStatements(url);
    const bare = await startBareServer(await freeLoopbackPort(), url, statements);
    cleanups.push("stop the bare server", bare.stop);
    const bareFigure = await measure(bare.base, bare.pid, { path: "/" }, c, seconds);
    await bare.stop();
    const stride = await startStride(url, values.profile);
    const request = page(TABLE_PATH, (await signIn(stride.base, THERAPIST, DEMO_PASSWORD)).header());
    await drive(stride.base, same(1, request), { seconds: 0.001 });
    for (let i = 0; i < WARM_REQUESTS; i++) await drive(stride.base, [(sent) => (sent < 1 ? request : null)]);
    const strideFigure = await measure(stride.base, stride.pid, request, c, seconds);
    await stride.stop();
    console.log(`  bare:   ${JSON.stringify(bareFigure)}`);
    console.log(`  stride: ${JSON.stringify(strideFigure)}  ratio ${round((strideFigure.reqPerSec / bareFigure.reqPerSec) * 100) / 100}`);
  }
}

main().then(
  () => cleanups.run().then(() => process.exit(0)),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    void cleanups.run().then(() => process.exit(1));
  },
);
