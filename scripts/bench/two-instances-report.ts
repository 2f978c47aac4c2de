import fs from "node:fs";
import path from "node:path";
import type { DriveResult } from "./closed-loop-driver";
import type { CheckResult } from "./two-instances-checks";

/** What `npm run bench:instances` measured, written to bench/results/instances-<date>.json and .md. */

export type TreeFigures = { peakRssMb: number; meanRssMb: number; cpuSeconds: number; processes: number };

export type ThroughputRun = {
  setup: "one instance" | "two instances";
  round: number;
  result: DriveResult;
  /** Requests the proxy sent to each instance during the measured part. */
  served: Record<string, number>;
  /** Per instance (A, B) during the measured part. */
  trees: Record<string, TreeFigures>;
  /** All cores' busy share (other work on the machine included), this process's own CPU, the load average after. */
  machine: { busyPercent: number; benchProcessCpuSeconds: number; loadAverage: string };
};

export type InstancesReport = {
  date: string;
  machine: { cores: number; node: string; postgres: string; loadAverageBefore: string; loadAverageAfter: string };
  data: { patients: number; therapists: number };
  idleRssMb: Record<string, number>;
  checks: CheckResult[];
  throughput: ThroughputRun[];
};

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Requests answered per CPU second the instances used: the cost of a request, which holds still
 * when other work on a shared machine takes cores away and req/s does not.
 */
export function requestsPerCpuSecond(run: ThroughputRun): number {
  const cpu = Object.values(run.trees).reduce((sum, t) => sum + t.cpuSeconds, 0);
  return cpu > 0 ? Math.round((run.result.requests / cpu) * 10) / 10 : 0;
}

/** Per path: the mean req/s of each setup over the rounds, and two's over one's. */
export function scaling(runs: ThroughputRun[]): { path: string; one: number; two: number; ratio: number }[] {
  const paths = [...new Set(runs.map((r) => r.result.path))];
  return paths.map((p) => {
    const of = (setup: ThroughputRun["setup"]) => mean(runs.filter((r) => r.result.path === p && r.setup === setup).map((r) => r.result.requestsPerSecond));
    const one = of("one instance");
    const two = of("two instances");
    return { path: p, one: Math.round(one * 10) / 10, two: Math.round(two * 10) / 10, ratio: one > 0 ? Math.round((two / one) * 100) / 100 : 0 };
  });
}

export function markdown(report: InstancesReport): string {
  const lines = [
    `# Two instances, one database (${report.date})`,
    "",
    `Machine: ${report.machine.cores} cores, Node ${report.machine.node}, PostgreSQL ${report.machine.postgres}; load average ${report.machine.loadAverageBefore} before, ${report.machine.loadAverageAfter} after.`,
    `Data: demo clinics plus ${report.data.patients} patients and ${report.data.therapists} therapists in Riverside Physio. Idle RSS after start: ${Object.entries(report.idleRssMb).map(([k, v]) => `${k} ${v} MB`).join(", ")}.`,
    "",
    "## Checks",
    "",
    ...report.checks.flatMap((c) => [`- **${c.passed ? "PASS" : "FAIL"}** ${c.name}`, ...c.details.map((d) => `  - ${d}`)]),
    "",
    "## Throughput through the proxy (closed loop, c=20)",
    "",
    "| path | setup | round | req/s | p50 ms | p95 ms | p99 ms | errors | served A/B | RSS peak A / B MB | CPU s A / B | requests per instance CPU s | driver+proxy CPU s | machine busy |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...report.throughput.map((t) => {
      const served = Object.values(t.served).join("/");
      const tree = (k: string) => t.trees[k];
      return `| ${t.result.path} | ${t.setup} | ${t.round} | ${t.result.requestsPerSecond} | ${t.result.p50Ms} | ${t.result.p95Ms} | ${t.result.p99Ms} | ${t.result.errors} | ${served} | ${tree("A")?.peakRssMb} / ${tree("B")?.peakRssMb} | ${tree("A")?.cpuSeconds} / ${tree("B")?.cpuSeconds} | ${requestsPerCpuSecond(t)} | ${t.machine.benchProcessCpuSeconds} | ${t.machine.busyPercent}% |`;
    }),
    "",
    "| path | one instance req/s | two instances req/s | two / one |",
    "|---|---|---|---|",
    ...scaling(report.throughput).map((s) => `| ${s.path} | ${s.one} | ${s.two} | ${s.ratio} |`),
    "",
  ];
  return lines.join("\n");
}

/** Writes both files; returns their paths. */
export function writeReport(report: InstancesReport, folder = path.join("bench", "results")): string[] {
  fs.mkdirSync(folder, { recursive: true });
  const stem = path.join(folder, `instances-${report.date}`);
  fs.writeFileSync(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(`${stem}.md`, markdown(report));
  return [`${stem}.json`, `${stem}.md`];
}
