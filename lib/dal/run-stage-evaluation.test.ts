import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { protocolVersions, runs, suggestions } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { addDays } from "@/lib/dates";
import { createPainLog, createProtocol } from "@/lib/seed/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import type { RunInput } from "@/lib/validation/run";
import { saveProtocol } from "./protocol-writes";
import { evaluateRunStage, evaluateRunStagesEverywhere } from "./run-stage-evaluation";
import { loadRecordPage } from "./record-page";
import { parseReviewParams } from "@/lib/validation/review-params";
import { saveOwnPainLog } from "./pain-logs";
import { deleteOwnRun, saveOwnRun, updateOwnRun } from "./runs";

// The step rule's situations, through the real run save paths (lib/dal/runs.ts), which run it in their transaction.
const t = setupTestDatabase();

const SINCE = "2026-03-02";
const at = (day: string) => new Date(`${day}T18:00:00Z`);
const UTC = (c: Caller): Caller => ({ ...c, timeZone: "UTC" });

async function onStage(db = t.db(), opts: { stage?: number | null; since?: string; painLimit?: number } = {}) {
  const w = await createTwoClinicWorld(db);
  const exerciseId = (await builtInExerciseIds(db)).get("clamshell")?.id as string;
  const stage = opts.stage === undefined ? 2 : opts.stage;
  const { protocol } = await createProtocol(db, {
    clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Phase 1", startDate: "2026-02-20",
    items: [{ exerciseId, sets: 3, reps: 12, frequencyPerWeek: 3, side: "both" }],
    run: stage === null ? undefined : { runStage: stage, runStageSince: opts.since ?? SINCE, runPainLimit: opts.painLimit ?? 5 },
  });
  return { w, protocol, exerciseId, patient: UTC(w.as.patientA) };
}

const run = (runDate: string, painDuring: number, over: Partial<RunInput> = {}): RunInput => ({
  runDate, distanceKm: 2, durationSeconds: 1200, painDuring, painNextMorning: null, cadence: null, surface: null, shoe: null, ...over,
});

/** A run logged on its evening, and its next-morning pain added the day after (null: left blank). */
async function logRun(c: Caller, runDate: string, painDuring: number, morning: number | null) {
  const { runId } = await t.db().transaction((tx) => saveOwnRun(c, tx, run(runDate, painDuring), at(runDate)));
  if (morning !== null) await t.db().transaction((tx) => updateOwnRun(c, tx, runId, { painNextMorning: morning }, at(addDays(runDate, 1))));
  return runId;
}

const suggestionsOf = (protocolId: string) =>
  t.db().select().from(suggestions).where(eq(suggestions.protocolId, protocolId)).orderBy(suggestions.createdAt);
const statuses = async (protocolId: string) => (await suggestionsOf(protocolId)).map((s) => [s.direction, s.summary, s.status]);

afterEach(() => {
  vi.useRealTimers();
});

