import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { flags, runs } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import type { Caller } from "@/lib/auth/caller";
import { addDays } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import type { RunInput } from "@/lib/validation/run";
import { deleteOwnRun, listOwnRuns, listPatientRuns, ownRunSummary, patientRunSummary, saveOwnRun, updateOwnRun } from "./runs";

// The actions over this DAL are tested beside them: app/(patient)/my/log/run-actions.test.ts.
const t = setupTestDatabase();

// 11:00 UTC on 10 March 2026 is already 11 March in Tonga (UTC+13) and still 10 March in Honolulu (UTC-10).
const NOW = new Date("2026-03-10T11:00:00Z");
const DAY = "2026-03-10";
const zoned = (c: Caller, timeZone: string): Caller => ({ ...c, timeZone });

const input = (over: Partial<RunInput> = {}): RunInput => ({
  runDate: DAY, distanceKm: 5, durationSeconds: 1800, painDuring: 2, painNextMorning: null, cadence: null, surface: null, shoe: null, ...over,
});

const save = (c: Caller, over: Partial<RunInput> = {}, now = NOW) => t.db().transaction((tx) => saveOwnRun(c, tx, input(over), now));
const update = (c: Caller, id: unknown, changes: Partial<RunInput>, now = NOW) => t.db().transaction((tx) => updateOwnRun(c, tx, id, changes, now));
const remove = (c: Caller, id: unknown) => t.db().transaction((tx) => deleteOwnRun(c, tx, id));
const runsOf = (patientId: string) => t.db().select().from(runs).where(eq(runs.patientId, patientId));
const flagsOf = (patientId: string) => t.db().select().from(flags).where(eq(flags.patientId, patientId));

async function fieldErrorsOf(p: Promise<unknown>): Promise<Record<string, string[]> | undefined> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  return (error as UserFacingError).fieldErrors;
}

