import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditEvents, clinics, patients } from "@/db/schema";
import { getOwnPainLog } from "@/lib/dal/pain-logs";
import { addDays, todayIso } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { auditsOf, FIX_FIELDS } from "@/lib/testing/action-helpers";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { createPlanWorld, painLogsOf, ticksOf } from "@/lib/testing/plan-world";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { savePainLog } = await import("./actions");
const t = setupTestDatabase();
const today = todayIso();

const world = () => createPlanWorld(t.db(), today);
const logsOf = (patientId: string) => painLogsOf(t.db(), patientId);
async function summaryOf(patientId: string) {
  const [row] = await t.db().select({ lastLogDate: patients.lastLogDate, latestPain: patients.latestPain }).from(patients).where(eq(patients.id, patientId));
  return row;
}

beforeEach(() => {
  signInAs(null);
});

describe("saving the daily log", () => {
  it("creates, then updates the same day's log: one row, ticks replaced, summary and audit written", async () => {
    const w = await world();
    signInAs(w.as.patientA);
    const first = await savePainLog({}, form({
      logDate: today, painAtRest: "2", painDuringExercise: "4", aggravatingActivities: ["stairs"], grinding: "on",
      exerciseIds: [w.ex("clamshell"), w.ex("quad-stretch")],
    }));
    expect(first).toMatchObject({ ok: true, message: `Log saved for ${formatDate(today)}.`, data: { logDate: today, created: "true" } });
    expect(revalidated).toEqual(["/my", "/my/log", "/my/history"]);
    expect(await ticksOf(t.db(), w.patientA.id)).toEqual([w.ex("clamshell"), w.ex("quad-stretch")].sort());
    expect(await summaryOf(w.patientA.id)).toEqual({ lastLogDate: today, latestPain: 4 });

    const second = await savePainLog({}, form({ logDate: today, painAtRest: "6", exerciseIds: w.ex("clamshell"), note: "Stairs hurt" }));
    expect(second).toMatchObject({ ok: true, message: `Log saved: your log for ${formatDate(today)} was updated.`, data: { created: "false" } });

    const rows = await logsOf(w.patientA.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ painAtRest: 6, painDuringExercise: null, grinding: false, redFlags: [], note: "Stairs hurt", clinicId: w.home.id });
    expect(await ticksOf(t.db(), w.patientA.id)).toEqual([w.ex("clamshell")]);
    expect(await summaryOf(w.patientA.id)).toEqual({ lastLogDate: today, latestPain: 6 });

    const events = await t.db().select().from(auditEvents).where(and(eq(auditEvents.patientId, w.patientA.id), eq(auditEvents.action, "pain-log.saved")));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ entity: "pain-log", entityId: rows[0]?.id, actorId: w.as.patientA.userId, clinicId: w.home.id, detail: { logDate: today, created: true, flags: [] } });
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
    expect(state.message).toBe(FIX_FIELDS);
    expect(state.fieldErrors).toEqual({ painAtRest: ["Choose your pain at rest, from 0 to 10"], redFlags: ["Choose from the list"] });
    expect(state.values).toEqual({ logDate: today, painDuringExercise: "4", redFlags: "made-up", note: "kept" });
    // The future is checked in the clinic's zone by the DAL; the typed input still comes back.
    const future = await savePainLog({}, form({ logDate: addDays(today, 1), painAtRest: "2", note: "kept" }));
    expect(future.fieldErrors).toEqual({ logDate: ["The date cannot be in the future"] });
    expect(future.values).toEqual({ logDate: addDays(today, 1), painAtRest: "2", note: "kept" });
    expect(await logsOf(w.patientA.id)).toHaveLength(0);
    expect(await auditsOf(t.db(), w.home.id, "pain-log.saved")).toEqual([]);
  });

  it("refuses exercises outside the patient's own plan, and a day long before the plan", async () => {
    const w = await world();
    signInAs(w.as.patientA);
    const foreign = await savePainLog({}, form({ logDate: today, painAtRest: "2", exerciseIds: [w.ex("clamshell"), w.ex("split-squat")] }));
    expect(foreign.fieldErrors).toEqual({ exerciseIds: ["Choose exercises from your current plan"] });
    expect(foreign.values).toMatchObject({ painAtRest: "2", exerciseIds: [w.ex("clamshell"), w.ex("split-squat")] });
    const early = await savePainLog({}, form({ logDate: addDays(today, -45), painAtRest: "2" }));
    // The earliest day is 30 days before the plan started (14 days ago).
    expect(early.fieldErrors).toEqual({ logDate: [`Choose a date from ${formatDate(addDays(today, -44))} onwards`] });
    expect(await logsOf(w.patientA.id)).toHaveLength(0);
    expect(await ticksOf(t.db(), w.patientA.id)).toEqual([]);
    // A missed day inside the window is fine.
    expect((await savePainLog({}, form({ logDate: addDays(today, -40), painAtRest: "2" }))).ok).toBe(true);
  });

  it("answers 404 to staff of either clinic and saves nothing", async () => {
    const w = await world();
    for (const staff of [w.as.therapist, w.as.admin, w.as.otherTherapist]) {
      signInAs(staff);
      await expect(savePainLog({}, form({ patientId: w.patientA.id, logDate: today, painAtRest: "2" }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await logsOf(w.patientA.id)).toHaveLength(0);
    expect(await summaryOf(w.patientA.id)).toEqual({ lastLogDate: null, latestPain: null });
    expect(await auditsOf(t.db(), w.home.id, "pain-log.saved")).toEqual([]);
    expect(await auditsOf(t.db(), w.other.id, "pain-log.saved")).toEqual([]);
  });
});
