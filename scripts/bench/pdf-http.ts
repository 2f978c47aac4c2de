/**
 * Benchmark: the protocol handout over HTTP on the production build (issue 13, PDF row;
 * docs/decisions/0025-pdf-cache-and-render-worker.md). It
 *   1. creates a scratch PostgreSQL database, migrates it, loads the demo data and gives Sam's
 *      protocol four more versions of 12 exercises each;
 *   2. starts `next start` on it and signs in as Maya (therapist);
 *   3. times, one request at a time, the first render of a version (its cache rows deleted before
 *      each request, so every one is a miss) and the repeat download (a cache hit), 20 each;
 *   4. times the patient table alone, then while 4 clients keep 4 handouts rendering at once;
 *   5. stops the server and drops the database, however it ends.
 *
 *   npm run build && npx tsx --tsconfig scripts/tsconfig.json scripts/bench/pdf-http.ts
 *
 * It prints figures and asserts nothing about time; it exits non-zero only when a request fails.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { and, eq } from "drizzle-orm";
import { openPostgres, setDbHandle, type Database } from "@/db/client";
import { patients, protocolPdfCache, protocols, protocolVersions, users } from "@/db/schema";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { seedDemoData } from "@/lib/seed/demo-data";
import { insertProtocolVersion } from "@/lib/seed/factories";
import { createScratchDatabase } from "@/lib/testing/scratch-postgres";
import { Cleanups } from "../shared/cleanups";
import { freeLoopbackPort, hasProductionBuild, startNextServer } from "../shared/next-server";
import { signIn } from "../shared/sign-in";
import { formatMs, median, percentile } from "../shared/stats";

const RUNS = 20;
const EXERCISES = 12;
const CONCURRENT_PDFS = 4;
const TABLE_REQUESTS = 60;
const TABLE_PATH = "/patients?scope=all&q=a&page=2";
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DEMO_PASSWORD = "stride-demo-2026";

const cleanups = new Cleanups();
cleanups.runOnInterrupt((signal) => `\n${signal}: stopping the server and dropping the scratch database...`);

type Timed = { status: number; ms: number; cache: string | null; bytes: number };

async function timedGet(url: string, cookie: string): Promise<Timed> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
  const body = await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t0, cache: res.headers.get("x-stride-cache"), bytes: body.byteLength };
}

function summary(label: string, times: number[]): string {
  return `${label.padEnd(44)} n=${String(times.length).padStart(3)}  p50 ${formatMs(median(times), 1).padStart(9)}  p95 ${formatMs(percentile(times, 95), 1).padStart(9)}  max ${formatMs(Math.max(...times), 1).padStart(9)}`;
}

/** Four more versions of Sam's protocol, each with 12 built-in exercises: the issue's handout size. */
async function twelveExerciseVersions(db: Database): Promise<{ protocolId: string; versions: number[] }> {
  const [sam] = await db
    .select({ protocolId: protocols.id, current: protocols.currentVersion, therapistId: protocols.therapistId })
    .from(protocols)
    .innerJoin(patients, eq(patients.id, protocols.patientId))
    .innerJoin(users, eq(users.id, patients.userId))
    .where(and(eq(users.email, "sam@riverside.test"), eq(protocols.status, "active")));
  if (!sam) throw new Error("the demo data has no active protocol for sam@riverside.test");
  const library = [...(await builtInExerciseIds(db)).values()].slice(0, EXERCISES);
  const versions: number[] = [];
  for (let k = 1; k <= CONCURRENT_PDFS; k++) {
    const version = sam.current + k;
    await insertProtocolVersion(db, {
      protocolId: sam.protocolId, version, title: `Runner's knee, phase 2 (bench ${k})`, phase: 2, createdBy: sam.therapistId,
      items: library.map((ex, i) => ({
        exerciseId: ex.id, sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, side: "right" as const,
        load: i % 3 === 0 ? "Green band" : null, note: i % 2 === 0 ? "Move slowly and keep the kneecap in line with your second toe throughout." : null,
      })),
    });
    versions.push(version);
  }
  await db.update(protocols).set({ currentVersion: sam.current + CONCURRENT_PDFS }).where(eq(protocols.id, sam.protocolId));
  return { protocolId: sam.protocolId, versions };
}

