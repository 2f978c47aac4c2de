/**
 * npm run bench: Stride at the scale of a clinic network, measured from outside (issue 13).
 *
 * 1. Builds the app if .next holds no production build.
 * 2. Creates two scratch databases on the local PostgreSQL and seeds them (scripts/seed-large):
 *    100k patients, and the 1k variant.
 * 3. Counts statements per request on a `next start` that logs its statements (statement-phase.ts)
 *    and captures the patient table's exact SQL.
 * 4. Starts `next start` on each database and a bare node:http + pg server running the table's SQL
 *    on each, all on loopback; signs in a therapist, the admin, Sam and 50 logging patients.
 * 5. Measures first-load JS and HTML sizes, then every figure (scenarios.ts) BENCH_RUNS times,
 *    interleaved; writes bench/results/latest.{json,md} (and a dated copy under history/).
 * Servers are stopped and databases dropped whatever happens (also on Ctrl-C).
 *
 * Settings (environment): BENCH_ADMIN_URL (postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_SECONDS per figure (8), BENCH_RUNS (2), BENCH_PATIENTS (100000), BENCH_SMALL_PATIENTS (1000),
 * BENCH_SUBMIT_ROUNDS per patient and run (4), BENCH_SEED (2026), BENCH_POSTGRES_LOG
 * (/var/log/postgresql/postgresql-15-main.log).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { openPostgres } from "@/db/client";
import { createScratchDatabase } from "@/lib/testing/scratch-postgres";
import { seedLargeClinic, type LargeSeed } from "../../seed-large/load";
import { Cleanups } from "../../shared/cleanups";
import { freeLoopbackPort, hasProductionBuild, startNextServer, type NextServer } from "../../shared/next-server";
import { drive, same } from "./driver";
import type { Figure } from "./figures";
import { firstLoadJs } from "../../shared/first-load-js";
import { startBareServer } from "./processes";
import { markdown, type BenchResults } from "./report";
import { dashboard, freshProtocols, pdf, record, table } from "./requests";
import { runFigures, type BenchContext } from "./scenarios";
import { DEFAULT_POSTGRES_LOG, withStatementLogging } from "./statement-log";
import { countStatements } from "./statement-phase";
import { signInWorld } from "./world";
import { envNumber } from "../../shared/env-number";

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SECONDS = envNumber("BENCH_SECONDS", 8);
const RUNS = envNumber("BENCH_RUNS", 2);
const PATIENTS = envNumber("BENCH_PATIENTS", 100_000);
const SMALL_PATIENTS = envNumber("BENCH_SMALL_PATIENTS", 1000);
const SUBMIT_ROUNDS = envNumber("BENCH_SUBMIT_ROUNDS", 4);
const SEED = envNumber("BENCH_SEED", 2026);
const POSTGRES_LOG = process.env.BENCH_POSTGRES_LOG ?? DEFAULT_POSTGRES_LOG;
const STATEMENT_SAMPLES = 5;
const RESULTS = path.join("bench", "results");

const cleanups = new Cleanups();
cleanups.runOnInterrupt((signal) => `\n${signal}: stopping the servers and dropping the scratch databases...`);
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

async function seeded(name: string, patients: number, password: string): Promise<{ url: string; database: string; seed: LargeSeed }> {
  const scratch = await createScratchDatabase(ADMIN_URL, name); // refuses a non-local server
  cleanups.push(`drop ${name}`, scratch.drop);
  const handle = openPostgres(scratch.url);
  try {
    await handle.ready;
    const seed = await seedLargeClinic(handle.db, { patients, seed: SEED, password });
    log(`${patients} patients seeded in ${seed.seconds.toFixed(1)} s: ${JSON.stringify(seed.rows)}`);
    return { url: scratch.url, database: new URL(scratch.url).pathname.slice(1), seed };
  } finally {
    await handle.close();
  }
}

async function started(url: string): Promise<NextServer> {
  const server = startNextServer(await freeLoopbackPort(), url);
  cleanups.push("stop next start", server.stop);
  await server.waitForHealth();
  return server;
}

const printFigure = (f: Figure) =>
  log(`${f.key.padEnd(18)} run ${f.run}: ${String(f.reqPerSec).padStart(6)} req/s  p50 ${f.p50} p95 ${f.p95} p97.5 ${f.p975} p99 ${f.p99} ms  ${f.requests} req, ${f.errors} errors  CPU node ${f.nodeCpuSeconds} s / pg ${f.postgresCpuSeconds} s`);

async function main(): Promise<number> {
  const startedAt = new Date().toISOString();
  // The code measured is the code at the start: a commit made while the run goes on is not in it.
  const commit = git(["rev-parse", "--short", "HEAD"]) + (git(["status", "--porcelain", "--untracked-files=no"]) ? " (with uncommitted changes)" : "");
  if (!hasProductionBuild()) {
    log("No production build in .next: running next build...");
    if (spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit" }).status !== 0) return 1;
  }
  const password = randomBytes(12).toString("base64url");
  const big = await seeded("stride_bench_big", PATIENTS, password);
  const small = await seeded("stride_bench_small", SMALL_PATIENTS, password);

  log("Counting statements per request on a server that logs them...");
  const logged = await started(withStatementLogging(big.url));
  const statements = await countStatements(await signInWorld(logged.base, big.seed, password, 1), big.database, POSTGRES_LOG, STATEMENT_SAMPLES);
  await logged.stop();
  log(statements.unavailable ?? `statements per request: ${JSON.stringify(statements.perRequest)}; table SQL: ${statements.tableStatements.length} statements`);

  const [bigServer, smallServer] = await Promise.all([started(big.url), started(small.url)]);
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  cleanups.push("close the admin connection", () => admin.end());
  let bare: BenchContext["bare"] = null;
  if (statements.tableStatements.length > 0) {
    const forSmall = statements.tableStatements.map((s) => ({ ...s, params: s.params.map((p) => swapIds(p, big.seed, small.seed)) }));
    const bareBig = await startBareServer(await freeLoopbackPort(), big.url, statements.tableStatements);
    cleanups.push("stop the bare server (100k)", bareBig.stop);
    const bareSmall = await startBareServer(await freeLoopbackPort(), small.url, forSmall);
    cleanups.push("stop the bare server (1k)", bareSmall.stop);
    bare = { big: bareBig, small: bareSmall };
  }
  log(`next start on ${bigServer.base} (100k) and ${smallServer.base} (1k)${bare ? `; bare servers on ${bare.big.base} and ${bare.small.base}` : ""}; signing in...`);
  const bigWorld = await signInWorld(bigServer.base, big.seed, password, 50);
  const smallWorld = await signInWorld(smallServer.base, small.seed, password, 0);

  const firstLoad = [];
  for (const [path, cookie] of [["/my", bigWorld.sam], ["/my/log", bigWorld.sam], [`/patients/${big.seed.sam.patientId}`, bigWorld.therapist]] as const) {
    const { chunks: _scripts, ...figures } = await firstLoadJs(bigWorld.base, path, cookie);
    firstLoad.push(figures);
  }
  const html: Record<string, number> = {};
  for (const [label, request] of [["dashboard (therapist)", dashboard(bigWorld)], ["dashboard (admin)", dashboard(bigWorld, bigWorld.admin)], ["patient table, 100k", table(bigWorld)], ["record, 365 logs", record(bigWorld)]] as const) {
    html[label] = (await drive(bigWorld.base, [(sent) => (sent < 1 ? request : null)])).lastBodyBytes;
  }
  log(`first-load JS: ${firstLoad.map((l) => `${l.path} ${(l.gzippedBytes / 1024).toFixed(0)} kB`).join(", ")}; HTML: ${JSON.stringify(html)}`);

  const ctx: BenchContext = {
    big: bigWorld,
    small: smallWorld,
    stride: { big: bigServer, small: smallServer },
    bare,
    admin,
    databases: [big.database, small.database],
    seconds: SECONDS,
    submitRounds: SUBMIT_ROUNDS,
    nextProtocol: freshProtocols(bigWorld),
  };
  // Warm-up: the first requests of each kind compile and fill caches that every later one finds.
  for (const [base, request] of [[bigWorld.base, table(bigWorld)], [smallWorld.base, table(smallWorld)], [bigWorld.base, dashboard(bigWorld)], [bigWorld.base, record(bigWorld)], [bigWorld.base, pdf(bigWorld, big.seed.sam.protocolId)]] as const) {
    await drive(base, same(2, request), { seconds: 2 });
  }
  const figures: Figure[] = [];
  for (let run = 1; run <= RUNS; run++) figures.push(...(await runFigures(ctx, run, printFigure)));

  const notes = [...new Set(bigServer.output.concat(smallServer.output).filter((l) => /⨯|Error/.test(l)))].slice(0, 10).map((l) => `server said: ${l.slice(0, 300)}`);
  const results: BenchResults = {
    startedAt,
    commit,
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), load average at the end ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}, node ${process.version}, ${(await admin.query<{ v: string }>("select version() as v")).rows[0]?.v.split(" on ")[0]}; ${SECONDS} s per figure, ${RUNS} runs.`,
    seed: { number: SEED, big: big.seed.rows, small: small.seed.rows, seconds: { big: big.seed.seconds, small: small.seed.seconds } },
    statements,
    firstLoad,
    html,
    figures,
    notes,
  };
  fs.mkdirSync(path.join(RESULTS, "history"), { recursive: true });
  const text = markdown(results);
  const json = JSON.stringify(results, null, 2);
  const stamp = startedAt.replace(/[:.]/g, "-");
  for (const [file, body] of [["latest.md", text], ["latest.json", json], [`history/${stamp}.md`, text], [`history/${stamp}.json`, json]] as const) fs.writeFileSync(path.join(RESULTS, file), `${body}\n`);
  console.log(`\n${text}\nWritten to ${RESULTS}/latest.md and latest.json.`);
  return 0;
}

/** A parameter of the 100k database's table SQL as the 1k database's: its clinic and therapist ids differ. */
function swapIds(value: string, from: LargeSeed, to: LargeSeed): string {
  return value.replaceAll(from.clinicId, to.clinicId);
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args).toString().trim();
  } catch {
    return "unknown";
  }
}

main()
  .then(async (code) => {
    await cleanups.run();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await cleanups.run();
    process.exit(1);
  });