describe("run DAL: writes", () => {
  it("stores two runs on the same day as two rows, in the caller's clinic", async () => {
    const w = await createTwoClinicWorld(t.db());
    const first = await save(w.as.patientA, { distanceKm: 3.1 });
    const second = await save(w.as.patientA, { distanceKm: 4.25, durationSeconds: null, surface: "trail", shoe: "Pegasus" });
    expect(first.runId).not.toBe(second.runId);
    const rows = await runsOf(w.patientA.id);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.runDate === DAY && r.clinicId === w.home.id)).toBe(true);
    expect(rows.map((r) => r.distanceKm).sort()).toEqual(["3.10", "4.25"]);
    expect(await listOwnRuns(w.as.patientA, { from: DAY, to: DAY })).toMatchObject([
      { distanceKm: 3.1, durationSeconds: 1800, painDuring: 2 },
      { distanceKm: 4.25, durationSeconds: null, surface: "trail", shoe: "Pegasus" },
    ]);
  });

  it("refuses a run id of another patient or another clinic (404), a malformed one too, and writes nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const { runId: ofB } = await save(w.as.patientB, { painNextMorning: null, runDate: addDays(DAY, -1) });
    const { runId: ofOther } = await save(w.as.otherPatient, { runDate: addDays(DAY, -1) });
    const before = [...(await runsOf(w.patientB.id)), ...(await runsOf(w.otherPatient.id))];
    for (const id of [ofB, ofOther, "not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      await expect(update(w.as.patientA, id, { painNextMorning: 9 })).rejects.toThrow(NOT_FOUND);
      await expect(remove(w.as.patientA, id)).rejects.toThrow(NOT_FOUND);
    }
    // Staff have no own runs to write; the other clinic's patient cannot touch clinic one's runs.
    await expect(update(w.as.therapist, ofB, { painNextMorning: 9 })).rejects.toThrow(NOT_FOUND);
    await expect(remove(w.as.otherPatient, ofB)).rejects.toThrow(NOT_FOUND);
    expect([...(await runsOf(w.patientB.id)), ...(await runsOf(w.otherPatient.id))]).toEqual(before);
    expect(await runsOf(w.patientA.id)).toHaveLength(0);
  });

  it("a patient whose session points at another clinic gets 404 and nothing is written", async () => {
    const w = await createTwoClinicWorld(t.db());
    const { runId } = await save(w.as.patientA, { runDate: addDays(DAY, -1) });
    const stale: Caller = { ...w.as.patientA, clinicId: w.other.id };
    await expect(save(stale)).rejects.toThrow(NOT_FOUND);
    await expect(update(stale, runId, { painNextMorning: 8 })).rejects.toThrow(NOT_FOUND);
    await expect(remove(stale, runId)).rejects.toThrow(NOT_FOUND);
    expect((await runsOf(w.patientA.id)).map((r) => r.painNextMorning)).toEqual([null]);
  });

  it("counts 'the future' in the clinic's time zone, not the server's", async () => {
    const w = await createTwoClinicWorld(t.db());
    const tonga = zoned(w.as.patientA, "Pacific/Tongatapu");
    const honolulu = zoned(w.as.patientB, "Pacific/Honolulu");
    expect((await save(tonga, { runDate: "2026-03-11" })).runDate).toBe("2026-03-11");
    expect(await fieldErrorsOf(save(honolulu, { runDate: "2026-03-11" }))).toEqual({ runDate: ["The day of the run cannot be in the future"] });
    expect((await save(honolulu, { runDate: "2026-03-10" })).runDate).toBe("2026-03-10");
    expect(await runsOf(w.patientB.id)).toHaveLength(1);
  });

  it("refuses a day before the earliest loggable one, and next-morning pain before that morning has come", async () => {
    const w = await createTwoClinicWorld(t.db());
    const old = await fieldErrorsOf(save(w.as.patientA, { runDate: addDays(DAY, -45) }));
    // Without a plan the earliest day is 30 days back.
    expect(old).toEqual({ runDate: [`Choose a day from ${formatDate(addDays(DAY, -30))} onwards`] });
    expect(await fieldErrorsOf(save(w.as.patientA, { painNextMorning: 3 }))).toEqual({ nextMorningPain: ["Add the next morning's pain from the day after the run"] });
    expect(await runsOf(w.patientA.id)).toHaveLength(0);

    const { runId } = await save(w.as.patientA);
    await expect(update(w.as.patientA, runId, { painNextMorning: 3 })).rejects.toThrow(UserFacingError);
    // The next day, the morning has come.
    const nextDay = new Date("2026-03-11T11:00:00Z");
    await update(w.as.patientA, runId, { painNextMorning: 3 }, nextDay);
    expect((await runsOf(w.patientA.id))[0]).toMatchObject({ painNextMorning: 3, distanceKm: "5.00", durationSeconds: 1800, painDuring: 2 });
    // Clearing it again, and removing both distance and time is refused.
    await update(w.as.patientA, runId, { painNextMorning: null }, nextDay);
    expect(await fieldErrorsOf(update(w.as.patientA, runId, { distanceKm: null, durationSeconds: null }, nextDay))).toEqual({ distanceKm: ["Enter the distance or the time of the run (or both)"] });
    expect((await runsOf(w.patientA.id))[0]).toMatchObject({ painNextMorning: null, distanceKm: "5.00" });
  });

  it("a spike run raises exactly one flag, and saving the same run again raises no second", async () => {
    const w = await createTwoClinicWorld(t.db());
    // The reference run is inserted directly, so the spike run's flag is the only one.
    await t.db().insert(runs).values({ clinicId: w.home.id, patientId: w.patientA.id, runDate: addDays(DAY, -10), distanceKm: "5.00", painDuring: 1 });
    const spike = await save(w.as.patientA, { distanceKm: 12, runDate: addDays(DAY, -1) });
    expect(spike.tripped.map((f) => f.rule)).toEqual(["single-run-spike"]);
    const stored = await flagsOf(w.patientA.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ rule: "single-run-spike", clinicId: w.home.id, evidenceDate: addDays(DAY, -1) });

    const again = await update(w.as.patientA, spike.runId, { ...input({ distanceKm: 12, runDate: addDays(DAY, -1) }) });
    expect(again.tripped.map((f) => f.rule)).toEqual(["single-run-spike"]);
    const nextMorning = await update(w.as.patientA, spike.runId, { painNextMorning: 2 });
    expect(nextMorning.tripped).toHaveLength(1);
    expect(await flagsOf(w.patientA.id)).toHaveLength(1);
    expect(await flagsOf(w.patientB.id)).toHaveLength(0);
  });

  it("removes only the caller's own run, keeping the row (soft delete) out of every read", async () => {
    const w = await createTwoClinicWorld(t.db());
    const { runId } = await save(w.as.patientA, { distanceKm: 7 });
    const kept = await save(w.as.patientA, { distanceKm: 2 });
    expect(await remove(w.as.patientA, runId)).toMatchObject({ id: runId, distanceKm: 7, runDate: DAY });
    expect((await runsOf(w.patientA.id)).filter((r) => r.deletedAt === null).map((r) => r.id)).toEqual([kept.runId]);
    expect((await runsOf(w.patientA.id)).find((r) => r.id === runId)?.deletedAt).toBeInstanceOf(Date);
    expect((await listOwnRuns(w.as.patientA, { from: addDays(DAY, -1), to: DAY })).map((r) => r.id)).toEqual([kept.runId]);
    await expect(remove(w.as.patientA, runId)).rejects.toThrow(NOT_FOUND);
  });
});

