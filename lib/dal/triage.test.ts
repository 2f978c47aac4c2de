import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createPainLog, createPatient, createProtocol, createUser } from "@/db/factories";
import { builtInExerciseIds } from "@/db/library";
import { refreshPatientLogSummary } from "@/db/pain-log-summary";
import { flagReviews, painLogs, patients } from "@/db/schema";
import { computeFlags } from "@/lib/clinical/flags";
import { addDays } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { toClinicalLog } from "./clinical-log-rows";
import { flagEvidenceKey } from "./flag-evidence-key";
import { listRecentLogs, listTriageFlags, markFlagReviewed } from "./triage";

const t = setupTestDatabase();
const TODAY = "2026-03-10";

type LogInput = { day: number; rest?: number; exercise?: number | null; morning?: number | null; longestRun?: string | null };

async function withProtocol(clinicId: string, patientId: string, therapistId: string, startDate: string) {
  const library = await builtInExerciseIds(t.db());
  const clamshell = library.get("clamshell");
  if (!clamshell) throw new Error("library not synced");
  await createProtocol(t.db(), {
    clinicId, patientId, therapistId, title: "Phase 1", startDate,
    items: [{ exerciseId: clamshell.id, sets: 3, reps: 10, frequencyPerWeek: 5, side: "right" }],
  });
}

/** Logs relative to TODAY (day 0 = TODAY, -1 = the day before), kept in patients' summary columns as the app does. */
async function logs(clinicId: string, patientId: string, entries: LogInput[]) {
  for (const e of entries) {
    await createPainLog(t.db(), {
      clinicId, patientId, logDate: addDays(TODAY, e.day), painAtRest: e.rest ?? 2,
      painDuringExercise: e.exercise === undefined ? 3 : e.exercise, painNextMorning: e.morning === undefined ? 2 : e.morning,
      longestRunKm: e.longestRun ?? null, runDistanceKm: e.longestRun ?? null,
    });
  }
  await refreshPatientLogSummary(t.db(), clinicId, patientId);
}

const steady = (days: number[]) => days.map((day) => ({ day }));
const rulesOf = (flags: { patientId: string; rule: string }[], patientId: string) => flags.filter((f) => f.patientId === patientId).map((f) => f.rule);

