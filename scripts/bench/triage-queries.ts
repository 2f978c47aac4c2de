/**
 * The database side of `npm run bench:triage`: the dashboard's DAL calls timed directly, and the
 * queue's SQL, captured as drizzle sends it, run again under EXPLAIN (ANALYZE, BUFFERS) to show
 * which index each query uses.
 */
import { performance } from "node:perf_hooks";
import { sql, type Logger } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { getClinicOverview } from "@/lib/dal/clinic-overview";
import { checkNoRecentLogs } from "@/lib/dal/flag-evaluation";
import { listFlagQueue } from "@/lib/dal/flags";
import { listPatientsForClinic } from "@/lib/dal/patients";
import { parsePatientListParams } from "@/lib/validation/patient-list";
import { formatTotal } from "@/lib/format";
import { listRecentLogs, runLapseCheck } from "@/lib/dal/triage";
import { formatMs, median } from "../shared/stats";

const DAL_RUNS = 10;
/** The plan lines worth reading when a plan is shown condensed. */
const CONDENSED = /Scan|Index Cond|Sort Key|Sort Method|Limit|Aggregate|Join|Nested Loop|Execution Time/;

const ms = (x: number) => formatMs(x, 1);

/** Drizzle's logger, keeping every statement with its parameters (the benchmark empties it between calls). */
export class StatementCapture implements Logger {
  statements: { query: string; params: unknown[] }[] = [];
  logQuery(query: string, params: unknown[]) {
    this.statements.push({ query, params });
  }
}

async function timeIt<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

async function explain(db: DbOrTx, query: string, params: unknown[]): Promise<string[]> {
  // Parameters inlined as literals, as node-postgres's unnamed statements are planned with their
  // values (a custom plan), so the plan is the one the app gets.
  const literal = (v: unknown) =>
    v === null ? "null" : typeof v === "number" || typeof v === "boolean" ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
  const text = query.replace(/\$(\d+)/g, (_, i: string) => literal(params[Number(i) - 1]));
  const result = (await db.execute(sql.raw(`explain (analyze, buffers, costs off) ${text}`))) as unknown as { rows: Record<string, string>[] };
  return result.rows.map((r) => String(Object.values(r)[0]));
}

/** "flags_open_queue_idx (Index Only Scan)", "patients_pkey (Index Scan)", "patients (Seq Scan)". */
function accessPaths(plan: string[]): string {
  const found = new Set<string>();
  for (const line of plan) {
    const index = /(Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\S+)/.exec(line);
    if (index) found.add(`${index[2]} (${index[1]})`);
    const seq = /Seq Scan on (\S+)/.exec(line);
    if (seq) found.add(`${seq[1]} (Seq Scan)`);
  }
  return [...found].join(", ") || "no table access";
}

/** The lapse check every dashboard load runs: the first call (which raises flags), then the steady state. */
export async function timeLapseCheck(db: Database, clinicId: string, lapsedPer100: number): Promise<void> {
  console.log(`\ncheckNoRecentLogs (the lapse check every dashboard load runs), called directly:`);
  const firstLapse = await timeIt(() => checkNoRecentLogs(db, clinicId));
  console.log(`  first call: ${ms(firstLapse.ms)}, raised ${firstLapse.value} "no log for 7 days" flags (${lapsedPer100} in 100 patients stopped logging 8-14 days ago)`);
  const lapseTimes: number[] = [];
  for (let i = 0; i < 5; i++) lapseTimes.push((await timeIt(() => checkNoRecentLogs(db, clinicId))).ms);
  console.log(`  steady state (nothing new to raise), 5 calls: median ${ms(median(lapseTimes))}, max ${ms(Math.max(...lapseTimes))}`);
}

