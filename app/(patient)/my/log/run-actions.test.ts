import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditEvents, flags, runs } from "@/db/schema";
import { addDays, todayInZone } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { FIX_FIELDS } from "@/lib/testing/action-helpers";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { addRun, deleteRun, updateRun } = await import("./run-actions");
const t = setupTestDatabase();

const runsOf = (patientId: string) => t.db().select().from(runs).where(eq(runs.patientId, patientId));
const runRow = async (id: string) => (await t.db().select().from(runs).where(eq(runs.id, id)))[0];
const flagsOf = (patientId: string) => t.db().select().from(flags).where(eq(flags.patientId, patientId));
const audits = (action: string, patientId: string) =>
  t.db().select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.patientId, patientId)));

/** Patient A signed in with one run logged yesterday (4 km, pain 2 during), through the action. */
async function withYesterdaysRun() {
  const w = await createTwoClinicWorld(t.db());
  const yesterday = addDays(todayInZone(w.as.patientA.timeZone), -1);
  signInAs(w.as.patientA);
  const added = await addRun({}, form({ runDate: yesterday, distanceKm: "4", painDuring: "2" }));
  const run = await runRow(added.data?.runId ?? "");
  if (!run) throw new Error(`the run was not saved: ${JSON.stringify(added)}`);
  return { w, yesterday, run };
}

beforeEach(() => {
  signInAs(null);
});

describe("addRun", () => {
  it("saves, audits, revalidates and returns the advice of a spike", async () => {
    const w = await createTwoClinicWorld(t.db());
    const today = todayInZone(w.as.patientA.timeZone);
    signInAs(w.as.patientA);
    const state = await addRun({}, form({ runDate: today, distanceKm: "5,3", duration: "32", painDuring: "3", surface: "road", patientId: w.patientB.id }));
    expect(state.ok).toBe(true);
    expect(state.message).toBe(`Run saved: 5.3 km in 32 min on ${formatDate(today)}.`);
    // The first run logged has no 30-day reference: the spike rule's advice comes back.
    expect(state.data).toMatchObject({ adviceTone: "caution" });
    expect(state.data?.advice?.split("\n")[0]).toBe("This was your first run logged in 30 days. Keep the next few runs short and easy until your therapist has looked at it.");
    expect(revalidated).toEqual(["/my", "/my/log", "/my/history"]);
    const rows = await runsOf(w.patientA.id);
    expect(rows).toMatchObject([{ id: state.data?.runId, distanceKm: "5.30", durationSeconds: 1920, painDuring: 3, surface: "road", clinicId: w.home.id }]);
    expect(await runsOf(w.patientB.id)).toHaveLength(0);
    expect(await audits("run.added", w.patientA.id)).toMatchObject([{ entity: "run", entityId: rows[0]?.id, actorId: w.as.patientA.userId, clinicId: w.home.id }]);

    const second = await addRun({}, form({ runDate: today, distanceKm: "5", painDuring: "1" }));
    expect(second.ok).toBe(true);
    expect(second.data?.runId).toEqual(expect.any(String));
    expect(await runsOf(w.patientA.id)).toHaveLength(2);
  });

  it("returns no advice when the run trips nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const today = todayInZone(w.as.patientA.timeZone);
    await t.db().insert(runs).values({ clinicId: w.home.id, patientId: w.patientA.id, runDate: addDays(today, -3), distanceKm: "6.00", painDuring: 1 });
    signInAs(w.as.patientA);
    const state = await addRun({}, form({ runDate: today, distanceKm: "5", painDuring: "2" }));
    expect(state).toMatchObject({ ok: true, data: { runId: expect.any(String) } });
    expect(state.data).not.toHaveProperty("advice");
    expect(await flagsOf(w.patientA.id)).toHaveLength(0);
  });

  it("returns field messages and the typed input for bad input, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.patientA);
    const today = todayInZone(w.as.patientA.timeZone);
    const state = await addRun({}, form({ runDate: today, distanceKm: "420", duration: "25:00", shoe: "kept", cadence: "170" }));
    expect(state.ok).toBeUndefined();
    expect(state.message).toBe(FIX_FIELDS);
    expect(state.fieldErrors).toEqual({
      distanceKm: ["That is more than 150 km. Check the distance: it is in kilometres, not metres."],
      duration: ["Enter a time under 24 hours"],
      painDuring: ["Choose your pain during the run, from 0 to 10"],
    });
    expect(state.values).toEqual({ runDate: today, distanceKm: "420", duration: "25:00", shoe: "kept", cadence: "170" });

    const future = await addRun({}, form({ runDate: addDays(today, 1), distanceKm: "5", painDuring: "2" }));
    expect(future.fieldErrors).toEqual({ runDate: ["The day of the run cannot be in the future"] });
    expect(future.values).toMatchObject({ distanceKm: "5", painDuring: "2" });
    expect(await runsOf(w.patientA.id)).toHaveLength(0);
    expect(await audits("run.added", w.patientA.id)).toHaveLength(0);
  });

  it("answers 404 to staff personas and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    for (const staff of [w.as.therapist, w.as.admin, w.as.otherTherapist]) {
      signInAs(staff);
      await expect(addRun({}, form({ runDate: todayInZone(staff.timeZone), distanceKm: "5", painDuring: "2", patientId: w.patientA.id }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await runsOf(w.patientA.id)).toHaveLength(0);
    expect(await audits("run.added", w.patientA.id)).toHaveLength(0);
  });
});

