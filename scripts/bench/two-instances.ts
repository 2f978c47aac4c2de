/**
 * npm run bench:instances: two `next start` instances on one PostgreSQL database, behind a
 * round-robin proxy, checked to behave as one Stride and measured against one instance alone.
 *
 *   npm run bench:instances          (builds first if there is no production build)
 *
 * 1. A scratch database on the local PostgreSQL (dropped at the end whatever happens), migrated,
 *    with the demo data plus BENCH_INSTANCES_PATIENTS patients (1,000) and 5 therapists.
 * 2. Instances A and B (`next start`, loopback) with the same NEXTAUTH_SECRET, NEXTAUTH_URL the
 *    proxy's address and TRUST_PROXY=true, behind a node:http round-robin proxy in this process
 *    that appends X-Forwarded-For as nginx does (two-instances-proxy.ts).
 * 3. Checks (two-instances-checks.ts): a session signed out through A is refused by B; sign-in
 *    throttling counts failures made on A and B together (pair and address limits, and a burst of
 *    simultaneous attempts gets exactly the pair limit's password checks); the same
 *    flag-raising log saved through A and B at once stores one flag.
 * 4. Throughput at c=20 through the proxy, one instance then two, on the patient table and
 *    /dashboard, BENCH_INSTANCES_ROUNDS (2) interleaved rounds of BENCH_INSTANCES_SECONDS (15) each
 *    after a 3 s warm-up, with each instance's RSS (VmRSS summed over its process tree) and CPU.
 * 5. bench/results/instances-<date>.json and .md. Exits 1 if a check fails or a load request is
 *    not answered 200.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { sql } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { DEMO_PASSWORD } from "@/lib/seed/demo-logins";
import { createScratchDatabase } from "@/lib/testing/scratch-postgres";
import { seedLoadData } from "../load/seed";
import { Cleanups } from "../shared/cleanups";
import { freeLoopbackPort, hasProductionBuild, startNextServer, type NextServer } from "../shared/next-server";
import { signIn } from "../shared/sign-in";
import { drive } from "./closed-loop-driver";
import { sampleTree, watchMachine, watchTrees } from "./process-tree";
import { flagRaisedOnce, sessionEndedOnAIsRefusedOnB, throttlesAreShared, type CheckResult, type Instances } from "./two-instances-checks";
import { startRoundRobinProxy } from "./two-instances-proxy";
import { markdown, requestsPerCpuSecond, scaling, writeReport, type ThroughputRun } from "./two-instances-report";
import { envNumber } from "../shared/env-number";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PATIENTS = envNumber("BENCH_INSTANCES_PATIENTS", 1000);
const THERAPISTS = 5;
const SECONDS = envNumber("BENCH_INSTANCES_SECONDS", 15);
const ROUNDS = envNumber("BENCH_INSTANCES_ROUNDS", 2);
const WARM_UP_SECONDS = 3;
const CONCURRENCY = 20;
const PATHS = ["/patients?scope=all&page=5", "/dashboard"];
/** Patients whose logs the flag check saves through both instances. */
const FLAG_PATIENTS = 4;

const cleanups = new Cleanups();
cleanups.runOnInterrupt((signal) => `\n${signal}: stopping the servers and the proxy, dropping the scratch database...`);
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");
const rssMb = (pid: number | undefined) => (pid ? Math.round((sampleTree(pid).rssKb / 1024) * 10) / 10 : 0);

function buildIfMissing(): void {
  if (hasProductionBuild()) return;
  console.log("No production build in .next: running `next build` first...");
  const built = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
  if (built.status !== 0 || !hasProductionBuild()) throw new Error(`next build failed (exit ${built.status})`);
}

async function startInstances(databaseUrl: string): Promise<{ at: Instances; servers: Record<"A" | "B", NextServer>; proxy: Awaited<ReturnType<typeof startRoundRobinProxy>> }> {
  const proxy = await startRoundRobinProxy(await freeLoopbackPort(), []);
  cleanups.push("close the proxy", proxy.close);
  // One secret for both, as a deployment shares it: a cookie signed by one is read by the other.
  const shared = { secret: randomBytes(32).toString("base64url"), publicUrl: proxy.base, env: { TRUST_PROXY: "true" } };
  const a = startNextServer(await freeLoopbackPort(), databaseUrl, shared);
  cleanups.push("stop instance A", a.stop);
  const b = startNextServer(await freeLoopbackPort(), databaseUrl, shared);
  cleanups.push("stop instance B", b.stop);
  const [readyA, readyB] = await Promise.all([a.waitForHealth(), b.waitForHealth()]);
  proxy.setUpstreams([a.base, b.base]);
  console.log(`Instance A ${a.base} (pid ${a.pid}, healthy after ${(readyA / 1000).toFixed(1)} s), B ${b.base} (pid ${b.pid}, ${(readyB / 1000).toFixed(1)} s), proxy ${proxy.base}.`);
  return { at: { a: a.base, b: b.base, proxy: proxy.base }, servers: { A: a, B: b }, proxy };
}

