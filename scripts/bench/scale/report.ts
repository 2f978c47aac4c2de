/**
 * The results of `npm run bench` as JSON and Markdown: the issue's targets table (figure for
 * figure, with this run's values and whether each target is met in every run), then every figure.
 */
import { ratioRange, range, runsOf, type Figure } from "./figures";
import type { FirstLoad } from "../../shared/first-load-js";
import type { StatementCounts } from "./statement-phase";

export type BenchResults = {
  startedAt: string;
  commit: string;
  machine: string;
  seed: Record<string, unknown>;
  statements: StatementCounts;
  /** Per route, without the scripts themselves (figures only, for the JSON). */
  firstLoad: Omit<FirstLoad, "chunks">[];
  html: Record<string, number>;
  figures: Figure[];
  notes: string[];
};

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const ms = (value: string) => `${value} ms`;

/** "yes" when every run meets the target, "no" when none does, else "in n of m runs". */
function met(figures: Figure[], key: string, ok: (f: Figure) => boolean): string {
  const runs = runsOf(figures, key);
  if (runs.length === 0) return "n/a";
  const passed = runs.filter(ok).length;
  return passed === runs.length ? "yes" : passed === 0 ? "no" : `in ${passed} of ${runs.length} runs`;
}

function ratioMet(figures: Figure[], top: string, bottom: string, pick: (f: Figure) => number, ok: (ratio: number) => boolean): string {
  const ratios = runsOf(figures, top).flatMap((t) => {
    const b = figures.find((f) => f.key === bottom && f.run === t.run);
    return b && pick(b) > 0 ? [pick(t) / pick(b)] : [];
  });
  if (ratios.length === 0) return "n/a";
  const passed = ratios.filter(ok).length;
  return passed === ratios.length ? "yes" : passed === 0 ? "no" : `in ${passed} of ${ratios.length} runs`;
}