async function forgetVersion(db: Database, protocolId: string, version: number): Promise<void> {
  const [row] = await db.select({ id: protocolVersions.id }).from(protocolVersions)
    .where(and(eq(protocolVersions.protocolId, protocolId), eq(protocolVersions.version, version)));
  if (row) await db.delete(protocolPdfCache).where(eq(protocolPdfCache.versionId, row.id));
}

async function main(): Promise<number> {
  if (!hasProductionBuild()) {
    console.error("No production build found: run `npm run build` first.");
    return 1;
  }
  const scratch = await createScratchDatabase(ADMIN_URL, "stride_bench_pdf");
  cleanups.push("drop the scratch database", scratch.drop);
  const handle = openPostgres(scratch.url);
  cleanups.push("close the benchmark's pool", handle.close);
  await handle.ready;
  setDbHandle(handle);
  const db = handle.db;
  await seedDemoData(db);
  const { protocolId, versions } = await twelveExerciseVersions(db);

  const server = startNextServer(await freeLoopbackPort(), scratch.url);
  cleanups.push("stop next start", server.stop);
  await server.waitForHealth();
  const cookie = (await signIn(server.base, "maya@riverside.test", DEMO_PASSWORD)).header();
  const pdfUrl = (version: number) => `${server.base}/protocols/${protocolId}/pdf?version=${version}`;
  console.log(`Machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; Node ${process.version}; PDF_RENDER_WORKERS=${process.env.PDF_RENDER_WORKERS ?? "(default)"}.`);

  const failures: string[] = [];
  const check = (what: string, r: Timed, cache?: string) => {
    if (r.status !== 200 || (cache && r.cache !== cache)) failures.push(`${what}: HTTP ${r.status}, X-Stride-Cache ${r.cache}`);
    return r.ms;
  };

  const [first] = versions;
  if (first === undefined) throw new Error("no bench versions");
  const coldest = await timedGet(pdfUrl(first), cookie);
  check("very first PDF", coldest, "miss");
  console.log(`Very first download after start (starts the worker thread): ${formatMs(coldest.ms, 1)}, ${(coldest.bytes / 1024).toFixed(0)} KiB, ${EXERCISES} exercises`);

  const misses: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await forgetVersion(db, protocolId, first);
    misses.push(check("first render", await timedGet(pdfUrl(first), cookie), "miss"));
  }
  const hits: number[] = [];
  for (let i = 0; i < RUNS; i++) hits.push(check("repeat", await timedGet(pdfUrl(first), cookie), "hit"));
  console.log(summary("first render of a version (cache miss)", misses));
  console.log(summary("repeat download (cache hit)", hits));

  const table = async (n: number) => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) times.push(check("patient table", await timedGet(`${server.base}${TABLE_PATH}`, cookie)));
    return times;
  };
  await table(5); // warm-up
  const alone = await table(TABLE_REQUESTS);

  let rendering = true;
  let rendered = 0;
  const renderers = versions.map(async (version) => {
    while (rendering) {
      await forgetVersion(db, protocolId, version);
      check("concurrent PDF", await timedGet(pdfUrl(version), cookie), "miss");
      rendered++;
    }
  });
  const during = await table(TABLE_REQUESTS);
  rendering = false;
  await Promise.all(renderers);

  console.log(summary(`patient table ${TABLE_PATH}, alone`, alone));
  console.log(summary(`same, while ${CONCURRENT_PDFS} PDFs render (${rendered} rendered)`, during));
  console.log(`p95 ratio (during / alone): ${(percentile(during, 95) / percentile(alone, 95)).toFixed(2)}`);
  if (failures.length > 0) {
    console.log(`\nFAIL:\n${[...new Set(failures)].map((f) => `  - ${f}`).join("\n")}`);
    return 1;
  }
  return 0;
}

void cleanups.exitAfter(main);
