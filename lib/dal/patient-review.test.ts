import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createPainLog, createPatient, createProtocol, insertProtocolVersion, recordCompletions } from "@/lib/seed/factories";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { auditEvents, protocols } from "@/db/schema";
import { isoWeekStart } from "@/lib/clinical/adherence";
import { addDays } from "@/lib/dates";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { CHART_WEEKS, getPainLogExport, getPatientReview, listPatientLogs, type LogListQuery } from "./patient-review";

const t = setupTestDatabase();
const TODAY = "2026-03-18"; // a Wednesday
const query = (over: Partial<LogListQuery> = {}): LogListQuery => ({ sort: { key: "date", dir: "desc" }, page: 1, pageSize: 20, ...over });

async function exercise(key: string) {
  const e = (await builtInExerciseIds(t.db())).get(key);
  if (!e) throw new Error(`library has no ${key}`);
  return e.id;
}

describe("patient review scoping", () => {
  it("answers 404 to another clinic's staff, to patients, and for another clinic's patient; every function", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await createPainLog(db, { clinicId: w.home.id, patientId: w.patientA.id, logDate: TODAY, note: "home only" });
    await createPainLog(db, { clinicId: w.other.id, patientId: w.otherPatient.id, logDate: TODAY, note: "other only" });
    const homeOnly = [expect.objectContaining({ logDate: TODAY, note: "home only" })];
    // Each function with what the clinic's own staff get back: patient A's data and only that.
    const calls: [(c: typeof w.as.therapist, id: unknown) => Promise<unknown>, Record<string, unknown>][] = [
      [(c, id) => getPatientReview(c, id, { today: TODAY }), { patientId: w.patientA.id, patientName: "Alex Home", activeProtocol: null, adherence: null }],
      [(c, id) => listPatientLogs(c, id, query()), { total: 1, page: 1, pageCount: 1, rows: homeOnly }],
      [(c, id) => getPainLogExport(c, id), { patientId: w.patientA.id, patientName: "Alex Home", rows: homeOnly }],
    ];
    for (const [call, own] of calls) {
      await expect(call(w.as.therapist, w.patientA.id)).resolves.toMatchObject(own);
      await expect(call(w.as.admin, w.patientA.id)).resolves.toMatchObject(own);
      for (const [caller, id] of [
        [w.as.otherTherapist, w.patientA.id], [w.as.therapist, w.otherPatient.id], [w.as.patientA, w.patientA.id],
        [w.as.patientB, w.patientA.id], [w.as.otherPatient, w.otherPatient.id], [w.as.therapist, "not-a-uuid"], [w.as.therapist, undefined],
      ] as const) {
        await expect(call(caller, id)).rejects.toThrow(NOT_FOUND);
      }
    }
    const mine = await listPatientLogs(w.as.therapist, w.patientA.id, query());
    expect(mine.rows.map((r) => r.note)).toEqual(["home only"]);
  });
});

describe("listPatientLogs", () => {
  it("pages 20 at a time and sorts on the server, blanks last, ties newest first", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    for (let i = 0; i < 25; i++) {
      await createPainLog(db, {
        clinicId: w.home.id, patientId: w.patientA.id, logDate: addDays(TODAY, -i), painAtRest: i % 4,
        painDuringExercise: i % 5 === 0 ? null : i % 7, redFlags: i === 3 ? ["new-injury"] : [],
      });
    }
    await createPainLog(db, { clinicId: w.home.id, patientId: w.patientB.id, logDate: TODAY, painDuringExercise: 10 });

    const first = await listPatientLogs(w.as.therapist, w.patientA.id, query());
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(20);
    expect(first.rows[0]?.logDate).toBe(TODAY);
    expect(first.rows[3]?.redFlags).toEqual(["new-injury"]);
    const second = await listPatientLogs(w.as.therapist, w.patientA.id, query({ page: 2 }));
    expect(second.rows.map((r) => r.logDate)).toEqual([20, 21, 22, 23, 24].map((i) => addDays(TODAY, -i)));
    expect((await listPatientLogs(w.as.therapist, w.patientA.id, query({ page: 99 }))).page).toBe(2);

    const asc = await listPatientLogs(w.as.therapist, w.patientA.id, query({ sort: { key: "date", dir: "asc" } }));
    expect(asc.rows[0]?.logDate).toBe(addDays(TODAY, -24));

    const byExercise: (number | null)[] = [];
    for (const page of [1, 2]) {
      const { rows } = await listPatientLogs(w.as.therapist, w.patientA.id, query({ sort: { key: "exercise", dir: "desc" }, page }));
      byExercise.push(...rows.map((r) => r.painDuringExercise));
    }
    expect(byExercise).toHaveLength(25);
    expect(byExercise.includes(10)).toBe(false); // patient B's log is not A's
    const known = byExercise.filter((v): v is number => v !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(byExercise.slice(known.length).every((v) => v === null)).toBe(true);
    const sixes = (await listPatientLogs(w.as.therapist, w.patientA.id, query({ sort: { key: "exercise", dir: "desc" } }))).rows.filter((r) => r.painDuringExercise === 6);
    expect(sixes.map((r) => r.logDate)).toEqual([...sixes.map((r) => r.logDate)].sort().reverse());

    const restAsc = (await listPatientLogs(w.as.therapist, w.patientA.id, query({ sort: { key: "rest", dir: "asc" } }))).rows.map((r) => r.painAtRest);
    expect(restAsc).toEqual([...restAsc].sort((a, b) => a - b));
  });

  it("is empty, not an error, for a patient without logs", async () => {
    const w = await createTwoClinicWorld(t.db());
    expect(await listPatientLogs(w.as.therapist, w.patientB.id, query())).toEqual({ rows: [], total: 0, page: 1, pageCount: 1 });
  });
});

