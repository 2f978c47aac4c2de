import type { Kind, Outcome } from "./http-client";

/** Counting and summing up for the load test's report: pure, so it can be unit tested (percentiles and formats: ../shared/stats). */

export function countKinds(outcomes: Outcome[]): Map<Kind, number> {
  const counts = new Map<Kind, number>();
  for (const o of outcomes) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

export type HealthSample = { at: number; status: number | null };

/** The outage as /api/health saw it: the first non-200 after `from`, and the first 200 after that. */
export function healthOutage(samples: HealthSample[], from: number): { firstDown: number | null; firstUpAgain: number | null } {
  const firstDown = samples.find((s) => s.at >= from && s.status !== 200)?.at ?? null;
  if (firstDown === null) return { firstDown, firstUpAgain: null };
  const firstUpAgain = samples.find((s) => s.at > firstDown && s.status === 200)?.at ?? null;
  return { firstDown, firstUpAgain };
}

export type Ack = { email: string; logDate: string; note: string };

/** Acknowledged writes that are not in the table as acknowledged (same patient, day and note). */
export function missingAcks(acks: Ack[], stored: Ack[]): Ack[] {
  const have = new Set(stored.map((s) => `${s.email}|${s.logDate}|${s.note}`));
  return acks.filter((a) => !have.has(`${a.email}|${a.logDate}|${a.note}`));
}
