import { and, eq, inArray, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createPatient, createProtocol } from "@/lib/seed/factories";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { flags, painLogs } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { UserFacingError } from "@/lib/user-facing-error";
import { addDays, todayInZone } from "@/lib/dates";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import type { PainLogInput } from "@/lib/validation/pain-log";
import { checkNoRecentLogs } from "./flag-evaluation";
import { COUNT_CAP } from "./capped-page";
import { listFlagQueue, listPatientFlags, QUEUE_PAGE_SIZE, reviewAllPatientFlags, reviewOneFlag } from "./flags";
import { saveOwnPainLog } from "./pain-logs";

const t = setupTestDatabase();
const TODAY = "2026-03-18"; // a Wednesday

const entry = (logDate: string, rest: number, exercise: number | null = null, morning: number | null = null, over: Partial<PainLogInput> = {}): PainLogInput => ({
  logDate, painAtRest: rest, painDuringExercise: exercise, painNextMorning: morning, aggravatingActivities: [], grinding: false, exerciseIds: [], redFlags: [], note: null, ...over,
});

/** Saves logs through the real save path (one transaction each), as the patient would. */
async function logAs(caller: Caller, logs: PainLogInput[], today = TODAY) {
  const results = [];
  for (const log of logs) results.push(await t.db().transaction((tx) => saveOwnPainLog(caller, tx, log, today)));
  return results;
}

const flagsOf = (patientId: string) => t.db().select().from(flags).where(eq(flags.patientId, patientId));

describe("flags are stored events", () => {
  it("a 9/10 exercise day stays flagged after a calm rest day, and re-saving the same log never raises it twice", async () => {
    const w = await createTwoClinicWorld(t.db());
    const [bad] = await logAs(w.as.patientA, [entry(addDays(TODAY, -1), 2, 9, 1)]);
    expect(bad?.tripped.map((f) => f.rule)).toEqual(["exercise-pain-high"]);
    const [calm] = await logAs(w.as.patientA, [entry(TODAY, 1, null, 1)]);
    expect(calm?.tripped).toEqual([]);
    await logAs(w.as.patientA, [entry(addDays(TODAY, -1), 2, 9, 1)]); // the same evidence again

    const stored = await flagsOf(w.patientA.id);
    expect(stored.map((f) => [f.rule, f.severity, f.evidenceKey, f.reviewedAt])).toEqual([
      ["exercise-pain-high", "review", `${addDays(TODAY, -1)}:painDuringExercise=9`, null],
    ]);
    const { open } = await listPatientFlags(w.as.therapist, w.patientA.id);
    expect(open.map((f) => f.label)).toEqual(["Exercise pain above 5/10"]);
  });

  it("catches a relapse after three good weeks against the rolling reference", async () => {
    const w = await createTwoClinicWorld(t.db());
    const start = addDays(TODAY, -24);
    const logs = [0, 1, 2].map((d) => entry(addDays(start, d), 5, null, null));
    for (let d = 3; d < 24; d++) logs.push(entry(addDays(start, d), 1, null, null));
    const results = await logAs(w.as.patientA, [...logs, entry(TODAY, 5, null, null)]);
    expect(results.slice(0, -1).flatMap((r) => r.tripped)).toEqual([]);
    // Wednesday's 5 also lifts this week's mean (1, 1, 5) a point and more above last week's 1.
    expect(results.at(-1)?.tripped.map((f) => [f.rule, f.evidenceKey])).toEqual([
      ["pain-rise", `${TODAY}:painAtRest=5`],
      ["weekly-pain-rising", "week:2026-03-16:painAtRest"],
    ]);
    expect(results.at(-1)?.tripped[0]?.evidence.numbers).toMatchObject({ rollingMedian: 1, rise: 4 });
  });

  it("a red flag answer raises an urgent flag in the same transaction as the log", async () => {
    const w = await createTwoClinicWorld(t.db());
    const [saved] = await logAs(w.as.patientA, [entry(TODAY, 3, null, null, { redFlags: ["calf-pain-swelling"] })]);
    expect(saved?.tripped.map((f) => [f.rule, f.severity])).toEqual([["red-flag", "urgent"]]);
    const [row] = await flagsOf(w.patientA.id);
    expect(row).toMatchObject({ rule: "red-flag", severity: "urgent", clinicId: w.home.id, evidenceDate: TODAY, evidence: { readings: [], answers: ["calf-pain-swelling"] } });
  });

  it("a failed save (future day) stores neither the log nor a flag", async () => {
    const w = await createTwoClinicWorld(t.db());
    await expect(logAs(w.as.patientA, [entry(addDays(TODAY, 1), 2, 9, null, { redFlags: ["new-injury"] })])).rejects.toBeInstanceOf(UserFacingError);
    expect(await flagsOf(w.patientA.id)).toEqual([]);
    expect(await t.db().select().from(painLogs).where(eq(painLogs.patientId, w.patientA.id))).toEqual([]);
  });
});

