import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { flags, outcomeMeasures, protocols, protocolVersions, runs, suggestions } from "@/db/schema";
import { builtInExerciseByKey } from "@/lib/dal/library-sync";
import { addDays } from "@/lib/dates";
import { createPainLog, createProtocol, insertProtocolVersion, recordCompletions } from "@/lib/seed/factories";
import { createTwoClinicWorld } from "./world";

/**
 * Test-only builders for the record timeline (lib/dal/patient-timeline.ts): rows written directly
 * with drizzle, dated in the past relative to `today`, so every series and event kind has a known value.
 */
export type TimelineWorld = Awaited<ReturnType<typeof createTimelineWorld>>;

type Ids = { clinicId: string; patientId: string };

export const addAkps = (db: Database, at: Ids, measuredOn: string, score: number, timepoint: "baseline" | "follow-up" | "discharge" | null = null) =>
  db.insert(outcomeMeasures).values({ ...at, instrument: "akps", answers: {}, score, measuredOn, timepoint });

export const addRun = (db: Database, at: Ids, runDate: string, km: number, deleted = false) =>
  db.insert(runs).values({ ...at, runDate, distanceKm: km.toFixed(2), durationSeconds: Math.round(km * 360), painDuring: 2, deletedAt: deleted ? new Date() : null });

export async function addSuggestion(
  db: Database,
  at: Ids & { protocolId: string },
  input: { summary: string; status: "pending" | "approved" | "dismissed"; decidedBy?: string; decidedAt?: Date; subject?: string; resultingVersion?: number },
) {
  await db.insert(suggestions).values({
    ...at, rule: "dose-progress", direction: "progress", evidence: {}, evidenceKey: input.summary, subject: input.subject ?? input.summary,
    summary: input.summary, status: input.status, decidedBy: input.decidedBy ?? null, decidedAt: input.decidedAt ?? null, resultingVersion: input.resultingVersion ?? null,
  });
}

export async function addFlag(
  db: Database,
  at: Ids,
  input: { rule: string; reason: string; evidenceDate: string; reviewedBy?: string; reviewedAt?: Date; reviewNote?: string },
) {
  await db.insert(flags).values({
    ...at, rule: input.rule, severity: "review", evidenceKey: `${input.rule}:${input.evidenceDate}`, evidence: {} as never, reason: input.reason,
    evidenceDate: input.evidenceDate, reviewedBy: input.reviewedBy ?? null, reviewedAt: input.reviewedAt ?? null, reviewNote: input.reviewNote ?? null,
  });
}

/**
 * Patient A of the two-clinic world, six weeks into a plan: v1 (3 exercises, 7 a week) from
 * `start`, v2 (6 exercises, walk-run stage 2) saved at 23:30 Honolulu time on start + 14, every
 * prescribed session done, daily logs, runs, two AKPS scores, one approved and one pending
 * suggestion, one reviewed and one open flag. The other clinic's patient gets look-alike rows
 * that must never show.
 */
export async function createTimelineWorld(db: Database, today: string) {
  const w = await createTwoClinicWorld(db);
  const byKey = await builtInExerciseByKey(db);
  const ex = (key: string) => byKey(key).id;
  const home = { clinicId: w.home.id, patientId: w.patientA.id };
  const start = addDays(today, -41);
  const therapistId = w.as.therapist.userId;
  const item = (key: string) => ({ exerciseId: ex(key), sets: 3, reps: 10, frequencyPerWeek: 7, side: "right" as const });
  const three = ["clamshell", "straight-leg-raise", "quad-stretch"].map(item);
  const six = [...three, ...["side-lying-leg-raise", "banded-glute-bridge", "single-leg-balance"].map(item)];

  const { protocol } = await createProtocol(db, { ...home, therapistId, title: "Runner's knee, phase 1", startDate: start, items: three, createdAt: new Date(`${start}T12:00:00Z`) });
  const v2Day = addDays(start, 14);
  // 23:30 on v2Day in Honolulu is 09:30 UTC the next day.
  const v2 = await insertProtocolVersion(db, { protocolId: protocol.id, version: 2, title: "Runner's knee, phase 1", phase: 1, createdBy: therapistId, items: six, createdAt: new Date(`${addDays(v2Day, 1)}T09:30:00Z`) });
  await db.update(protocolVersions).set({ runStage: 2 }).where(eq(protocolVersions.id, v2.id));
  await db.update(protocols).set({ currentVersion: 2 }).where(eq(protocols.id, protocol.id));

  for (let day = 0; day <= 41; day++) {
    const date = addDays(start, day);
    await recordCompletions(db, { ...home, doneOn: date, exerciseIds: (date < v2Day ? three : six).map((i) => i.exerciseId) });
    if (day % 2 === 0) await createPainLog(db, { ...home, logDate: date, painAtRest: day < 20 ? 3 : 1, painDuringExercise: day < 20 ? 5 : 2, painNextMorning: 2 });
  }
  await addRun(db, home, addDays(today, -3), 4);
  await addRun(db, home, addDays(today, -2), 2.5);
  await addRun(db, home, addDays(today, -1), 9, true);
  await addAkps(db, home, start, 62, "baseline");
  await addAkps(db, home, addDays(start, 35), 78, "follow-up");
  const decidedAt = new Date(`${addDays(start, 30)}T15:00:00Z`);
  await addSuggestion(db, { ...home, protocolId: protocol.id }, { summary: "Clam shell 3 x 10 -> 3 x 12", status: "approved", decidedBy: therapistId, decidedAt, resultingVersion: 3 });
  await addSuggestion(db, { ...home, protocolId: protocol.id }, { summary: "Straight leg raise 3 x 10 -> 3 x 12", status: "pending" });
  await addFlag(db, home, { rule: "pain-rise", reason: "Exercise pain 5/10, up on the recent 2/10.", evidenceDate: addDays(start, 24), reviewedBy: therapistId, reviewedAt: new Date(`${addDays(start, 25)}T10:00:00Z`), reviewNote: "Moved house; kept the plan." });
  await addFlag(db, home, { rule: "exercise-pain-high", reason: "Exercise pain 7/10.", evidenceDate: addDays(today, -1) });

  const other = { clinicId: w.other.id, patientId: w.otherPatient.id };
  const { protocol: otherProtocol } = await createProtocol(db, { ...other, therapistId: w.as.otherTherapist.userId, title: "Other clinic plan", startDate: start, items: three });
  await createPainLog(db, { ...other, logDate: addDays(today, -1), painAtRest: 9 });
  await addAkps(db, other, addDays(today, -1), 11);
  await addSuggestion(db, { ...other, protocolId: otherProtocol.id }, { summary: "Other clinic change", status: "approved", decidedBy: w.as.otherTherapist.userId, decidedAt: new Date() });
  await addFlag(db, other, { rule: "pain-rise", reason: "Other clinic flag", evidenceDate: addDays(today, -1), reviewedBy: w.as.otherTherapist.userId, reviewedAt: new Date() });

  return { ...w, protocolId: protocol.id, start, v2Day, ex };
}
