import { and, eq, gte, lte } from "drizzle-orm";
import type { RaisedFlag } from "@/lib/clinical/flag-types";
import { evaluateLog } from "@/lib/clinical/log-rules";
import type { DailyLog, RunEntry } from "@/lib/clinical/pain-log-types";
import { evaluateRun } from "@/lib/clinical/run-rules";
import { addDays } from "@/lib/dates";
import type { DbOrTx } from "@/db/client";
import { createPainLog, recordCompletions } from "./factories";
import { flags, runs } from "@/db/schema";

/**
 * Sam's six weeks, written to tell the review's story (issue 8's demo): steady improvement, a run
 * history that started before the protocol (so the first rehab run is not a "first run in 30
 * days"), one single-run spike, a relapse after three good weeks that only the rolling reference
 * catches (reviewed by Maya, with a note), and exercise pain of 7/10 two days ago whose flag is
 * still open after two calm logs since. Flags are raised by the real rules, in date order, exactly
 * as the app raises them when each log and run arrives.
 */
type Day = { rest: number; exercise: number | null; morning: number | null; note?: string; activities?: string[] };

function samDay(day: number): Day | null {
  if ([38, 33, 27, 16].includes(day)) return null; // a few missed days, as real patients have
  if (day >= 22) {
    const progress = (41 - day) / 19; // 0 -> 1 over the first three weeks
    return { rest: Math.round(3 - progress * 2), exercise: Math.round(5 - progress * 3), morning: Math.round(4 - progress * 3), activities: progress < 0.5 ? ["stairs"] : [] };
  }
  if (day >= 8) return { rest: 1, exercise: day % 3 === 0 ? 2 : 1, morning: 1, note: day === 20 ? "Stairs at work felt easier today." : undefined };
  if (day === 7) return { rest: 4, exercise: 4, morning: 2, note: "Long day on my feet moving house.", activities: ["stairs", "squatting"] };
  if (day >= 3) return { rest: 2, exercise: 2, morning: 1 };
  if (day === 2) return { rest: 2, exercise: 7, morning: 1, note: "Step-downs really hurt today.", activities: ["stairs"] };
  return { rest: 1, exercise: 2, morning: 1 }; // yesterday and today: calm again
}

/** Runs, days before today, in km. Before day 42 they predate the protocol (history is not cut). */
const SAM_RUNS: [number, number][] = [
  [56, 10], [52, 12], [48, 8], [44, 6], // half-marathon training until the knee stopped it
  [24, 3], [21, 3.5], [18, 4], [15, 4], [13, 4], [10, 6.5], [6, 4], [4, 4], [4, 2], [1, 4.2],
];

export async function seedSamStory(
  tx: DbOrTx,
  input: { clinicId: string; patientId: string; reviewerId: string; today: string; exercisesOn: (day: number) => string[] },
): Promise<void> {
  const { clinicId, patientId, today } = input;
  const raise = async (raised: RaisedFlag[], day: number) => {
    if (raised.length === 0) return;
    const raisedAt = new Date(`${addDays(today, -day)}T19:30:00`);
    await tx
      .insert(flags)
      .values(raised.map((f) => ({ clinicId, patientId, rule: f.rule, severity: f.severity, evidenceKey: f.evidenceKey, evidence: f.evidence, reason: f.reason, evidenceDate: f.evidenceDate, raisedAt })))
      .onConflictDoNothing();
  };

  const logs: DailyLog[] = [];
  const done: RunEntry[] = [];
  const runsByDay = new Map<number, number[]>();
  for (const [day, km] of SAM_RUNS) runsByDay.set(day, [...(runsByDay.get(day) ?? []), km]);

  for (let day = 56; day >= 0; day--) {
    const date = addDays(today, -day);
    for (const km of runsByDay.get(day) ?? []) {
      const [row] = await tx
        .insert(runs)
        .values({ clinicId, patientId, runDate: date, distanceKm: km.toFixed(2), durationSeconds: Math.round(km * 390), painDuring: day > 30 ? 5 : 2, painNextMorning: day > 30 ? 4 : 1, surface: day % 2 ? "road" : "trail" })
        .returning({ id: runs.id });
      if (!row) throw new Error("run insert returned nothing");
      const run: RunEntry = { id: row.id, runDate: date, distanceKm: km, durationSeconds: Math.round(km * 390), painDuring: day > 30 ? 5 : 2, painNextMorning: day > 30 ? 4 : 1 };
      await raise(evaluateRun(run, done), day);
      done.push(run);
    }
    if (day > 41) continue;
    const entry = samDay(day);
    if (!entry) continue;
    const log: DailyLog = { logDate: date, painAtRest: entry.rest, painDuringExercise: entry.exercise, painNextMorning: entry.morning, redFlags: [] };
    await createPainLog(tx, { clinicId, patientId, logDate: date, painAtRest: entry.rest, painDuringExercise: entry.exercise, painNextMorning: entry.morning, aggravatingActivities: entry.activities ?? [], note: entry.note ?? null });
    await raise(evaluateLog(log, logs), day);
    logs.push(log);
    await recordCompletions(tx, { clinicId, patientId, doneOn: date, exerciseIds: input.exercisesOn(day) });
  }

  // Maya went through the running history at the first visit, and reviewed the relapse the day after it was raised.
  const review = (before: string, at: string, note: string, from = "1900-01-01") =>
    tx
      .update(flags)
      .set({ reviewedBy: input.reviewerId, reviewedAt: new Date(at), reviewNote: note })
      .where(and(eq(flags.patientId, patientId), gte(flags.evidenceDate, from), lte(flags.evidenceDate, before)));
  await review(addDays(today, -42), `${addDays(today, -42)}T09:30:00`, "Intake: half-marathon build-up before the knee flared. Running paused.");
  await review(addDays(today, -7), `${addDays(today, -6)}T08:45:00`, "Called Sam: moving house, lots of stairs. Kept the plan, no step-downs this week.", addDays(today, -7));
}