export function targetsTable(r: BenchResults): string {
  const f = r.figures;
  const stmt = (key: string) => (r.statements.unavailable ? "n/a" : (r.statements.perRequest[key] ?? 0).toFixed(0));
  const stmtOk = (key: string, limit: number) => (r.statements.unavailable ? "n/a" : (r.statements.perRequest[key] ?? Infinity) <= limit ? "yes" : "no");
  const js = (path: string) => r.firstLoad.find((l) => l.path === path || (path === "record" && l.path.startsWith("/patients/")));
  const jsKb = (path: string) => (js(path) ? kB(js(path)?.gzippedBytes ?? 0) : "n/a");
  const jsOk = (path: string, limit: number) => ((js(path)?.gzippedBytes ?? Infinity) <= limit * 1024 ? "yes" : "no");
  const dashboardHtml = r.html["dashboard (therapist)"] ?? 0;
  const rows: [string, string, string, string][] = [
    [
      "patient table, All patients, `q=a` (~75% match), page 5, c=10",
      `${range(f, "table-100k-c10", (x) => x.reqPerSec, 1)} req/s, p97.5 ${ms(range(f, "table-100k-c10", (x) => x.p975))}; bare node:http + pg ${range(f, "bare-100k-c10", (x) => x.reqPerSec, 1)} req/s, ratio ${ratioRange(f, "table-100k-c10", "bare-100k-c10", (x) => x.reqPerSec)}`,
      ">= 60 req/s, and >= 0.67 of a bare `node:http` + `pg` server running the same SQL",
      `${met(f, "table-100k-c10", (x) => x.reqPerSec >= 60)}; ratio ${ratioMet(f, "table-100k-c10", "bare-100k-c10", (x) => x.reqPerSec, (q) => q >= 0.67)}`,
    ],
    [
      "same at 1k patients, c=10",
      `${range(f, "table-1k-c10", (x) => x.reqPerSec, 1)} req/s (${range(f, "table-1k-c10", (x) => x.nodeCpuMsPerRequest, 1)} ms of node CPU per request)`,
      ">= 100 req/s",
      met(f, "table-1k-c10", (x) => x.reqPerSec >= 100),
    ],
    [
      "p97.5 at 100k / p97.5 at 1k",
      ratioRange(f, "table-100k-c10", "table-1k-c10", (x) => x.p975),
      "<= 1.5",
      ratioMet(f, "table-100k-c10", "table-1k-c10", (x) => x.p975, (q) => q <= 1.5),
    ],
    [
      "triage `/dashboard`, c=1 / c=10",
      `p50 ${ms(range(f, "dashboard-c1", (x) => x.p50))}, p95 ${ms(range(f, "dashboard-c1", (x) => x.p95))} / ${range(f, "dashboard-c10", (x) => x.reqPerSec, 1)} req/s, ${kB(dashboardHtml)} HTML`,
      "p95 <= 150 ms / >= 20 req/s, <= 150 kB",
      `${met(f, "dashboard-c1", (x) => x.p95 <= 150)} / ${met(f, "dashboard-c10", (x) => x.reqPerSec >= 20)}, ${dashboardHtml <= 150 * 1024 ? "yes" : "no"}`,
    ],
    [
      "record with 365 logs, c=1",
      `p50 ${ms(range(f, "record-c1", (x) => x.p50))}, ${stmt("record")} SQL statements`,
      "p50 <= 30 ms, <= 8 statements",
      `${met(f, "record-c1", (x) => x.p50 <= 30)}, ${stmtOk("record", 8)}`,
    ],
    [
      "pain-log submit, 50 patients at once",
      `${range(f, "submit-c50", (x) => x.reqPerSec, 1)}/s, p95 ${ms(range(f, "submit-c50", (x) => x.p95))}, ${range(f, "submit-c50", (x) => x.errors)} errors; ${stmt("submit")} statements per submit`,
      ">= 200/s, p95 <= 250 ms, 0 errors, <= 10 statements",
      `${met(f, "submit-c50", (x) => x.reqPerSec >= 200)}, ${met(f, "submit-c50", (x) => x.p95 <= 250)}, ${met(f, "submit-c50", (x) => x.errors === 0)}, ${stmtOk("submit", 10)}`,
    ],
    [
      "PDF, 12 exercises",
      `first render p50 ${ms(range(f, "pdf-first-c1", (x) => x.p50))}; repeat download p50 ${ms(range(f, "pdf-repeat-c1", (x) => x.p50))}; table p95 while 4 render ${ratioRange(f, "table-with-pdf-c1", "table-100k-c1", (x) => x.p95)}x its p95 alone`,
      "repeat download of a version p50 <= 20 ms; first render <= 250 ms; the table's p95 stays within 1.5x while 4 PDFs render",
      `${met(f, "pdf-repeat-c1", (x) => x.p50 <= 20)}; ${met(f, "pdf-first-c1", (x) => x.p50 <= 250)}; ${ratioMet(f, "table-with-pdf-c1", "table-100k-c1", (x) => x.p95, (q) => q <= 1.5)}`,
    ],
    [
      "first-load JS, gzipped: `/my`, `/my/log` / record",
      `${jsKb("/my")}, ${jsKb("/my/log")} / ${jsKb("record")}`,
      "<= 130 kB / <= 200 kB",
      `${jsOk("/my", 130)}, ${jsOk("/my/log", 130)} / ${jsOk("record", 200)}`,
    ],
  ];
  return ["| what | this run | target | met |", "|---|---|---|---|", ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

export function figuresTable(figures: Figure[], statements: StatementCounts): string {
  const statementKey = (key: string) => (key.startsWith("table") ? "table" : key.startsWith("pdf") ? "pdf" : key.replace(/-c\d+$/, ""));
  const header = "| figure | run | c | requests | req/s | p50 ms | p95 ms | p97.5 ms | p99 ms | errors | statements/req | node CPU s (ms/req) | PostgreSQL CPU s (ms/req) |";
  const lines = figures.map((x) => {
    const s = statements.perRequest[statementKey(x.key)];
    return `| ${x.key} | ${x.run} | ${x.concurrency} | ${x.requests} | ${x.reqPerSec} | ${x.p50} | ${x.p95} | ${x.p975} | ${x.p99} | ${x.errors} | ${s === undefined || x.key.startsWith("bare") ? "" : s.toFixed(1)} | ${x.nodeCpuSeconds} (${x.nodeCpuMsPerRequest}) | ${x.postgresCpuSeconds} (${x.postgresCpuMsPerRequest}) |`;
  });
  return [header, "|---|---|---|---|---|---|---|---|---|---|---|---|---|", ...lines].join("\n");
}

export function markdown(r: BenchResults): string {
  const errors = r.figures.filter((x) => x.errors > 0).map((x) => `- ${x.key} run ${x.run}: ${x.errors} errors, e.g. ${x.errorSamples.join(" | ")}`);
  return [
    `# npm run bench: ${r.startedAt}`,
    "",
    `Commit ${r.commit}. ${r.machine}`,
    "",
    `Seed: ${JSON.stringify(r.seed)}`,
    "",
    "## Targets (issue 13)",
    "",
    targetsTable(r),
    "",
    "## Every figure",
    "",
    figuresTable(r.figures, r.statements),
    "",
    r.statements.unavailable ? `Statements per request: not measured (${r.statements.unavailable}).` : `Statements per request (PostgreSQL's statement log, mean of the samples): ${JSON.stringify(r.statements.perRequest)}; which statements, per endpoint: \`statements.breakdown\` in latest.json.`,
    "",
    `Table SQL run by the bare server:\n\n${r.statements.tableStatements.map((s) => `    ${s.text}`).join("\n") || "    (none captured)"}`,
    "",
    `First-load JS (gzipped): ${r.firstLoad.map((l) => `${l.path.replace(/[0-9a-f-]{36}/, "<id>")} ${kB(l.gzippedBytes)} in ${l.scripts} scripts (HTTP ${l.status})`).join("; ")}.`,
    "",
    `HTML sizes: ${Object.entries(r.html).map(([k, v]) => `${k} ${kB(v)}`).join("; ")}.`,
    "",
    ...(errors.length ? ["## Errors", "", ...errors, ""] : []),
    ...(r.notes.length ? ["## Notes", "", ...r.notes.map((n) => `- ${n}`), ""] : []),
  ].join("\n");
}