/** The queue's count and page queries for three views, each with its plan and the indexes it uses. */
export async function explainQueue(db: Database, capture: StatementCapture, caller: Caller): Promise<void> {
  console.log(`\nThe queue's two queries (lib/dal/flags.ts listFlagQueue), EXPLAIN (ANALYZE, BUFFERS):`);
  const printedSql = new Set<string>();
  const queueViews = [
    { label: "scope=all, page 1", scope: "all" as const, page: 1 },
    { label: "scope=all, page 40", scope: "all" as const, page: 40 },
    { label: "scope=mine, page 1", scope: "mine" as const, page: 1 },
  ];
  let countQuery: { query: string; params: unknown[] } | undefined;
  for (const view of queueViews) {
    capture.statements = [];
    const result = await listFlagQueue(caller, { scope: view.scope, page: view.page });
    const statements = [...capture.statements];
    console.log(`\n== ${view.label}: total ${formatTotal(result)}, page ${result.page}${result.pageCount === null ? "" : ` of ${result.pageCount}`}, ${result.rows.length} rows${result.hasNext ? ", more after it" : ""}`);
    for (const [i, { query, params }] of statements.entries()) {
      const kind = i === 0 ? "count" : "page";
      if (i === 0) countQuery ??= { query, params };
      if (!printedSql.has(query)) {
        printedSql.add(query);
        console.log(`-- ${kind} query as drizzle sends it:\n${query}\n-- params: ${JSON.stringify(params)}`);
      } else {
        console.log(`-- ${kind} query: same SQL as above, params ${JSON.stringify(params)}`);
      }
      const plan = await explain(db, query, params);
      console.log(plan.map((l) => `    ${l}`).join("\n"));
      console.log(`  ${kind} uses: ${accessPaths(plan)}`);
    }
  }
  if (countQuery) {
    // The count reads every open flag of the clinic; on a table this small the planner prefers a
    // sequential scan. This is the plan it falls back to as reviewed flags pile up (they are never
    // deleted): the partial index holds open flags only, so its size does not grow with history.
    const { query, params } = countQuery;
    const plan = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return explain(tx, query, params);
    });
    console.log(`
== For comparison: the scope=all count with sequential scans disabled (the index path)`);
    console.log(plan.filter((l) => CONDENSED.test(l) || /Heap Fetches|Buffers/.test(l)).map((l) => `    ${l.trim()}`).join("\n"));
    console.log(`  count uses: ${accessPaths(plan)}`);
  }
}

/** Every DAL call the dashboard makes (and the patient table's), timed, with condensed plans of the reads not planned above. */
export async function timeDalCalls(db: Database, capture: StatementCapture, caller: Caller): Promise<void> {
  console.log(`\nThe dashboard's DAL calls for Maya (therapist), direct, median of ${DAL_RUNS} after a warm-up:`);
  const dalCalls: { label: string; run: () => Promise<unknown> }[] = [
    { label: "runLapseCheck", run: () => runLapseCheck(caller) },
    { label: "getClinicOverview", run: () => getClinicOverview(caller) },
    { label: "listFlagQueue all p1", run: () => listFlagQueue(caller, { scope: "all", page: 1 }) },
    { label: "listFlagQueue all p40", run: () => listFlagQueue(caller, { scope: "all", page: 40 }) },
    { label: "listFlagQueue mine p1", run: () => listFlagQueue(caller, { scope: "mine", page: 1 }) },
    { label: "listRecentLogs all", run: () => listRecentLogs(caller, { scope: "all", limit: 10 }) },
    { label: "listRecentLogs mine", run: () => listRecentLogs(caller, { scope: "mine", limit: 10 }) },
    // The patient table's view that the c=10 figure requests (all patients, "a" matching most, page 5).
    { label: "listPatientsForClinic", run: () => listPatientsForClinic(caller, parsePatientListParams({ scope: "all", q: "a", page: "5" })) },
  ];
  const explainedOther = new Set<string>();
  for (const call of dalCalls) {
    await call.run();
    const times: number[] = [];
    for (let i = 0; i < DAL_RUNS; i++) {
      capture.statements = [];
      times.push((await timeIt(call.run)).ms);
    }
    const selects = capture.statements.filter((s) => /^\s*select/i.test(s.query));
    console.log(`  ${call.label.padEnd(24)} median ${ms(median(times)).padStart(9)}  max ${ms(Math.max(...times)).padStart(9)}  (${capture.statements.length} statements, ${selects.length} selects)`);
    if (call.label.startsWith("listFlagQueue")) continue; // planned above
    // Condensed plans of the other reads, each once: where the time goes if the page is slow.
    for (const { query, params } of selects) {
      const key = query.replace(/\s+/g, " ");
      if (explainedOther.has(key)) continue;
      explainedOther.add(key);
      const plan = await explain(db, query, params);
      console.log(`      ${query.slice(0, 110).replace(/\s+/g, " ")}...`);
      console.log(plan.filter((l) => CONDENSED.test(l)).map((l) => `        ${l.trim()}`).join("\n"));
    }
  }
}
