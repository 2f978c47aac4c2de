/**
 * Benchmark: the patient table at 100,000 patients. Builds a throwaway database (PGlite in
 * memory, or a new PostgreSQL database when BENCH_DATABASE_URL points at a local server), fills
 * one clinic with 100k patients, times each table view through the real DAL function (median of
 * 20 after a warm-up), and prints each view's EXPLAIN ANALYZE plan.
 *   npm run bench:table-queries            (PGlite)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:table-queries
 * Runs under vitest (vitest.bench.config.mts) only for its `server-only` alias; it asserts nothing.
 */
import { performance } from "node:perf_hooks";
import { test } from "vitest";
import { sql, type Logger } from "drizzle-orm";
import { openPglite, openPostgres, setDbHandle, type DbHandle } from "@/db/client";
import { createClinic, createUser } from "@/lib/seed/factories";
import type { Caller } from "@/lib/auth/caller";
import { listPatientsForClinic } from "@/lib/dal/patients";
import { createScratchDatabase } from "@/lib/testing/scratch-postgres";
import { parsePatientListParams } from "@/lib/validation/patient-list";
import { envNumber } from "../shared/env-number";

const PATIENTS = envNumber("BENCH_PATIENTS", 100_000);
const RUNS = 20;

class Capture implements Logger {
  last: { query: string; params: unknown[] }[] = [];
  logQuery(query: string, params: unknown[]) {
    this.last.push({ query, params });
  }
}

async function openBenchDb(capture: Capture): Promise<{ handle: DbHandle; cleanup: () => Promise<void> }> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) return { handle: openPglite("memory://", { logger: capture }), cleanup: async () => {} };
  const scratch = await createScratchDatabase(adminUrl, "stride_bench");
  return { handle: openPostgres(scratch.url, { logger: capture }), cleanup: scratch.drop };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

async function main() {
  const capture = new Capture();
  const { handle, cleanup } = await openBenchDb(capture);
  try {
    await handle.ready;
    setDbHandle(handle);
    const db = handle.db;
    const clinic = await createClinic(db, { name: "Bench Clinic" });
    const other = await createClinic(db, { name: "Other Clinic" });
    const me = await createUser(db, { clinicId: clinic.id, role: "therapist", passwordHash: "x" });
    const colleague = await createUser(db, { clinicId: clinic.id, role: "therapist", passwordHash: "x" });

    const started = performance.now();
    // generate_series keeps 100k inserts to one statement; ~60% have logs, ~5% are archived.
    await db.execute(sql`
      insert into patients (clinic_id, primary_therapist_id, full_name, email, date_of_birth, affected_side, last_log_date, latest_pain, archived_at, created_at)
      select case when g % 10 = 0 then ${other.id}::uuid else ${clinic.id}::uuid end,
             case when g % 2 = 0 then ${me.id}::uuid else ${colleague.id}::uuid end,
             (array['Ann','Ben','Cara','Dev','Eli','Fay','Gus','Hana','Ivo','Jo'])[1 + g % 10] || ' ' || md5(g::text),
             'p' || g || '@bench.test',
             date '1960-01-01' + (g % 15000),
             (array['left','right','both'])[1 + g % 3]::side,
             case when g % 5 < 3 then current_date - (g % 90) end,
             case when g % 5 < 3 then (g % 11)::smallint end,
             case when g % 20 = 1 then now() end,
             now() - (g || ' minutes')::interval
      from generate_series(1, ${PATIENTS}) g`);
    await db.execute(sql`analyze patients`);
    console.log(`Driver: ${handle.driver}. Inserted ${PATIENTS} patients (90% in the benchmarked clinic) in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);

    const caller: Caller = { userId: me.id, role: "therapist", clinicId: clinic.id, patientId: null, name: "Bench", email: "b@x", timeZone: "UTC", sessionId: null };
    const views: Record<string, Record<string, string>> = {
      "my patients, by name": {},
      "all, by latest pain": { scope: "all", sort: "pain.desc" },
      "all, by last log, page 1000": { scope: "all", sort: "lastLog.desc", page: "1000" },
      "all, search 'hana 1f'": { scope: "all", q: "hana 1f" },
      "all, search email 'p4242'": { scope: "all", q: "p4242" },
      "archived, newest first": { scope: "all", status: "archived", sort: "created.desc" },
    };
    for (const [label, params] of Object.entries(views)) {
      const state = parsePatientListParams(params);
      await listPatientsForClinic(caller, state); // warm-up
      const times: number[] = [];
      let result: Awaited<ReturnType<typeof listPatientsForClinic>> | undefined;
      for (let i = 0; i < RUNS; i++) {
        capture.last = [];
        const t0 = performance.now();
        result = await listPatientsForClinic(caller, state);
        times.push(performance.now() - t0);
      }
      console.log(`${label}: median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}); ${result?.total} matches, ${result?.rows.length} rows`);
      const statements = [...capture.last]; // EXPLAIN runs through the same logger
      for (const { query, params: values } of statements) {
        const plan = await explain(handle, query, values);
        // The lines that say how rows are found and ordered, and what it cost.
        const keep = plan.split("\n").filter((l) => /Scan|Index Cond|Recheck|Sort Key|Sort Method|Limit|Aggregate|Execution Time/.test(l));
        console.log(keep.map((l) => `    ${l}`).join("\n"));
      }
      console.log("");
    }
  } finally {
    setDbHandle(undefined);
    await handle.close();
    await cleanup();
  }
}

async function explain(handle: DbHandle, query: string, params: unknown[]): Promise<string> {
  // Inline the parameters as literals: EXPLAIN cannot take bind parameters on every driver.
  const literal = (v: unknown) => (v === null ? "null" : typeof v === "number" ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
  const text = query.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
  const result = await handle.db.execute(sql.raw(`explain (analyze, costs off, summary on) ${text}`));
  const rows = (Array.isArray(result) ? result : (result as { rows: Record<string, string>[] }).rows) as Record<string, string>[];
  return rows.map((r) => Object.values(r)[0]).join("\n");
}

test(`patient table at ${PATIENTS} patients`, main);
