import { formatMs, formatSeconds, percentile } from "../shared/stats";
import type { Outcome } from "./http-client";
import { countKinds, healthOutage, missingAcks, type Ack, type HealthSample } from "./stats";

export type RunResult = {
  t0: number;
  /** When the stop was asked for and done, when the start was asked for, and when it answered again. */
  marks: { stopAt: number; stoppedAt: number; startAt: number; readyAt: number };
  writes: Outcome[];
  reads: Outcome[];
  health: HealthSample[];
  acks: Ack[];
  stored: Ack[];
  serverErrors: number;
};

const rel = (t0: number, at: number | null | undefined) => (at ? `t+${formatSeconds(at - t0)}` : "never");

function kinds(label: string, outcomes: Outcome[]) {
  const ms = outcomes.map((o) => o.ms);
  console.log(`  ${label}: ${outcomes.length} requests, p50 ${formatMs(percentile(ms, 50))}, p95 ${formatMs(percentile(ms, 95))}, max ${formatMs(Math.max(0, ...ms))}`);
  for (const [kind, count] of countKinds(outcomes)) console.log(`    ${String(count).padStart(6)}  ${kind}`);
}

/** Prints the report and returns the exit code: 1 if an acknowledged write is missing or anything answered a bare 500. */
export function printReport(r: RunResult): number {
  const all = [...r.writes, ...r.reads];
  const ms = all.map((o) => o.ms);
  const inOutage = (o: Outcome) => o.at >= r.marks.stopAt && o.at <= r.marks.readyAt;
  console.log("\n=== Stride load test ===");
  console.log(`Requests: ${all.length} (${(all.length / ((Math.max(...all.map((o) => o.at), r.t0) - r.t0) / 1000 || 1)).toFixed(1)}/s), p50 ${formatMs(percentile(ms, 50))}, p95 ${formatMs(percentile(ms, 95))}`);
  kinds("patients saving their log (server action POST)", r.writes);
  kinds("therapists paging /patients and /dashboard (GET)", r.reads);
  const steady = all.filter((o) => !inOutage(o)).map((o) => o.ms);
  console.log(`  outside the outage: p50 ${formatMs(percentile(steady, 50))}, p95 ${formatMs(percentile(steady, 95))}`);

  const missing = missingAcks(r.acks, r.stored);
  console.log(`\nWrites: ${r.acks.length} acknowledged ("Log saved"), ${r.stored.length} rows stored for the load patients, ${missing.length} acknowledged but missing`);
  for (const m of missing.slice(0, 10)) console.log(`  MISSING: ${m.email} ${m.logDate} "${m.note}"`);

  const { firstDown, firstUpAgain } = healthOutage(r.health, r.marks.stopAt);
  const firstOkRead = r.reads.find((o) => o.at > r.marks.readyAt && o.kind === "200")?.at ?? null;
  const firstAck = r.writes.find((o) => o.at > r.marks.readyAt && o.kind === "action saved")?.at ?? null;
  console.log(`\nOutage: stop asked at ${rel(r.t0, r.marks.stopAt)}, done at ${rel(r.t0, r.marks.stoppedAt)}, start asked at ${rel(r.t0, r.marks.startAt)}, answering again at ${rel(r.t0, r.marks.readyAt)}`);
  console.log(`  /api/health: first 503 at ${rel(r.t0, firstDown)} (${firstDown ? formatSeconds(firstDown - r.marks.stopAt) : "-"} after the stop), first 200 after it at ${rel(r.t0, firstUpAgain)}`);
  console.log(`  recovery after the database answered again: /api/health ${firstUpAgain ? formatSeconds(firstUpAgain - r.marks.readyAt) : "never"}, ` +
    `first page 200 ${firstOkRead ? formatSeconds(firstOkRead - r.marks.readyAt) : "never"}, first saved log ${firstAck ? formatSeconds(firstAck - r.marks.readyAt) : "never"}`);
  const during = all.filter(inOutage);
  console.log(`  during the outage (${during.length} requests):`);
  for (const [kind, count] of countKinds(during)) console.log(`    ${String(count).padStart(6)}  ${kind}`);
  console.log(`  server log lines mentioning an error: ${r.serverErrors}`);

  // A request already being served when the server was killed cannot be finished with data that
  // is gone: Next.js answers it 500 with its error document, which the browser shows as
  // app/error.tsx (the same words as the 503 page). Counted, not failed. Anything that *arrived*
  // once the database was gone must get the 503 page, a redirect to it, or the action's message.
  const inFlight = all.filter((o) => o.kind === "bare 500" && o.start < r.marks.stoppedAt && o.at >= r.marks.stopAt).length;
  const bare = all.filter((o) => o.kind === "bare 500").length - inFlight;
  console.log(`  500s for requests already in flight when the database was stopped: ${inFlight}; bare 500s for anything else: ${bare}`);
  const failures = [
    ...(missing.length > 0 ? [`${missing.length} acknowledged write(s) missing`] : []),
    ...(bare > 0 ? [`${bare} bare 500 answer(s)`] : []),
    ...(r.acks.length === 0 ? ["no write was acknowledged at all"] : []),
    ...(firstUpAgain === null ? ["/api/health never answered 200 after the outage"] : []),
  ];
  console.log(failures.length === 0 ? "\nPASS: every acknowledged write is stored, and nothing answered a bare 500." : `\nFAIL: ${failures.join("; ")}.`);
  return failures.length === 0 ? 0 : 1;
}