describe("listTriageFlags", () => {
  it("flags a high-pain log with the rule, the reason and the log date, most urgent first", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await withProtocol(w.home.id, w.patientA.id, w.as.therapist.userId, addDays(TODAY, -20));
    await logs(w.home.id, w.patientA.id, [...steady([-4, -3, -2, -1]), { day: 0, exercise: 8 }]);

    const flags = await listTriageFlags(w.as.therapist, { today: TODAY });
    const high = flags.find((f) => f.patientId === w.patientA.id && f.rule === "exercise-pain-high");
    expect(high).toMatchObject({
      patientName: "Alex Home", label: "High pain during exercise", severityLabel: "Urgent", logDates: [TODAY],
      evidenceKey: `${TODAY}:painDuringExercise=8`,
    });
    expect(high?.reason).toContain(`Pain during exercise was 8/10 on ${formatDate(TODAY)}, above the 5/10`);
    // Baseline 3 from the first three logs; 8 is 5 above it.
    const rise = flags.find((f) => f.rule === "pain-above-baseline");
    expect(rise?.reason).toContain("pain during exercise 8/10 (baseline 3, +5)");
    expect(rise?.logDates).toEqual([TODAY, addDays(TODAY, -2), addDays(TODAY, -3), addDays(TODAY, -4)]);
    expect(flags.map((f) => f.severity)).toEqual([...flags.map((f) => f.severity)].sort((a, b) => b - a));
    expect(rulesOf(flags, w.patientB.id)).toEqual([]);
  });

  it("hides a reviewed flag until a new trigger, including a same-day edit that raises the pain", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await withProtocol(w.home.id, w.patientA.id, w.as.therapist.userId, addDays(TODAY, -20));
    await logs(w.home.id, w.patientA.id, [{ day: -1, exercise: 2 }, { day: 0, exercise: 7 }]);
    const [flag] = await listTriageFlags(w.as.therapist, { today: TODAY });
    expect(flag?.rule).toBe("exercise-pain-high");
    if (!flag) return;

    await db.transaction((tx) => markFlagReviewed(w.as.therapist, tx, flag, { today: TODAY }));
    expect(rulesOf(await listTriageFlags(w.as.therapist, { today: TODAY }), w.patientA.id)).toEqual([]);
    expect(rulesOf(await listTriageFlags(w.as.admin, { scope: "all", today: TODAY }), w.patientA.id)).toEqual([]); // reviewed for the clinic
    // Reviewing twice writes nothing new.
    await db.transaction((tx) => markFlagReviewed(w.as.admin, tx, flag, { today: TODAY }));
    expect(await db.select().from(flagReviews).where(eq(flagReviews.patientId, w.patientA.id))).toHaveLength(1);

    await db.update(painLogs).set({ painDuringExercise: 9 }).where(and(eq(painLogs.patientId, w.patientA.id), eq(painLogs.logDate, TODAY)));
    const edited = await listTriageFlags(w.as.therapist, { today: TODAY });
    expect(edited.find((f) => f.rule === "exercise-pain-high")?.evidenceKey).toBe(`${TODAY}:painDuringExercise=9`);

    const tomorrow = addDays(TODAY, 1);
    await createPainLog(db, { clinicId: w.home.id, patientId: w.patientA.id, logDate: tomorrow, painAtRest: 2, painDuringExercise: 7 });
    const next = await listTriageFlags(w.as.therapist, { today: tomorrow });
    expect(next.find((f) => f.rule === "exercise-pain-high")).toMatchObject({ logDates: [tomorrow], evidenceKey: `${tomorrow}:painDuringExercise=7` });
  });

  it("keeps a reviewed 'no recent log' hidden as the days go by, and flags a never-logged patient from the protocol start", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await withProtocol(w.home.id, w.patientA.id, w.as.therapist.userId, addDays(TODAY, -30));
    await logs(w.home.id, w.patientA.id, steady([-12, -10]));
    await withProtocol(w.home.id, w.patientB.id, w.as.therapist.userId, addDays(TODAY, -9));

    const flags = await listTriageFlags(w.as.therapist, { today: TODAY });
    const a = flags.find((f) => f.patientId === w.patientA.id);
    expect(a).toMatchObject({ rule: "no-recent-log", evidenceKey: `last-log:${addDays(TODAY, -10)}`, severityLabel: "Watch" });
    const b = flags.find((f) => f.patientId === w.patientB.id);
    expect(b?.reason).toContain(`No pain log since the protocol started on ${formatDate(addDays(TODAY, -9))}, 9 days ago`);
    expect(b?.logDates).toEqual([]);
    if (!a) return;
    await db.transaction((tx) => markFlagReviewed(w.as.therapist, tx, a, { today: TODAY }));
    expect(rulesOf(await listTriageFlags(w.as.therapist, { today: addDays(TODAY, 3) }), w.patientA.id)).toEqual([]);
  });

  it("shows my patients by default and the whole clinic on request, never another clinic's", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const colleague = await createUser(db, { clinicId: w.home.id, role: "therapist" });
    const theirs = await createPatient(db, { clinicId: w.home.id, primaryTherapistId: colleague.id, fullName: "Colleague's Patient" });
    for (const p of [w.patientA, theirs]) await logs(w.home.id, p.id, [{ day: 0, exercise: 9 }]);
    await logs(w.other.id, w.otherPatient.id, [{ day: 0, exercise: 10 }]);

    const mine = await listTriageFlags(w.as.therapist, { today: TODAY });
    expect(new Set(mine.map((f) => f.patientName))).toEqual(new Set(["Alex Home"]));
    const all = await listTriageFlags(w.as.therapist, { scope: "all", today: TODAY });
    expect(new Set(all.map((f) => f.patientName))).toEqual(new Set(["Alex Home", "Colleague's Patient"]));
    const other = await listTriageFlags(w.as.otherTherapist, { scope: "all", today: TODAY });
    expect(new Set(other.map((f) => f.patientName))).toEqual(new Set(["Casey Other"]));
    for (const caller of [w.as.patientA, w.as.patientB, w.as.otherPatient]) {
      await expect(listTriageFlags(caller, { today: TODAY })).rejects.toThrow(NOT_FOUND);
    }
  });

  it("leaves out archived patients and those out of active care (no protocol, no log in 45 days)", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await logs(w.home.id, w.patientA.id, [{ day: -46, exercise: 9 }]);
    await logs(w.home.id, w.patientB.id, [{ day: -1, exercise: 9 }]);
    await db.update(patients).set({ archivedAt: new Date() }).where(eq(patients.id, w.patientB.id));
    expect(await listTriageFlags(w.as.therapist, { scope: "all", today: TODAY })).toEqual([]);
    // The same stale log counts once the patient is on an active protocol again.
    await withProtocol(w.home.id, w.patientA.id, w.as.therapist.userId, addDays(TODAY, -60));
    expect(rulesOf(await listTriageFlags(w.as.therapist, { today: TODAY }), w.patientA.id)).toEqual(["exercise-pain-high", "no-recent-log"]);
  });

  it("gives exactly the flags of the whole episode while reading only the rows the rules need", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await withProtocol(w.home.id, w.patientA.id, w.as.therapist.userId, addDays(TODAY, -150));
    await logs(w.home.id, w.patientA.id, steady([-200, -190])); // an earlier episode: not part of the baseline
    // A long, varied episode: blank exercise days at the start (the baseline skips them), runs,
    // and a spike on the last day against a long run 30 days earlier.
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const entries: LogInput[] = [];
    for (let day = -140; day <= 0; day++) {
      if (rand() < 0.2 && day !== 0 && day !== -30) continue;
      entries.push({
        day, rest: Math.floor(rand() * 4), exercise: day === 0 ? 7 : day < -135 || rand() < 0.15 ? null : Math.floor(rand() * 5),
        morning: rand() < 0.2 ? null : Math.floor(rand() * 4) + (day === 0 || day === -1 ? 5 : 0),
        longestRun: day === -30 ? "8.00" : day === 0 ? "9.50" : rand() < 0.3 ? (2 + rand() * 4).toFixed(2) : null,
      });
    }
    await logs(w.home.id, w.patientA.id, entries);

    const all = await db.select().from(painLogs).where(and(eq(painLogs.patientId, w.patientA.id)));
    const episode = all.filter((l) => l.logDate >= addDays(TODAY, -150)).map(toClinicalLog);
    const expected = computeFlags(episode, { today: TODAY, protocolStartDate: addDays(TODAY, -150) });
    expect(expected.map((f) => f.rule)).toEqual(["pain-above-baseline", "exercise-pain-high", "morning-pain-not-settled", "single-run-spike"]);
    const flags = await listTriageFlags(w.as.therapist, { today: TODAY });
    const ofA = flags.filter((f) => f.patientId === w.patientA.id);
    expect(ofA.map((f) => [f.rule, f.reason, f.evidenceKey])).toEqual(expected.map((f) => [f.rule, f.reason, flagEvidenceKey(f)]));

    // The log before the latest can be far outside the spike window; the morning rule still needs it.
    await withProtocol(w.home.id, w.patientB.id, w.as.therapist.userId, addDays(TODAY, -120));
    await logs(w.home.id, w.patientB.id, [...steady([-100, -99, -98]).map((e) => ({ ...e, morning: 1 })), { day: -40, morning: 5 }, { day: 0, morning: 5 }]);
    const ofB = (await listTriageFlags(w.as.therapist, { today: TODAY })).filter((f) => f.patientId === w.patientB.id);
    expect(ofB.find((f) => f.rule === "morning-pain-not-settled")?.logDates).toEqual([TODAY, addDays(TODAY, -40)]);
  });
});