describe("updateRun", () => {
  it("adds the next morning's pain to the patient's own run, audited", async () => {
    const { w, yesterday, run } = await withYesterdaysRun();
    const updated = await updateRun({}, form({ runId: run.id, nextMorningPain: "3" }));
    expect(updated).toMatchObject({ ok: true, message: `Saved: 3/10 the morning after the run on ${formatDate(yesterday)}.`, data: { runId: run.id } });
    expect(await runRow(run.id)).toMatchObject({ painNextMorning: 3, distanceKm: "4.00", painDuring: 2 });
    expect(await audits("run.updated", w.patientA.id)).toMatchObject([{ entityId: run.id, actorId: w.as.patientA.userId, detail: { runDate: yesterday, painNextMorning: 3 } }]);
    const cleared = await updateRun({}, form({ runId: run.id, nextMorningPain: "" }));
    expect(cleared.message).toBe(`Next-morning pain cleared for the run on ${formatDate(yesterday)}.`);
    expect((await runRow(run.id))?.painNextMorning).toBeNull();
  });

  it("bad input: a pain outside 0-10, or a morning that has not come, keeps the input and changes nothing", async () => {
    const { w, run } = await withYesterdaysRun();
    expect(await updateRun({}, form({ runId: run.id, nextMorningPain: "12" }))).toEqual({
      message: FIX_FIELDS, fieldErrors: { nextMorningPain: ["Choose a number from 0 to 10"] }, values: { runId: run.id, nextMorningPain: "12" },
    });
    const today = todayInZone(w.as.patientA.timeZone);
    const added = await addRun({}, form({ runDate: today, distanceKm: "3", painDuring: "1" }));
    const todays = added.data?.runId ?? "";
    expect(await updateRun({}, form({ runId: todays, nextMorningPain: "2" }))).toEqual({
      message: FIX_FIELDS, fieldErrors: { nextMorningPain: ["Add the next morning's pain from the day after the run"] }, values: { runId: todays, nextMorningPain: "2" },
    });
    expect((await runsOf(w.patientA.id)).map((r) => r.painNextMorning)).toEqual([null, null]);
    expect(await audits("run.updated", w.patientA.id)).toEqual([]);
  });

  it("answers 404 for another patient's run, a forged id and to staff, and changes nothing", async () => {
    const { w, run } = await withYesterdaysRun();
    for (const caller of [w.as.patientB, w.as.otherPatient, w.as.therapist, w.as.otherTherapist]) {
      signInAs(caller);
      await expect(updateRun({}, form({ runId: run.id, nextMorningPain: "9" }))).rejects.toThrow(NOT_FOUND);
    }
    signInAs(w.as.patientA);
    await expect(updateRun({}, form({ runId: "my-run", nextMorningPain: "9" }))).rejects.toThrow(NOT_FOUND);
    expect(await runRow(run.id)).toEqual(run);
    expect(await audits("run.updated", w.patientA.id)).toEqual([]);
  });
});

describe("deleteRun", () => {
  it("removes the patient's own run from every read, keeping its values in the audit trail", async () => {
    const { w, yesterday, run } = await withYesterdaysRun();
    await updateRun({}, form({ runId: run.id, nextMorningPain: "3" }));
    expect(await deleteRun({}, form({ runId: run.id }))).toMatchObject({ ok: true, message: `Run deleted: 4 km on ${formatDate(yesterday)}.` });
    expect((await runsOf(w.patientA.id)).map((r) => r.deletedAt === null)).toEqual([false]);
    expect(await audits("run.deleted", w.patientA.id)).toMatchObject([{ entity: "run", entityId: run.id, detail: { distanceKm: 4, painNextMorning: 3 } }]);
  });

  it("bad input: no run id is a field message; a malformed or deleted one answers 404; nothing changes", async () => {
    const { w, run } = await withYesterdaysRun();
    expect(await deleteRun({}, form({}))).toEqual({ message: FIX_FIELDS, fieldErrors: { runId: ["Unknown run"] }, values: {} });
    await expect(deleteRun({}, form({ runId: "yesterday" }))).rejects.toThrow(NOT_FOUND);
    expect(await runRow(run.id)).toEqual(run);
    await deleteRun({}, form({ runId: run.id }));
    await expect(deleteRun({}, form({ runId: run.id }))).rejects.toThrow(NOT_FOUND);
    expect(await audits("run.deleted", w.patientA.id)).toHaveLength(1);
  });

  it("answers 404 for another patient's run and to staff, and deletes nothing", async () => {
    const { w, run } = await withYesterdaysRun();
    for (const caller of [w.as.patientB, w.as.otherPatient, w.as.admin, w.as.otherTherapist]) {
      signInAs(caller);
      await expect(deleteRun({}, form({ runId: run.id }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await runRow(run.id)).toEqual(run);
    expect(await audits("run.deleted", w.patientA.id)).toEqual([]);
    expect(await audits("run.deleted", w.patientB.id)).toEqual([]);
  });
});