describe("getPatientReview", () => {
  it("builds the episode's references and weekly adherence against each version in force", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const clamshell = await exercise("clamshell");
    const bridge = await exercise("banded-glute-bridge");
    const start = addDays(TODAY, -16); // Monday 2 March
    const { protocol } = await createProtocol(db, {
      clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Phase 1", startDate: start,
      items: [{ exerciseId: clamshell, sets: 3, reps: 10, frequencyPerWeek: 5, side: "right" }, { exerciseId: bridge, sets: 3, reps: 10, frequencyPerWeek: 2, side: "both" }],
      createdAt: new Date(`${addDays(start, 2)}T09:00:00`), // typed in two days after it started
    });
    await insertProtocolVersion(db, {
      protocolId: protocol.id, version: 2, title: "Phase 1b", phase: 1, createdBy: w.as.therapist.userId, createdAt: new Date(`${addDays(TODAY, -5)}T09:00:00`),
      items: [{ exerciseId: clamshell, sets: 3, reps: 12, frequencyPerWeek: 5, side: "right" }, { exerciseId: bridge, sets: 3, reps: 10, frequencyPerWeek: 2, side: "both" }],
    });
    await db.update(protocols).set({ currentVersion: 2 }).where(eq(protocols.id, protocol.id));

    // Before the episode: high pain that must not enter the baseline.
    await createPainLog(db, { clinicId: w.home.id, patientId: w.patientA.id, logDate: addDays(start, -3), painAtRest: 9, painDuringExercise: 9, painNextMorning: 9 });
    for (let d = 0; d <= 16; d++) {
      const late = d >= 10; // the last 7 days: calmer
      await createPainLog(db, {
        clinicId: w.home.id, patientId: w.patientA.id, logDate: addDays(start, d),
        painAtRest: 1, painDuringExercise: late ? 2 : 4, painNextMorning: late ? 1 : 2,
      });
    }
    // Week 1 (Mon 2 - Sun 8): clamshell 5 days, bridge twice: 7 of 7. Week 2: clamshell 3 days: 3 of 7.
    for (let d = 0; d < 5; d++) await recordCompletions(db, { clinicId: w.home.id, patientId: w.patientA.id, doneOn: addDays(start, d), exerciseIds: [clamshell, ...(d < 2 ? [bridge] : [])] });
    for (let d = 7; d < 10; d++) await recordCompletions(db, { clinicId: w.home.id, patientId: w.patientA.id, doneOn: addDays(start, d), exerciseIds: [clamshell] });
    await recordCompletions(db, { clinicId: w.other.id, patientId: w.otherPatient.id, doneOn: addDays(start, 8), exerciseIds: [clamshell, bridge] });

    const review = await getPatientReview(w.as.therapist, w.patientA.id, { today: TODAY });
    expect(review.activeProtocol).toEqual({ title: "Phase 1b", version: 2, startDate: start });
    // Baseline: the episode's first readings (the 9s before it are left out); rolling: the median
    // of the last 14 days, seven logs at 4/10 and seven at 2/10 during exercise.
    expect(review.references).toEqual([
      { series: "painAtRest", baseline: 1, rolling: 1, rollingReadings: 14 },
      { series: "painDuringExercise", baseline: 4, rolling: 3, rollingReadings: 14 },
      { series: "painNextMorning", baseline: 2, rolling: 1.5, rollingReadings: 14 },
    ]);
    // v2 came into force on Friday 13 March; the other clinic's ticks on 10 March are not counted.
    expect(review.adherence?.map((wk) => [wk.weekStart, wk.done, wk.prescribed, wk.versions])).toEqual([
      [start, 7, 7, [1]], [addDays(start, 7), 3, 7, [1, 2]], [addDays(start, 14), 0, 3, [2]],
    ]);
  });

  it("does not make earlier weeks look worse when the plan grew mid-episode; range sets the weeks shown", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const clamshell = await exercise("clamshell");
    const bridge = await exercise("banded-glute-bridge");
    const slr = await exercise("straight-leg-raise");
    const start = addDays(TODAY, -16 - 12 * 7); // a Monday 14 weeks before this one
    const grewOn = addDays(TODAY, -9); // Monday 9 March
    const { protocol } = await createProtocol(db, {
      clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Phase 1", startDate: start,
      items: [{ exerciseId: clamshell, sets: 3, reps: 10, frequencyPerWeek: 3, side: "right" }],
    });
    await insertProtocolVersion(db, {
      protocolId: protocol.id, version: 2, title: "Phase 2", phase: 2, createdBy: w.as.therapist.userId, createdAt: new Date(`${grewOn}T09:00:00`),
      items: [
        { exerciseId: clamshell, sets: 3, reps: 10, frequencyPerWeek: 3, side: "right" },
        { exerciseId: bridge, sets: 3, reps: 10, frequencyPerWeek: 3, side: "both" },
        { exerciseId: slr, sets: 3, reps: 10, frequencyPerWeek: 3, side: "right" },
      ],
    });
    await db.update(protocols).set({ currentVersion: 2 }).where(eq(protocols.id, protocol.id));
    // Every prescribed session done: clamshell Mon/Wed/Fri from the start; all three from the change.
    for (let monday = start; monday <= TODAY; monday = addDays(monday, 7)) {
      for (const day of [0, 2, 4].map((d) => addDays(monday, d)).filter((d) => d <= TODAY)) {
        await recordCompletions(db, { clinicId: w.home.id, patientId: w.patientA.id, doneOn: day, exerciseIds: day < grewOn ? [clamshell] : [clamshell, bridge, slr] });
      }
    }

    const review = await getPatientReview(w.as.therapist, w.patientA.id, { today: TODAY });
    const [first, ...whole] = review.adherence ?? [];
    // Twelve weeks back from today starts on a Thursday: that week is cut to four days (prorated).
    expect(first).toEqual({ weekStart: isoWeekStart(addDays(TODAY, -(CHART_WEEKS * 7 - 1))), done: 1, prescribed: 2, ratio: 0.5, versions: [1] });
    expect(whole).toHaveLength(CHART_WEEKS);
    // The weeks before the change are full marks against the 3 sessions then due, not 3 of 9.
    expect(whole.at(-3)).toEqual({ weekStart: addDays(grewOn, -7), done: 3, prescribed: 3, ratio: 1, versions: [1] });
    expect(whole.at(-2)).toEqual({ weekStart: grewOn, done: 9, prescribed: 9, ratio: 1, versions: [2] });
    expect(whole.filter((wk) => wk.ratio !== 1)).toEqual([]);

    const episode = await getPatientReview(w.as.therapist, w.patientA.id, { today: TODAY, range: "episode" });
    expect(episode.adherence?.[0]).toEqual({ weekStart: start, done: 3, prescribed: 3, ratio: 1, versions: [1] });
    expect(episode.adherence).toHaveLength(15);
  });

  it("has no adherence and no baseline for a patient with two logs and no protocol", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    for (const d of [-1, 0]) await createPainLog(db, { clinicId: w.home.id, patientId: w.patientB.id, logDate: addDays(TODAY, d), painDuringExercise: 7 });
    const review = await getPatientReview(w.as.admin, w.patientB.id, { today: TODAY });
    expect(review).toMatchObject({ patientName: "Blair Home", adherence: null, activeProtocol: null });
    // Two logs are too few for either reference (three readings at least).
    expect(review.references.map((r) => [r.series, r.baseline, r.rolling, r.rollingReadings])).toEqual([
      ["painAtRest", null, null, 0], ["painDuringExercise", null, null, 0], ["painNextMorning", null, null, 0],
    ]);
  });
});

