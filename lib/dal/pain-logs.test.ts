import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { createPainLog, createProtocol } from "@/lib/seed/factories";
import { auditEvents, clinics, exerciseCompletions, painLogs, patients } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import type { Caller } from "@/lib/auth/caller";
import { addDays, todayIso } from "@/lib/dates";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { form, signInAs } from "@/lib/testing/next-mocks";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import type { PainLogInput } from "@/lib/validation/pain-log";
import { getMyPlan } from "./my-plan";
import { getOwnPainLog, listOwnCompletions, listOwnPainLogs, saveOwnPainLog, setOwnExerciseDone } from "./pain-logs";

// The actions are tested through authedAction with a mocked session, as lib/auth/authed-action.test.ts does.
vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { savePainLog } = await import("@/app/(patient)/my/log/actions");
const { toggleExerciseDone } = await import("@/app/(patient)/my/actions");
const t = setupTestDatabase();
const today = todayIso();

async function world() {
  const w = await createTwoClinicWorld(t.db());
  const library = await builtInExerciseIds(t.db());
  const ex = (key: string) => library.get(key)?.id as string;
  const therapistId = w.as.therapist.userId;
  const dose = { sets: 3, reps: 10, frequencyPerWeek: 5, side: "right" as const };
  await createProtocol(t.db(), {
    clinicId: w.home.id, patientId: w.patientA.id, therapistId, title: "Runner's knee, phase 1", startDate: addDays(today, -14),
    items: [{ exerciseId: ex("clamshell"), ...dose }, { exerciseId: ex("quad-stretch"), ...dose, reps: null, holdSeconds: 30 }],
  });
  await createProtocol(t.db(), {
    clinicId: w.home.id, patientId: w.patientB.id, therapistId, title: "Phase 2", startDate: addDays(today, -7),
    items: [{ exerciseId: ex("split-squat"), ...dose }],
  });
  return { ...w, ex };
}

const input = (over: Partial<PainLogInput> = {}): PainLogInput => ({
  logDate: today, painAtRest: 2, painDuringExercise: 3, painNextMorning: 1, aggravatingActivities: [], grinding: false,
  exerciseIds: [], redFlags: [], note: null, ...over,
});

async function logsOf(patientId: string) {
  return t.db().select().from(painLogs).where(eq(painLogs.patientId, patientId));
}
async function ticksOf(patientId: string, day = today) {
  const rows = await t.db().select().from(exerciseCompletions).where(and(eq(exerciseCompletions.patientId, patientId), eq(exerciseCompletions.doneOn, day)));
  return rows.map((r) => r.exerciseId).sort();
}
async function summaryOf(patientId: string) {
  const [row] = await t.db().select({ lastLogDate: patients.lastLogDate, latestPain: patients.latestPain }).from(patients).where(eq(patients.id, patientId));
  return row;
}

beforeEach(() => {
  signInAs(null);
});