describe("no future dates in the clinic's time zone", () => {
  // 09:30 UTC on 18 Mar 2026 is 23:30 on 17 Mar in Honolulu (UTC-10) and 22:30 on 18 Mar in Tonga (UTC+13);
  // 10:30 UTC is 00:30 on 18 Mar in Honolulu, and 11:30 UTC is 00:30 on 19 Mar in Tonga.
  const cases = [
    { zone: "Pacific/Honolulu", instant: "2026-03-18T09:30:00Z", today: "2026-03-17" },
    { zone: "Pacific/Honolulu", instant: "2026-03-18T10:30:00Z", today: "2026-03-18" },
    { zone: "Pacific/Tongatapu", instant: "2026-03-18T10:30:00Z", today: "2026-03-18" },
    { zone: "Pacific/Tongatapu", instant: "2026-03-18T11:30:00Z", today: "2026-03-19" },
  ];
  for (const c of cases) {
    it(`at ${c.instant} a ${c.zone} clinic logs ${c.today} and refuses the day after`, async () => {
      const w = await createTwoClinicWorld(t.db());
      const caller = { ...w.as.patientA, timeZone: c.zone };
      const today = todayInZone(c.zone, new Date(c.instant));
      expect(today).toBe(c.today);
      await logAs(caller, [entry(today, 2)], today);
      await expect(logAs(caller, [entry(addDays(today, 1), 2)], today)).rejects.toThrow("Please correct the highlighted fields");
      const rows = await t.db().select({ logDate: painLogs.logDate }).from(painLogs).where(eq(painLogs.patientId, w.patientA.id));
      expect(rows.map((r) => r.logDate)).toEqual([c.today]);
    });
  }
});

