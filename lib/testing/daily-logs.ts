import type { RaisedFlag } from "@/lib/clinical/flag-types";
import type { DailyLog } from "@/lib/clinical/pain-log-types";
import { addDays } from "@/lib/dates";

/** Builders for the pure log-rule tests (lib/clinical/log-rules-*.test.ts). */

/** One day's log: pain at rest, and whatever else the case needs (the rest blank). */
export const day = (logDate: string, painAtRest: number, more: Partial<DailyLog> = {}): DailyLog => ({
  logDate, painAtRest, painDuringExercise: null, painNextMorning: null, redFlags: [], ...more,
});

/** One log a day from `from` to `to` inclusive. */
export const daily = (from: string, to: string, make: (date: string) => DailyLog): DailyLog[] => {
  const logs: DailyLog[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) logs.push(make(d));
  return logs;
};

/** What a test compares of raised flags: which rule, how severe, and the evidence key. */
export const summary = (flags: readonly RaisedFlag[]) => flags.map((f) => ({ rule: f.rule, severity: f.severity, evidenceKey: f.evidenceKey }));