describe("saving the daily log through the action", () => {
  it("creates, then updates the same day's log: one row, ticks replaced, summary and audit written", async () => {
    const w = await world();
    signInAs(w.as.patientA);
    const first = await savePainLog({}, form({
      logDate: today, painAtRest: "2", painDuringExercise: "4", aggravatingActivities: ["stairs"], grinding: "on",
      exerciseIds: [w.ex("clamshell"), w.ex("quad-stretch")],
    }));
    expect(first.ok).toBe(true);
    expect(first.message).toMatch(/^Log saved/);
    expect(first.message).not.toMatch(/updated/);
    expect(await ticksOf(w.patientA.id)).toEqual([w.ex("clamshell"), w.ex("quad-stretch")].sort());
    expect(await summaryOf(w.patientA.id)).toEqual({ lastLogDate: today, latestPain: 4 });

    const second = await savePainLog({}, form({ logDate: today, painAtRest: "6", exerciseIds: w.ex("clamshell"), note: "Stairs hurt" }));
    expect(second.ok).toBe(true);
    expect(second.message).toMatch(/^Log saved.*updated/);

    const rows = await logsOf(w.patientA.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ painAtRest: 6, painDuringExercise: null, grinding: false, redFlags: [], note: "Stairs hurt", clinicId: w.home.id });
    expect(await ticksOf(w.patientA.id)).toEqual([w.ex("clamshell")]);
    expect(await summaryOf(w.patientA.id)).toEqual({ lastLogDate: today, latestPain: 6 });

    const events = await t.db().select().from(auditEvents).where(and(eq(auditEvents.patientId, w.patientA.id), eq(auditEvents.action, "pain-log.saved")));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ entity: "pain-log", entityId: rows[0]?.id, actorId: w.as.patientA.userId, clinicId: w.home.id });
  });

  it("a red-flag answer tells the patient plainly to contact the clinic, with its phone number", async () => {
    const w = await world();
    await t.db().update(clinics).set({ phone: "+44 20 7946 0000" }).where(eq(clinics.id, w.home.id));
    signInAs(w.as.patientA);
    const state = await savePainLog({}, form({ logDate: today, painAtRest: "3", redFlags: ["hot-red-swollen-fever"] }));
    expect(state.ok).toBe(true);
    expect(state.data?.adviceTone).toBe("urgent");
    expect(state.data?.advice?.split("\n")[0]).toBe("Please contact Home Clinic today on +44 20 7946 0000.");
    expect(await getOwnPainLog(w.as.patientA, today)).toMatchObject({ redFlags: ["hot-red-swollen-fever"] });
    const calm = await savePainLog({}, form({ logDate: today, painAtRest: "1" }));
    expect(calm.data).not.toHaveProperty("advice");
  });

  it("a log over the pain-monitoring limit advises a lighter next session, and says when to call", async () => {
    const w = await world();
    signInAs(w.as.patientA);
    const state = await savePainLog({}, form({ logDate: today, painAtRest: "2", painDuringExercise: "7" }));
    expect(state.data?.adviceTone).toBe("caution");
    expect(state.data?.advice?.split("\n")).toEqual([
      "Your pain during exercise was above 5 out of 10. Keep your next session lighter: fewer repetitions or less load.",
      "If the pain has not settled by tomorrow morning, contact the clinic.",
      "Your therapist will see this log.",
    ]);
  });

  it("ignores a forged patientId: the log goes to the signed-in patient, never to the other one", async () => {
    const w = await world();
    signInAs(w.as.patientA);
    const state = await savePainLog({}, form({ patientId: w.patientB.id, logDate: today, painAtRest: "9" }));
    expect(state.ok).toBe(true);
    expect(await logsOf(w.patientB.id)).toHaveLength(0);
    expect(await summaryOf(w.patientB.id)).toEqual({ lastLogDate: null, latestPain: null });
    expect((await logsOf(w.patientA.id)).map((r) => r.painAtRest)).toEqual([9]);
  });

  it("returns messages and the typed input for bad input, and saves nothing", async () => {
    const w = await world();
    signInAs(w.as.patientA);
    const state = await savePainLog({}, form({ logDate: today, painDuringExercise: "4", redFlags: ["made-up"], note: "kept" }));
    expect(state.ok).toBeUndefined();
    expect(state.message).toBe("Please correct the highlighted fields. Nothing was saved.");
    expect(state.fieldErrors?.painAtRest).toEqual(["Choose your pain at rest, from 0 to 10"]);
    expect(state.fieldErrors?.redFlags).toEqual(["Choose from the list"]);
    expect(state.values).toMatchObject({ painDuringExercise: "4", note: "kept" });
    // The future is checked in the clinic's zone by the DAL; the typed input still comes back.
    const future = await savePainLog({}, form({ logDate: addDays(today, 1), painAtRest: "2", note: "kept" }));
    expect(future.fieldErrors?.logDate).toEqual(["The date cannot be in the future"]);
    expect(future.values).toMatchObject({ painAtRest: "2", note: "kept" });
    expect(await logsOf(w.patientA.id)).toHaveLength(0);
  });

  it("refuses exercises outside the patient's own plan, and a day long before the plan", async () => {
    const w = await world();
    signInAs(w.as.patientA);
    const foreign = await savePainLog({}, form({ logDate: today, painAtRest: "2", exerciseIds: [w.ex("clamshell"), w.ex("split-squat")] }));
    expect(foreign.fieldErrors?.exerciseIds).toEqual(["Choose exercises from your current plan"]);
    const early = await savePainLog({}, form({ logDate: addDays(today, -45), painAtRest: "2" }));
    expect(early.fieldErrors?.logDate?.[0]).toMatch(/^Choose a date from/);
    expect(await logsOf(w.patientA.id)).toHaveLength(0);
    expect(await ticksOf(w.patientA.id)).toEqual([]);
    // A missed day inside the window is fine.
    expect((await savePainLog({}, form({ logDate: addDays(today, -40), painAtRest: "2" }))).ok).toBe(true);
  });

  it("answers 404 to staff and saves nothing", async () => {
    const w = await world();
    signInAs(w.as.therapist);
    await expect(savePainLog({}, form({ patientId: w.patientA.id, logDate: today, painAtRest: "2" }))).rejects.toThrow(NOT_FOUND);
    signInAs(w.as.admin);
    await expect(toggleExerciseDone({}, form({ exerciseId: w.ex("clamshell"), done: "true" }))).rejects.toThrow(NOT_FOUND);
    expect(await logsOf(w.patientA.id)).toHaveLength(0);
  });
});

