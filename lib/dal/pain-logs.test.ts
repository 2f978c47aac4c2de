import { describe, expect, it } from "vitest";
import { createPainLog } from "@/lib/seed/factories";
import { UserFacingError } from "@/lib/user-facing-error";
import type { Caller } from "@/lib/auth/caller";
import { addDays, todayIso } from "@/lib/dates";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createPlanWorld, painLogsOf, ticksOf as ticksOn } from "@/lib/testing/plan-world";
import { NOT_FOUND } from "@/lib/testing/world";
import type { PainLogInput } from "@/lib/validation/pain-log";
import { getMyPlan } from "./my-plan";
import { getOwnPainLog, listOwnCompletions, listOwnPainLogs, saveOwnPainLog, setOwnExerciseDone } from "./pain-logs";

// The actions over this DAL are tested beside them: app/(patient)/my/log/actions.test.ts and app/(patient)/my/actions.test.ts.
const t = setupTestDatabase();
const today = todayIso();

const world = () => createPlanWorld(t.db(), today);

const input = (over: Partial<PainLogInput> = {}): PainLogInput => ({
  logDate: today, painAtRest: 2, painDuringExercise: 3, painNextMorning: 1, aggravatingActivities: [], grinding: false,
  exerciseIds: [], redFlags: [], note: null, ...over,
});

const logsOf = (patientId: string) => painLogsOf(t.db(), patientId);
const ticksOf = (patientId: string, day = today) => ticksOn(t.db(), patientId, day);

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
    expect((await logsOf(w.otherPatient.id)).map((r) => r.id)).toEqual([logId]);
    await expect(t.db().transaction((tx) => saveOwnPainLog(w.as.otherPatient, tx, input({ exerciseIds: [w.ex("clamshell")] })))).rejects.toThrow(UserFacingError);
  });
});
