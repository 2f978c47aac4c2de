import { and, asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { protocols, protocolVersions } from "@/db/schema";
import { todayInZone } from "@/lib/dates";
import { getPatientProtocols } from "@/lib/dal/protocols";
import { insertProtocolVersion } from "@/lib/seed/factories";
import { redirectOf } from "@/lib/testing/action-helpers";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { form, signInAs } from "@/lib/testing/next-mocks";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { saveProtocolAction } = await import("./actions");
const t = setupTestDatabase();

// The builder's "Return to running" fieldset, through the real action (validation, DAL, audit).
async function builder(patientId: string, fields: Record<string, string>, timeZone: string) {
  const e = (await builtInExerciseIds(t.db())).get("clamshell");
  const item = { exerciseId: e?.id ?? "", sets: "3", reps: "10", holdSeconds: "", frequencyPerWeek: "5", eachSide: "on", side: "left", load: "", note: "" };
  const all: Record<string, string> = { patientId, baseVersion: "", title: "Runner's knee", phase: "1", startDate: todayInZone(timeZone), ...fields };
  Object.entries(item).forEach(([k, v]) => (all[`items.0.${k}`] ??= v));
  return form(all);
}

const versionsOf = async (patientId: string) => {
  const [p] = await t.db().select().from(protocols).where(eq(protocols.patientId, patientId));
  if (!p) return [];
  return t.db().select().from(protocolVersions).where(eq(protocolVersions.protocolId, p.id)).orderBy(asc(protocolVersions.version));
};
const runFields = async (patientId: string) => (await versionsOf(patientId)).map((v) => [v.version, v.runStage, v.runStageSince, v.runPainLimit]);

beforeEach(() => signInAs(null));

describe("protocol builder: return to running", () => {
  it("starts the stage today, carries it (and its first day) through other saves, and restarts the day when the stage changes", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const tz = w.as.therapist.timeZone;
    const today = todayInZone(tz);
    expect(await redirectOf(saveProtocolAction({}, await builder(w.patientA.id, { runStage: "2", runPainLimit: "4" }, tz)))).toContain("saved=1");
    // Pretend stage 2 began a week ago, so "carried" and "restarted" are told apart.
    const [v1] = await versionsOf(w.patientA.id);
    await t.db().update(protocolVersions).set({ runStageSince: "2026-01-05" }).where(eq(protocolVersions.id, v1?.id ?? ""));
    await redirectOf(saveProtocolAction({}, await builder(w.patientA.id, { baseVersion: "1", runStage: "2", runPainLimit: "4", "items.0.reps": "12" }, tz)));
    await redirectOf(saveProtocolAction({}, await builder(w.patientA.id, { baseVersion: "2", runStage: "3", runPainLimit: "5" }, tz)));
    await redirectOf(saveProtocolAction({}, await builder(w.patientA.id, { baseVersion: "3", runStage: "", runPainLimit: "5" }, tz)));
    expect(await runFields(w.patientA.id)).toEqual([
      [1, 2, "2026-01-05", 4],
      [2, 2, "2026-01-05", 4],
      [3, 3, today, 5],
      [4, null, null, null],
    ]);
    const { active } = await getPatientProtocols(w.as.therapist, w.patientA.id);
    expect(active?.run).toBeNull();
    expect(active?.history.map((h) => h.summary)).toEqual(expect.arrayContaining([expect.stringContaining("walk-run stage 2 -> 3")]));
  });

  it("a save path that does not post the fieldset (e.g. a dose change) carries the run fields forward unchanged", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const tz = w.as.therapist.timeZone;
    await redirectOf(saveProtocolAction({}, await builder(w.patientA.id, { runStage: "5", runPainLimit: "3" }, tz)));
    await redirectOf(saveProtocolAction({}, await builder(w.patientA.id, { baseVersion: "1", "items.0.reps": "14" }, tz)));
    const [p] = await t.db().select().from(protocols).where(eq(protocols.patientId, w.patientA.id));
    const e = (await builtInExerciseIds(t.db())).get("clamshell");
    await insertProtocolVersion(t.db(), { protocolId: p?.id ?? "", version: 3, title: "Runner's knee", phase: 1, createdBy: w.as.therapist.userId, items: [{ exerciseId: e?.id ?? "", sets: 3, reps: 16, frequencyPerWeek: 5, side: "left" }] });
    const today = todayInZone(tz);
    expect(await runFields(w.patientA.id)).toEqual([[1, 5, today, 3], [2, 5, today, 3], [3, 5, today, 3]]);
    await t.db().update(protocols).set({ currentVersion: 3 }).where(and(eq(protocols.id, p?.id ?? "")));
    const { active } = await getPatientProtocols(w.as.therapist, w.patientA.id);
    expect(active?.run).toEqual({ stage: 5, since: today, painLimit: 3 });
  });

  it("bad input (stage 16, limit 11): a message on each field, the typed values kept, nothing saved", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const state = await saveProtocolAction({}, await builder(w.patientA.id, { runStage: "16", runPainLimit: "11" }, w.as.therapist.timeZone));
    expect(state.fieldErrors).toEqual({
      runStage: ['Choose a walk-run stage from 1 to 15, or "Not on the walk-run programme".'],
      runPainLimit: ["The pain limit must be a whole number from 0 to 10."],
    });
    expect(state.values).toMatchObject({ runStage: "16", runPainLimit: "11" });
    expect(await versionsOf(w.patientA.id)).toEqual([]);
  });

  it("a patient cannot put themselves on a stage, and another clinic's therapist gets 404; nothing saved", async () => {
    const w = await createTwoClinicWorld(t.db());
    for (const caller of [w.as.patientA, w.as.otherTherapist]) {
      signInAs(caller);
      await expect(saveProtocolAction({}, await builder(w.patientA.id, { runStage: "15", runPainLimit: "10" }, caller.timeZone))).rejects.toThrow(NOT_FOUND);
    }
    expect(await versionsOf(w.patientA.id)).toEqual([]);
  });
});