describe("getPainLogExport", () => {
  it("returns every log oldest first with the red-flag answers, and records the export in the audit log", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const patient = await createPatient(db, { clinicId: w.home.id, fullName: "Zoë O'Neill" });
    await createPainLog(db, { clinicId: w.home.id, patientId: patient.id, logDate: TODAY, redFlags: ["calf-pain-swelling"], note: "=cmd|' /C calc'!A0" });
    await createPainLog(db, { clinicId: w.home.id, patientId: patient.id, logDate: addDays(TODAY, -1), aggravatingActivities: ["stairs", "running"] });
    const out = await getPainLogExport(w.as.therapist, patient.id, { ip: "203.0.113.5" });
    expect(out.patientName).toBe("Zoë O'Neill");
    expect(out.rows.map((r) => r.logDate)).toEqual([addDays(TODAY, -1), TODAY]);
    expect(out.rows[1]).toMatchObject({ redFlags: ["calf-pain-swelling"], note: "=cmd|' /C calc'!A0" });
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.patientId, patient.id));
    expect(audit).toEqual([expect.objectContaining({ action: "pain-logs.exported", actorId: w.as.therapist.userId, clinicId: w.home.id, ip: "203.0.113.5", detail: { rows: 2, format: "csv" } })]);

    await expect(getPainLogExport(w.as.otherTherapist, patient.id)).rejects.toThrow(NOT_FOUND);
    expect(await db.select().from(auditEvents).where(eq(auditEvents.patientId, patient.id))).toHaveLength(1);
  });
});