describe("reviewing flags", () => {
  async function twoFlaggedPatients() {
    const w = await createTwoClinicWorld(t.db());
    await logAs(w.as.patientA, [entry(addDays(TODAY, -1), 2, 8), entry(TODAY, 2, null, null, { redFlags: ["new-injury"] })]);
    await logAs(w.as.patientB, [entry(TODAY, 2, 9)]);
    await logAs(w.as.otherPatient, [entry(TODAY, 2, 9)]);
    return w;
  }

  it("review one keeps who, when and the note; the flag moves to the history", async () => {
    const w = await twoFlaggedPatients();
    const { open } = await listPatientFlags(w.as.therapist, w.patientA.id);
    const urgent = open[0];
    expect(open.map((f) => f.severity)).toEqual(["urgent", "review"]);
    const result = await t.db().transaction((tx) => reviewOneFlag(w.as.therapist, tx, { flagId: urgent?.id, note: "Phoned: fell off bike, seen today." }));
    expect(result).toMatchObject({ patientId: w.patientA.id, rule: "red-flag", alreadyReviewed: false });
    const after = await listPatientFlags(w.as.therapist, w.patientA.id);
    expect(after.open.map((f) => f.rule)).toEqual(["exercise-pain-high"]);
    expect(after.reviewed[0]?.review).toMatchObject({ note: "Phoned: fell off bike, seen today.", by: expect.stringMatching(/^therapist /) });
    const again = await t.db().transaction((tx) => reviewOneFlag(w.as.admin, tx, { flagId: urgent?.id, note: null }));
    expect(again.alreadyReviewed).toBe(true);
    expect((await listPatientFlags(w.as.therapist, w.patientA.id)).reviewed[0]?.review?.note).toBe("Phoned: fell off bike, seen today.");
  });

  it("review all closes only that patient's open flags", async () => {
    const w = await twoFlaggedPatients();
    const result = await t.db().transaction((tx) => reviewAllPatientFlags(w.as.therapist, tx, { patientId: w.patientA.id, note: "All discussed at visit." }));
    expect(result.count).toBe(2);
    const open = await t.db().select({ patientId: flags.patientId }).from(flags).where(and(isNull(flags.reviewedAt), inArray(flags.clinicId, [w.home.id, w.other.id])));
    expect(open.map((r) => r.patientId).sort()).toEqual([w.patientB.id, w.otherPatient.id].sort());
  });

  it("answers 404 and writes nothing for another clinic's flag or patient, a forged id, or a patient caller", async () => {
    const w = await twoFlaggedPatients();
    const [otherFlag] = await flagsOf(w.otherPatient.id);
    const [ownFlag] = await flagsOf(w.patientB.id);
    const attempts: [Caller, () => Promise<unknown>][] = [
      [w.as.therapist, () => t.db().transaction((tx) => reviewOneFlag(w.as.therapist, tx, { flagId: otherFlag?.id, note: null }))],
      [w.as.therapist, () => t.db().transaction((tx) => reviewOneFlag(w.as.therapist, tx, { flagId: "not-a-uuid", note: null }))],
      [w.as.therapist, () => t.db().transaction((tx) => reviewAllPatientFlags(w.as.therapist, tx, { patientId: w.otherPatient.id, note: null }))],
      [w.as.otherTherapist, () => t.db().transaction((tx) => reviewOneFlag(w.as.otherTherapist, tx, { flagId: ownFlag?.id, note: null }))],
      [w.as.patientB, () => t.db().transaction((tx) => reviewOneFlag(w.as.patientB, tx, { flagId: ownFlag?.id, note: null }))],
      [w.as.patientA, () => listPatientFlags(w.as.patientA, w.patientA.id)],
      [w.as.otherTherapist, () => listPatientFlags(w.as.otherTherapist, w.patientA.id)],
    ];
    for (const [, attempt] of attempts) await expect(attempt()).rejects.toThrow(NOT_FOUND);
    expect(await t.db().select().from(flags).where(and(eq(flags.clinicId, w.home.id), isNull(flags.reviewedAt)))).toHaveLength(3);
    expect(await t.db().select().from(flags).where(and(eq(flags.clinicId, w.other.id), isNull(flags.reviewedAt)))).toHaveLength(1);
  });
});