describe("pain-log DAL, called directly", () => {
  it("writes only for the caller's own patient id", async () => {
    const w = await world();
    await t.db().transaction((tx) => saveOwnPainLog(w.as.patientB, tx, input({ painAtRest: 5 })));
    expect(await logsOf(w.patientA.id)).toHaveLength(0);
    expect((await logsOf(w.patientB.id)).map((r) => r.painAtRest)).toEqual([5]);
  });

  it("a patient cannot read another patient's logs or ticks", async () => {
    const w = await world();
    await createPainLog(t.db(), { clinicId: w.home.id, patientId: w.patientA.id, logDate: today, painAtRest: 7 });
    await t.db().transaction((tx) => setOwnExerciseDone(w.as.patientA, tx, { exerciseId: w.ex("clamshell"), done: true }));
    const range = { from: addDays(today, -60), to: today };
    expect(await listOwnPainLogs(w.as.patientA, range)).toHaveLength(1);
    expect(await listOwnPainLogs(w.as.patientB, range)).toEqual([]);
    expect(await listOwnPainLogs(w.as.otherPatient, range)).toEqual([]);
    expect(await getOwnPainLog(w.as.patientB, today)).toBeNull();
    expect(await listOwnCompletions(w.as.patientB, range)).toEqual([]);
    expect(await getOwnPainLog(w.as.patientA, today)).toMatchObject({ painAtRest: 7, exerciseIds: [w.ex("clamshell")] });
  });

  it("answers 404 to staff callers on every function", async () => {
    const w = await world();
    const range = { from: today, to: today };
    for (const staff of [w.as.therapist, w.as.admin, w.as.otherTherapist]) {
      await expect(listOwnPainLogs(staff, range)).rejects.toThrow(NOT_FOUND);
      await expect(getOwnPainLog(staff, today)).rejects.toThrow(NOT_FOUND);
      await expect(listOwnCompletions(staff, range)).rejects.toThrow(NOT_FOUND);
      await expect(getMyPlan(staff)).rejects.toThrow(NOT_FOUND);
      await expect(t.db().transaction((tx) => saveOwnPainLog(staff, tx, input()))).rejects.toThrow(NOT_FOUND);
      await expect(t.db().transaction((tx) => setOwnExerciseDone(staff, tx, { exerciseId: w.ex("clamshell"), done: true }))).rejects.toThrow(NOT_FOUND);
    }
  });

  it("a patient whose session points outside its clinic gets 404, not a write", async () => {
    const w = await world();
    const stale: Caller = { ...w.as.patientA, clinicId: w.other.id };
    await expect(t.db().transaction((tx) => saveOwnPainLog(stale, tx, input()))).rejects.toThrow(NOT_FOUND);
    expect(await logsOf(w.patientA.id)).toHaveLength(0);
  });

  it("ticks only exercises of the caller's own active plan, and unticks them", async () => {
    const w = await world();
    const tick = (c: Caller, exerciseId: string, done: boolean) => t.db().transaction((tx) => setOwnExerciseDone(c, tx, { exerciseId, done }));
    await tick(w.as.patientA, w.ex("clamshell"), true);
    await tick(w.as.patientA, w.ex("clamshell"), true); // twice is still one tick
    expect(await ticksOf(w.patientA.id)).toEqual([w.ex("clamshell")]);
    await expect(tick(w.as.patientA, w.ex("split-squat"), true)).rejects.toThrow(UserFacingError);
    await expect(tick(w.as.otherPatient, w.ex("clamshell"), true)).rejects.toThrow(UserFacingError);
    expect(await ticksOf(w.patientB.id)).toEqual([]);
    await tick(w.as.patientA, w.ex("clamshell"), false);
    expect(await ticksOf(w.patientA.id)).toEqual([]);
  });

  it("ticks through the action, with a readable message for an exercise outside the plan", async () => {
    const w = await world();
    signInAs(w.as.patientA);
    expect((await toggleExerciseDone({}, form({ exerciseId: w.ex("quad-stretch"), done: "true", patientId: w.patientB.id }))).ok).toBe(true);
    expect(await ticksOf(w.patientA.id)).toEqual([w.ex("quad-stretch")]);
    const refused = await toggleExerciseDone({}, form({ exerciseId: w.ex("split-squat"), done: "true" }));
    expect(refused.message).toMatch(/not in your current plan/);
    expect(await ticksOf(w.patientB.id)).toEqual([]);
  });

  it("shows the patient their own plan only, with instructions, in prescribed order", async () => {
    const w = await world();
    const plan = await getMyPlan(w.as.patientA);
    expect(plan).toMatchObject({ title: "Runner's knee, phase 1", version: 1, startDate: addDays(today, -14) });
    expect(plan?.items.map((i) => i.name)).toEqual(["Clam shell", "Standing quadriceps stretch"]);
    expect(plan?.items[0]?.instructions.length).toBeGreaterThan(10);
    expect((await getMyPlan(w.as.patientB))?.items.map((i) => i.name)).toEqual(["Split squat"]);
    expect(await getMyPlan(w.as.otherPatient)).toBeNull();
  });

  it("lets a patient without a plan log pain, but not tick exercises", async () => {
    const w = await world();
    const { logId, created } = await t.db().transaction((tx) => saveOwnPainLog(w.as.otherPatient, tx, input()));
    expect(created).toBe(true);
    expect(logId).toBeTruthy();
    await expect(t.db().transaction((tx) => saveOwnPainLog(w.as.otherPatient, tx, input({ exerciseIds: [w.ex("clamshell")] })))).rejects.toThrow(UserFacingError);
  });
});