describe("run DAL: reads", () => {
  it("patients read only their own runs; staff get 404 on the own-run functions", async () => {
    const w = await createTwoClinicWorld(t.db());
    await save(w.as.patientA);
    const range = { from: addDays(DAY, -7), to: DAY };
    expect(await listOwnRuns(w.as.patientA, range)).toHaveLength(1);
    expect(await listOwnRuns(w.as.patientB, range)).toEqual([]);
    expect(await listOwnRuns(w.as.otherPatient, range)).toEqual([]);
    for (const staff of [w.as.therapist, w.as.admin, w.as.otherTherapist]) {
      await expect(listOwnRuns(staff, range)).rejects.toThrow(NOT_FOUND);
      await expect(ownRunSummary(staff)).rejects.toThrow(NOT_FOUND);
      await expect(save(staff)).rejects.toThrow(NOT_FOUND);
    }
  });

  it("summarises the patient's weeks and 30-day longest run in the clinic's zone", async () => {
    const w = await createTwoClinicWorld(t.db());
    const tonga = zoned(w.as.patientA, "Pacific/Tongatapu"); // today there: Wednesday 2026-03-11
    await save(tonga, { runDate: "2026-03-11", distanceKm: 3.1 });
    await save(tonga, { runDate: "2026-03-11", distanceKm: 4.2 });
    await save(tonga, { runDate: "2026-03-08", distanceKm: 10 });
    const summary = await ownRunSummary(tonga, { weeks: 3, now: NOW });
    expect(summary.weeks.map((x) => [x.weekStart, x.distanceKm, x.runs])).toEqual([["2026-02-23", 0, 0], ["2026-03-02", 10, 1], ["2026-03-09", 7.3, 2]]);
    expect(summary.longest30).toMatchObject({ runDate: "2026-03-08", distanceKm: 10 });
    // Seen from Honolulu it is still Tuesday the 10th: Wednesday's runs are not yet in the window.
    const fromHonolulu = await ownRunSummary(zoned(tonga, "Pacific/Honolulu"), { weeks: 1, now: NOW });
    expect(fromHonolulu.weeks).toMatchObject([{ weekStart: "2026-03-09", distanceKm: 0, runs: 0 }]);
  });

  it("staff read a patient of their own clinic; another clinic's patient is a 404; patients cannot use it", async () => {
    const w = await createTwoClinicWorld(t.db());
    await save(w.as.patientA, { distanceKm: 6, painNextMorning: null });
    await save(w.as.otherPatient, { distanceKm: 8 });
    const range = { from: addDays(DAY, -7), to: DAY };
    expect(await listPatientRuns(w.as.therapist, w.patientA.id, range)).toMatchObject([{ distanceKm: 6, painDuring: 2 }]);
    expect(await listPatientRuns(w.as.admin, w.patientA.id, range)).toHaveLength(1);
    const card = await patientRunSummary(w.as.therapist, w.patientA.id, { weeks: 2, now: NOW });
    expect(card.recent).toMatchObject([{ distanceKm: 6 }]);
    expect(card.weeks.at(-1)).toMatchObject({ distanceKm: 6, runs: 1 });
    expect(card.longest30).toMatchObject({ distanceKm: 6 });
    await expect(listPatientRuns(w.as.therapist, w.otherPatient.id, range)).rejects.toThrow(NOT_FOUND);
    await expect(patientRunSummary(w.as.otherTherapist, w.patientA.id)).rejects.toThrow(NOT_FOUND);
    await expect(listPatientRuns(w.as.therapist, "nope", range)).rejects.toThrow(NOT_FOUND);
    await expect(listPatientRuns(w.as.patientA, w.patientA.id, range)).rejects.toThrow(NOT_FOUND);
  });
});
