/**
 * Statements per request (see statement-log.ts): on a `next start` whose connections log every
 * statement, each endpoint is warmed once and then sent `samples` times one at a time; the lines
 * its database wrote meanwhile, divided by `samples`, are the figure. The table's own statements
 * (those reading "patients", with their parameters) are kept for the bare server.
 */
import fs from "node:fs";
import { drive, type Accept, type BenchRequest } from "./driver";
import { dashboard, freeLogDay, painLogSubmit, pdf, record, submitSaved, table, type World } from "./requests";
import { logSize, readLogFrom, statementsOf, type LoggedStatement } from "./statement-log";

export type StatementCounts = {
  /** Why there are no counts (the log cannot be read), or null. */
  unavailable: string | null;
  perRequest: Record<string, number>;
  /** Per endpoint, each distinct statement (first 140 characters) and how often a request ran it: where the count comes from. */
  breakdown: Record<string, { statement: string; perRequest: number }[]>;
  tableStatements: LoggedStatement[];
};

/** Slots of freeLogDay the counting uses: the measured submits use the slots below. */
const FIRST_SUBMIT_SLOT = 25;
const FLUSH_MS = 500;

export function statementLogProblem(logFile: string): string | null {
  try {
    fs.accessSync(logFile, fs.constants.R_OK);
    return null;
  } catch {
    return `cannot read PostgreSQL's log ${logFile} (set BENCH_POSTGRES_LOG, or run as a user who may read it)`;
  }
}

export async function countStatements(w: World, database: string, logFile: string, samples: number): Promise<StatementCounts> {
  const unavailable = statementLogProblem(logFile);
  if (unavailable) return { unavailable, perRequest: {}, breakdown: {}, tableStatements: [] };
  const submits = await Promise.all(Array.from({ length: samples + 1 }, (_, i) => painLogSubmit(w, w.loggers[0] ?? "", freeLogDay(w.seed.today, FIRST_SUBMIT_SLOT + i), i)));
  const endpoints: { key: string; request: (sent: number) => BenchRequest; accept?: Accept }[] = [
    { key: "table", request: () => table(w) },
    { key: "dashboard", request: () => dashboard(w) },
    { key: "record", request: () => record(w) },
    { key: "pdf", request: () => pdf(w, w.seed.sam.protocolId) },
    { key: "submit", request: (sent) => submits[sent] as BenchRequest, accept: submitSaved },
  ];
  const perRequest: Record<string, number> = {};
  const breakdown: StatementCounts["breakdown"] = {};
  let tableStatements: LoggedStatement[] = [];
  for (const endpoint of endpoints) {
    const warm = await drive(w.base, [(sent) => (sent < 1 ? endpoint.request(samples) : null)], { accept: endpoint.accept });
    const offset = logSize(logFile);
    const measured = await drive(w.base, [(sent) => (sent < samples ? endpoint.request(sent) : null)], { accept: endpoint.accept });
    await new Promise((r) => setTimeout(r, FLUSH_MS));
    const statements = statementsOf(readLogFrom(logFile, offset), database);
    if (warm.errors + measured.errors > 0) throw new Error(`counting statements, ${endpoint.key} was refused: ${[...warm.errorSamples, ...measured.errorSamples].join(" | ")}`);
    perRequest[endpoint.key] = statements.length / samples;
    const seen = new Map<string, number>();
    for (const { text } of statements) seen.set(text.slice(0, 140), (seen.get(text.slice(0, 140)) ?? 0) + 1);
    breakdown[endpoint.key] = [...seen].map(([statement, n]) => ({ statement, perRequest: n / samples })).sort((a, b) => b.perRequest - a.perRequest);
    if (endpoint.key === "table") {
      const kept = new Set<string>();
      tableStatements = statements.filter((s) => /from "patients"/i.test(s.text) && !kept.has(s.text) && kept.add(s.text));
    }
  }
  return { unavailable: null, perRequest, breakdown, tableStatements };
}