describe("the triage queue", () => {
  it("is most urgent then oldest first, paged, scoped to mine or all, and never shows archived or other clinics' patients", async () => {
    const w = await createTwoClinicWorld(t.db());
    const leo = { ...w.as.admin }; // the admin is nobody's primary therapist
    await logAs(w.as.patientA, [entry(addDays(TODAY, -3), 2, 8)]);
    await logAs(w.as.patientB, [entry(addDays(TODAY, -2), 2, 8), entry(TODAY, 2, null, null, { redFlags: ["locking-giving-way"] })]);
    await logAs(w.as.otherPatient, [entry(TODAY, 2, 9, null, { redFlags: ["new-injury"] })]);
    const all = await listFlagQueue(w.as.therapist, { scope: "all", pageSize: 2 });
    expect(all.total).toBe(3);
    expect(all).toMatchObject({ pageCount: 2, hasNext: true, capped: false });
    expect(all.rows.map((f) => [f.patientName, f.rule])).toEqual([["Blair Home", "red-flag"], ["Alex Home", "exercise-pain-high"]]);
    const second = await listFlagQueue(w.as.therapist, { scope: "all", pageSize: 2, page: 2 });
    expect(second.rows.map((f) => [f.patientName, f.rule])).toEqual([["Blair Home", "exercise-pain-high"]]);
    expect(second.hasNext).toBe(false);
    expect((await listFlagQueue(leo, { scope: "mine" })).total).toBe(0);
    expect((await listFlagQueue(w.as.therapist, { scope: "mine", page: 99 })).page).toBe(1);

    const archived = await createPatient(t.db(), { clinicId: w.home.id, archivedAt: new Date() });
    await t.db().insert(flags).values({ clinicId: w.home.id, patientId: archived.id, rule: "red-flag", severity: "urgent", evidenceKey: "x", evidence: { readings: [] }, reason: "r", evidenceDate: TODAY });
    expect((await listFlagQueue(w.as.therapist, { scope: "all" })).total).toBe(3);
    await expect(listFlagQueue(w.as.patientA, { scope: "all" })).rejects.toThrow(NOT_FOUND);
  });

  it("counts open flags up to 1,000 and pages past them by looking one flag ahead", async () => {
    const w = await createTwoClinicWorld(t.db());
    const backlog = Array.from({ length: COUNT_CAP + 5 }, (_, i) => ({
      clinicId: w.home.id, patientId: w.patientA.id, rule: "no-recent-log", severity: "watch" as const, evidenceKey: `bulk:${i}`, evidence: { readings: [] }, reason: "r", evidenceDate: TODAY,
    }));
    await t.db().insert(flags).values(backlog);
    const first = await listFlagQueue(w.as.therapist, { scope: "all" });
    expect(first).toMatchObject({ total: COUNT_CAP, capped: true, pageCount: null, hasNext: true });
    expect(first.rows).toHaveLength(QUEUE_PAGE_SIZE);
    const last = await listFlagQueue(w.as.therapist, { scope: "all", page: Math.ceil((COUNT_CAP + 5) / QUEUE_PAGE_SIZE) });
    expect(last.rows).toHaveLength((COUNT_CAP + 5) % QUEUE_PAGE_SIZE);
    expect(last.hasNext).toBe(false);
    expect(await listFlagQueue(w.as.otherTherapist, { scope: "all" })).toMatchObject({ total: 0, capped: false });
  });
});

describe("no log for 7 days", () => {
  it("is raised once per lapse, only for patients on an active protocol, counted in the clinic's zone", async () => {
    const w = await createTwoClinicWorld(t.db());
    const library = await builtInExerciseIds(t.db());
    const item = { exerciseId: library.get("clamshell")?.id as string, sets: 3, reps: 10, frequencyPerWeek: 5, side: "right" as const };
    await createProtocol(t.db(), { clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "P1", startDate: addDays(TODAY, -20), items: [item] });
    await logAs(w.as.patientA, [entry(addDays(TODAY, -7), 2)]);
    await logAs(w.as.patientB, [entry(addDays(TODAY, -9), 2)]); // no protocol: not expected to log

    const at = (day: string) => new Date(`${day}T12:00:00Z`);
    expect(await checkNoRecentLogs(t.db(), w.home.id, { now: at(addDays(TODAY, -1)) })).toBe(0); // 6 days
    expect(await checkNoRecentLogs(t.db(), w.home.id, { now: at(TODAY) })).toBe(1); // 7 days
    expect(await checkNoRecentLogs(t.db(), w.home.id, { now: at(addDays(TODAY, 3)) })).toBe(0); // same lapse
    const lapse = (await flagsOf(w.patientA.id)).filter((f) => f.rule === "no-recent-log");
    expect(lapse.map((f) => [f.severity, f.evidenceKey])).toEqual([["watch", `last-log:${addDays(TODAY, -7)}`]]);
    expect((await flagsOf(w.patientB.id)).filter((f) => f.rule === "no-recent-log")).toEqual([]);
  });
});
