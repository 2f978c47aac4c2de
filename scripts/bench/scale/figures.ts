/** One measured figure of `npm run bench` and its summary (pure, unit tested). */
import { median, percentile } from "../../shared/stats";
import type { DriveResult } from "./driver";

export type Figure = {
  /** Stable key, e.g. "table-100k-c10". */
  key: string;
  label: string;
  run: number;
  concurrency: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  seconds: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p975: number;
  p99: number;
  /** CPU seconds during the figure: the server measured (Stride or the bare server) and the PostgreSQL backends. */
  nodeCpuSeconds: number;
  postgresCpuSeconds: number;
  /** Milliseconds of CPU per answered request. */
  nodeCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  bodyBytes: number;
};

export type Cpu = { node: number; postgres: number };

export function summarise(key: string, label: string, run: number, concurrency: number, result: DriveResult, cpu: Cpu): Figure {
  const served = result.latencies.length;
  const round = (value: number, decimals = 1) => Number(value.toFixed(decimals));
  return {
    key,
    label,
    run,
    concurrency,
    requests: result.requests,
    errors: result.errors,
    errorSamples: result.errorSamples,
    seconds: round(result.elapsedMs / 1000, 2),
    reqPerSec: round(result.elapsedMs > 0 ? (served * 1000) / result.elapsedMs : 0),
    p50: round(median(result.latencies)),
    p95: round(percentile(result.latencies, 95)),
    p975: round(percentile(result.latencies, 97.5)),
    p99: round(percentile(result.latencies, 99)),
    nodeCpuSeconds: round(cpu.node, 2),
    postgresCpuSeconds: round(cpu.postgres, 2),
    nodeCpuMsPerRequest: round(result.requests ? (cpu.node * 1000) / result.requests : 0),
    postgresCpuMsPerRequest: round(result.requests ? (cpu.postgres * 1000) / result.requests : 0),
    bodyBytes: result.lastBodyBytes,
  };
}

/** The figures of one key, one per run. */
export const runsOf = (figures: Figure[], key: string) => figures.filter((f) => f.key === key);

/** "19.2-23.1" across the runs of a figure (one value when they agree to the shown precision). */
export function range(figures: Figure[], key: string, pick: (f: Figure) => number, decimals = 0): string {
  const values = runsOf(figures, key).map(pick);
  if (values.length === 0) return "n/a";
  const low = Math.min(...values).toFixed(decimals);
  const high = Math.max(...values).toFixed(decimals);
  return low === high ? low : `${low}-${high}`;
}

/** A ratio of two figures' values within each run, as a range across runs: the machine is noisy, ratios within a run count. */
export function ratioRange(figures: Figure[], top: string, bottom: string, pick: (f: Figure) => number, decimals = 2): string {
  const ratios: number[] = [];
  for (const t of runsOf(figures, top)) {
    const b = figures.find((f) => f.key === bottom && f.run === t.run);
    if (b && pick(b) > 0) ratios.push(pick(t) / pick(b));
  }
  if (ratios.length === 0) return "n/a";
  const low = Math.min(...ratios).toFixed(decimals);
  const high = Math.max(...ratios).toFixed(decimals);
  return low === high ? low : `${low}-${high}`;
}