describe("walk-run stage evaluation", () => {
  it("two good runs at the stage make one pending 'next stage' suggestion with the rule's evidence", async () => {
    const { protocol, patient } = await onStage();
    await logRun(patient, "2026-03-03", 3, 1);
    expect(await suggestionsOf(protocol.id)).toEqual([]); // one good run: hold
    await logRun(patient, "2026-03-05", 5, 2); // exactly the limit, morning at the 2/10 fallback: still good
    const [s] = await suggestionsOf(protocol.id);
    expect(s).toMatchObject({
      kind: "run-stage", subject: "run-stage", rule: "return-to-run", direction: "advance", status: "pending", basedOnVersion: 1,
      summary: "Walk-run stage 2 -> stage 3", evidenceKey: `stage-2@${SINCE}:advance`,
      proposedChange: { kind: "next-stage", fromStage: 2, toStage: 3, summary: "Walk-run stage 2 -> stage 3" },
    });
    expect((s?.evidence as { runs: unknown[] }).runs).toHaveLength(2);
    expect(s?.reason).toContain("2 runs since 2026-03-02");
  });

  it("a painful run after good ones steps back, and a calm run after it does not undo that", async () => {
    const { protocol, patient } = await onStage();
    await logRun(patient, "2026-03-03", 2, 1);
    await logRun(patient, "2026-03-05", 2, 1);
    await logRun(patient, "2026-03-07", 6, 1);
    await logRun(patient, "2026-03-09", 1, 0);
    expect(await statuses(protocol.id)).toEqual([
      ["advance", "Walk-run stage 2 -> stage 3", "superseded"],
      ["step-back", "Walk-run stage 2 -> stage 1", "pending"],
    ]);
    const [, back] = await suggestionsOf(protocol.id);
    expect(back).toMatchObject({ evidenceKey: `stage-2@${SINCE}:step-back:2026-03-07`, proposedChange: { kind: "previous-stage", toStage: 1 } });
  });

  it("judges the morning against the usual morning of the daily log: 3/10 is settled for a patient whose mornings are 2-3", async () => {
    const { w, protocol, patient } = await onStage();
    for (const [day, morning] of [["2026-02-24", 3], ["2026-02-26", 2], ["2026-02-28", 3], ["2026-03-01", 3]] as const) {
      await createPainLog(t.db(), { clinicId: w.home.id, patientId: w.patientA.id, logDate: day, painAtRest: 2, painNextMorning: morning });
    }
    await logRun(patient, "2026-03-03", 2, 3);
    await logRun(patient, "2026-03-05", 2, 3);
    expect(await statuses(protocol.id)).toEqual([["advance", "Walk-run stage 2 -> stage 3", "pending"]]);
    expect((await suggestionsOf(protocol.id))[0]?.evidence).toMatchObject({ usualMorning: 3 });
  });

  it("a blank next morning neither counts nor blocks", async () => {
    const { protocol, patient } = await onStage();
    await logRun(patient, "2026-03-03", 2, 1);
    await logRun(patient, "2026-03-04", 2, null);
    expect(await suggestionsOf(protocol.id)).toEqual([]);
    await logRun(patient, "2026-03-06", 2, 1);
    const [s] = await suggestionsOf(protocol.id);
    expect(s).toMatchObject({ direction: "advance", status: "pending" });
    expect(s?.reason).toContain("Not counted: pain during the run or the next morning not recorded for the run on 2026-03-04");
  });

  it("from stage 1 a painful run suggests pausing running", async () => {
    const { protocol, patient } = await onStage(t.db(), { stage: 1 });
    await logRun(patient, "2026-03-03", 7, null);
    expect(await suggestionsOf(protocol.id)).toMatchObject([
      { direction: "step-back", status: "pending", proposedChange: { kind: "pause-running", fromStage: 1, toStage: null }, summary: "Pause running; keep strengthening and review the entry criteria" },
    ]);
  });

  it("ignores runs dated before the stage began, and deleting a run re-reads the rest", async () => {
    const { protocol, patient } = await onStage(t.db(), { since: "2026-03-06" });
    await logRun(patient, "2026-03-03", 2, 1);
    await logRun(patient, "2026-03-05", 8, 6); // painful, but at the stage before
    await logRun(patient, "2026-03-07", 2, 1);
    expect(await suggestionsOf(protocol.id)).toEqual([]);
    const last = await logRun(patient, "2026-03-08", 2, 1);
    expect(await statuses(protocol.id)).toEqual([["advance", "Walk-run stage 2 -> stage 3", "pending"]]);
    await t.db().transaction((tx) => deleteOwnRun(patient, tx, last, at("2026-03-09")));
    expect(await statuses(protocol.id)).toEqual([["advance", "Walk-run stage 2 -> stage 3", "superseded"]]);
  });

  it("dates the stage and a run logged late in the evening in the clinic's far time zone by that zone's day", async () => {
    const { w, protocol, exerciseId } = await onStage(t.db(), { stage: null });
    const zone = "Pacific/Honolulu"; // UTC-10: 22:30 on 10 March there is already 11 March in UTC
    const therapist = { ...w.as.therapist, timeZone: zone };
    const patient = { ...w.as.patientA, timeZone: zone };
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-11T04:00:00Z")); // 18:00 on 10 March in Honolulu
    await t.db().transaction((tx) =>
      saveProtocol(therapist, tx, {
        patientId: w.patientA.id, baseVersion: 1, title: "Phase 1", phase: 1, startDate: "2026-02-20", runStage: 3, runPainLimit: 4,
        items: [{ exerciseId, sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 3, eachSide: false, side: "both", load: null, note: null }],
      }),
    );
    vi.useRealTimers();
    const [v2] = await t.db().select().from(protocolVersions).where(and(eq(protocolVersions.protocolId, protocol.id), eq(protocolVersions.version, 2)));
    expect(v2).toMatchObject({ protocolId: protocol.id, runStage: 3, runStageSince: "2026-03-10", runPainLimit: 4 });
    const late = new Date("2026-03-11T08:30:00Z"); // 22:30 on 10 March in Honolulu
    const { runId } = await t.db().transaction((tx) => saveOwnRun(patient, tx, run("2026-03-10", 3), late));
    await t.db().transaction((tx) => updateOwnRun(patient, tx, runId, { painNextMorning: 1 }, new Date("2026-03-11T18:00:00Z")));
    const { runId: second } = await t.db().transaction((tx) => saveOwnRun(patient, tx, run("2026-03-12", 2), new Date("2026-03-13T08:00:00Z")));
    await t.db().transaction((tx) => updateOwnRun(patient, tx, second, { painNextMorning: 1 }, new Date("2026-03-13T18:00:00Z")));
    const [s] = await suggestionsOf(protocol.id);
    expect(s).toMatchObject({ direction: "advance", basedOnVersion: 2, summary: "Walk-run stage 3 -> stage 4", evidenceKey: "stage-3@2026-03-10:advance" });
    expect((s?.evidence as { runs: { runDate: string }[] }).runs.map((r) => r.runDate)).toEqual(["2026-03-10", "2026-03-12"]);
  });

  it("stores nothing for a patient who is not on the programme", async () => {
    const { protocol, patient } = await onStage(t.db(), { stage: null });
    await logRun(patient, "2026-03-03", 9, 8);
    await logRun(patient, "2026-03-05", 2, 1);
    expect(await suggestionsOf(protocol.id)).toEqual([]);
    expect(await t.db().transaction((tx) => evaluateRunStage(tx, { clinicId: patient.clinicId, patientId: patient.patientId as string }, { timeZone: "UTC", now: at("2026-03-06") }))).toBeNull();
  });

  it("touches nothing of another clinic: its patient is not found under this clinic, and its pending suggestion stays", async () => {
    const { w, protocol, patient } = await onStage();
    const exerciseId = (await builtInExerciseIds(t.db())).get("clamshell")?.id as string;
    const { protocol: theirs } = await createProtocol(t.db(), {
      clinicId: w.other.id, patientId: w.otherPatient.id, therapistId: w.as.otherTherapist.userId, title: "Theirs", startDate: "2026-02-20",
      items: [{ exerciseId, sets: 3, reps: 12, frequencyPerWeek: 3, side: "both" }], run: { runStage: 4, runStageSince: SINCE, runPainLimit: 5 },
    });
    const other = UTC(w.as.otherPatient);
    await logRun(other, "2026-03-03", 2, 1);
    await logRun(other, "2026-03-04", 2, 1);
    const before = await suggestionsOf(theirs.id);
    expect(before.map((s) => s.status)).toEqual(["pending"]);
    await logRun(patient, "2026-03-05", 9, 1);
    // The home clinic's evaluation, pointed at the other clinic's patient, finds no protocol and stores nothing.
    expect(await t.db().transaction((tx) => evaluateRunStage(tx, { clinicId: w.home.id, patientId: w.otherPatient.id }, { timeZone: "UTC", now: at("2026-03-06") }))).toBeNull();
    expect(await suggestionsOf(theirs.id)).toEqual(before);
    expect(await statuses(protocol.id)).toEqual([["step-back", "Walk-run stage 2 -> stage 1", "pending"]]);
  });

  it("the jobs entry evaluates every patient on a stage, including runs that arrived by no save path", async () => {
    const { w, protocol } = await onStage();
    // Rows written outside the app (an import), so nothing has evaluated them yet.
    await t.db().insert(runs).values(["2026-03-03", "2026-03-05"].map((runDate) => ({ clinicId: w.home.id, patientId: w.patientA.id, runDate, durationSeconds: 1200, painDuring: 2, painNextMorning: 1 })));
    expect(await suggestionsOf(protocol.id)).toEqual([]);
    const result = await evaluateRunStagesEverywhere(t.db(), at("2026-03-06"));
    expect(result.pending).toBeGreaterThanOrEqual(1);
    expect(await statuses(protocol.id)).toEqual([["advance", "Walk-run stage 2 -> stage 3", "pending"]]);
  });

  it("record load brings the suggestion up to date for staff of the clinic; another clinic's therapist and a patient get 404", async () => {
    const { w, protocol } = await onStage();
    await t.db().insert(runs).values(["2026-03-03", "2026-03-05"].map((runDate) => ({ clinicId: w.home.id, patientId: w.patientA.id, runDate, durationSeconds: 1200, painDuring: 2, painNextMorning: 1 })));
    // The record page is where time alone is noticed: its one load judges the plan before reading suggestions.
    const load = (caller: Caller) => loadRecordPage(caller, w.patientA.id, { ip: null, review: parseReviewParams({}) }, at("2026-03-06"));
    await expect(load(w.as.otherTherapist)).rejects.toThrow(NOT_FOUND);
    await expect(load(w.as.patientA)).rejects.toThrow(NOT_FOUND);
    expect(await suggestionsOf(protocol.id)).toEqual([]);
    const page = await load(UTC(w.as.therapist));
    expect(page.suggestions.pending.map((s) => s.summary)).toContain("Walk-run stage 2 -> stage 3");
    expect(await statuses(protocol.id)).toEqual([["advance", "Walk-run stage 2 -> stage 3", "pending"]]);
  });

  it("a daily log re-judges the step: mornings that settle lower make the runs' mornings unsettled", async () => {
    const { protocol, patient } = await onStage();
    await logRun(patient, "2026-03-03", 3, 1);
    await logRun(patient, "2026-03-05", 3, 2);
    expect(await statuses(protocol.id)).toEqual([["advance", expect.any(String), "pending"]]);
    // Three calm mornings make a usual morning of 0/10: the runs' mornings (1 and 2) are not back to usual.
    for (const day of ["2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09"]) {
      const log = { logDate: day, painAtRest: 0, painDuringExercise: null, painNextMorning: 0, aggravatingActivities: [], grinding: false, redFlags: [], note: null, exerciseIds: [] };
      await t.db().transaction((tx) => saveOwnPainLog(patient, tx, log, day, at(day)));
    }
    expect((await statuses(protocol.id)).map(([direction, , status]) => [direction, status])).toEqual([["advance", "superseded"], ["step-back", "pending"]]);
  });
});