async function main(): Promise<number> {
  buildIfMissing();
  const loadBefore = loadAverage();
  const scratch = await createScratchDatabase(ADMIN_URL, "stride_bench_instances"); // refuses a non-local server
  cleanups.push("drop the scratch database", scratch.drop);
  const handle = openPostgres(scratch.url);
  cleanups.push("close the bench's pool", handle.close);
  await handle.ready; // migrates
  const db = handle.db;
  const password = randomBytes(12).toString("base64url");
  const users = await seedLoadData(db, { patients: PATIENTS, therapists: THERAPISTS }, password);
  const [{ version } = { version: "?" }] = ((await db.execute(sql`select current_setting('server_version') as version`)) as unknown as { rows: { version: string }[] }).rows;
  console.log(`Scratch database ${new URL(scratch.url).pathname.slice(1)} on PostgreSQL ${version}: migrated, demo data, ${PATIENTS} patients and ${THERAPISTS} therapists added.`);

  const { at, servers, proxy } = await startInstances(scratch.url);
  const pids = { A: servers.A.pid ?? 0, B: servers.B.pid ?? 0 };
  const idleRssMb = { A: rssMb(pids.A), B: rssMb(pids.B) };

  // Sign-ins for the load first: the throttle check below blocks its own addresses for 15 minutes.
  const cookies = await Promise.all(users.therapists.map(async (email) => (await signIn(at.proxy, email, password)).header()));

  const checks: CheckResult[] = [];
  const report = (c: CheckResult) => {
    checks.push(c);
    console.log(`\n${c.passed ? "PASS" : "FAIL"} ${c.name}\n${c.details.map((d) => `  ${d}`).join("\n")}`);
  };
  report(await sessionEndedOnAIsRefusedOnB(db, at, "maya@riverside.test", DEMO_PASSWORD));
  const throttled = users.patients.at(-1) as string; // kept out of every other use
  report(await throttlesAreShared(db, at, { email: throttled, password }));
  report(await flagRaisedOnce(db, at, users.patients.slice(0, FLAG_PATIENTS), password, users.logDates[0] as string));

  console.log(`\nThroughput through the proxy, c=${CONCURRENCY}, ${ROUNDS} rounds of ${SECONDS} s (after ${WARM_UP_SECONDS} s warm-up) per path and setup:`);
  const throughput: ThroughputRun[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const path of PATHS) {
      for (const setup of ["one instance", "two instances"] as const) {
        proxy.setUpstreams(setup === "one instance" ? [at.a] : [at.a, at.b]);
        await drive(at.proxy, path, cookies, { concurrency: CONCURRENCY, seconds: WARM_UP_SECONDS });
        proxy.resetServed();
        const watch = watchTrees(pids);
        const machineWatch = watchMachine();
        const result = await drive(at.proxy, path, cookies, { concurrency: CONCURRENCY, seconds: SECONDS });
        const trees = watch.stop();
        const machine = { ...machineWatch.stop(), loadAverage: loadAverage() };
        const served = Object.fromEntries(Object.entries(proxy.served()).map(([base, n]) => [base === at.a ? "A" : "B", n]));
        const run: ThroughputRun = { setup, round, result, served, trees, machine };
        throughput.push(run);
        console.log(`  ${path.padEnd(28)} ${setup.padEnd(13)} round ${round}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms, ` +
          `errors ${result.errors}; served ${JSON.stringify(served)}; RSS peak A ${trees.A?.peakRssMb} MB, B ${trees.B?.peakRssMb} MB; CPU A ${trees.A?.cpuSeconds} s, B ${trees.B?.cpuSeconds} s, ` +
          `${requestsPerCpuSecond(run)} requests per instance CPU s; driver+proxy ${machine.benchProcessCpuSeconds} s; machine ${machine.busyPercent}% busy`);
      }
    }
  }
  const loadErrors = throughput.filter((t) => t.result.errors > 0);
  report({
    name: "every load request was answered 200",
    passed: loadErrors.length === 0,
    details: loadErrors.length === 0 ? [`${throughput.reduce((s, t) => s + t.result.requests, 0)} measured requests`] : loadErrors.map((t) => `${t.result.path} ${t.setup} round ${t.round}: ${JSON.stringify(t.result.statuses)}`),
  });

  const full = {
    date: new Date().toISOString().slice(0, 10),
    machine: { cores: os.cpus().length, node: process.version, postgres: version, loadAverageBefore: loadBefore, loadAverageAfter: loadAverage() },
    data: { patients: PATIENTS, therapists: THERAPISTS },
    idleRssMb,
    checks,
    throughput,
  };
  console.log(`\n${scaling(throughput).map((s) => `${s.path}: one ${s.one} req/s, two ${s.two} req/s (x${s.ratio})`).join("\n")}`);
  console.log(`\nWrote ${writeReport(full).join(" and ")}.`);
  if (process.env.BENCH_INSTANCES_PRINT_MD === "1") console.log(markdown(full));
  const failed = checks.filter((c) => !c.passed);
  if (failed.length > 0) {
    console.log(`\nFAIL: ${failed.map((c) => c.name).join("; ")}`);
    for (const [name, server] of Object.entries(servers)) {
      const errors = server.output.filter((l) => /⨯|Error/.test(l)).slice(-10);
      if (errors.length) console.log(`Instance ${name} printed:\n  ${errors.join("\n  ")}`);
    }
    return 1;
  }
  return 0;
}

void cleanups.exitAfter(main);