describe("markFlagReviewed", () => {
  async function flaggedWorld() {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await logs(w.home.id, w.patientA.id, [{ day: 0, exercise: 8 }]);
    await logs(w.other.id, w.otherPatient.id, [{ day: 0, exercise: 8 }]);
    const [flag] = await listTriageFlags(w.as.therapist, { today: TODAY });
    const [otherFlag] = await listTriageFlags(w.as.otherTherapist, { today: TODAY });
    if (!flag || !otherFlag) throw new Error("expected a flag in each clinic");
    return { db, w, flag, otherFlag };
  }
  const reviewCount = async () => (await t.db().select().from(flagReviews)).length;

  it("refuses a flag that does not exist, another clinic's patient, and patients, writing nothing", async () => {
    const { db, w, flag, otherFlag } = await flaggedWorld();
    const before = await reviewCount();
    const attempts = [
      { caller: w.as.therapist, input: { ...flag, evidenceKey: `${TODAY}:painDuringExercise=2` } }, // forged key
      { caller: w.as.therapist, input: { ...flag, rule: "single-run-spike" } }, // rule that is not raised
      { caller: w.as.therapist, input: { ...flag, patientId: w.patientB.id } }, // a patient without that flag
      { caller: w.as.therapist, input: otherFlag }, // another clinic's patient, real flag
      { caller: w.as.otherTherapist, input: flag },
      { caller: w.as.therapist, input: { ...flag, patientId: "not-a-uuid" } },
      { caller: w.as.patientA, input: flag }, // patients never see or touch flags
    ];
    for (const { caller, input } of attempts) {
      await expect(db.transaction((tx) => markFlagReviewed(caller, tx, input, { today: TODAY }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await reviewCount()).toBe(before);
    // Still in the queue for both clinics.
    expect((await listTriageFlags(w.as.therapist, { today: TODAY })).length).toBeGreaterThan(0);
    expect((await listTriageFlags(w.as.otherTherapist, { today: TODAY })).length).toBeGreaterThan(0);
  });

  it("writes the review for the caller's clinic and the caller", async () => {
    const { db, w, flag } = await flaggedWorld();
    await db.transaction((tx) => markFlagReviewed(w.as.therapist, tx, flag, { today: TODAY }));
    const [row] = await db.select().from(flagReviews).where(eq(flagReviews.patientId, w.patientA.id));
    expect(row).toMatchObject({ clinicId: w.home.id, reviewedBy: w.as.therapist.userId, rule: flag.rule, evidenceKey: flag.evidenceKey });
  });
});

describe("listRecentLogs", () => {
  it("lists the clinic's newest logs, ten at most, never another clinic's, and refuses patients", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await logs(w.home.id, w.patientA.id, steady([-11, -10, -9, -8, -7, -6]));
    await logs(w.home.id, w.patientB.id, steady([-5, -4, -3, -2, -1, 0]));
    await logs(w.other.id, w.otherPatient.id, steady([1, 2]));

    const recent = await listRecentLogs(w.as.therapist);
    expect(recent).toHaveLength(10);
    expect(recent.map((r) => r.logDate)).toEqual([0, -1, -2, -3, -4, -5, -6, -7, -8, -9].map((d) => addDays(TODAY, d)));
    expect(recent.every((r) => r.patientName !== "Casey Other")).toBe(true);
    expect((await listRecentLogs(w.as.otherTherapist)).map((r) => r.patientName)).toEqual(["Casey Other", "Casey Other"]);
    for (const caller of [w.as.patientA, w.as.otherPatient]) {
      await expect(listRecentLogs(caller)).rejects.toThrow(NOT_FOUND);
    }
  });
});
