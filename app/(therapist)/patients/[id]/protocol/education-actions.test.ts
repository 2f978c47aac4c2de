import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { protocols, protocolVersions } from "@/db/schema";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { todayIso } from "@/lib/dates";
import { redirectOf } from "@/lib/testing/action-helpers";
import { form, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { NO_MODULE, UNKNOWN_MODULE } from "@/lib/validation/education";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { saveProtocolAction } = await import("./actions");
const t = setupTestDatabase();

/** The builder as the browser posts it: the hidden empty education value first, then the ticked boxes. */
async function builder(patientId: string, ticked: string[]) {
  const clam = (await builtInExerciseIds(t.db())).get("clamshell");
  if (!clam) throw new Error("library not synced");
  return form({
    patientId, baseVersion: "", title: "Runner's knee, phase 1", phase: "1", startDate: todayIso(),
    "items.0.exerciseId": clam.id, "items.0.sets": "3", "items.0.reps": "10", "items.0.frequencyPerWeek": "5", "items.0.side": "left",
    educationModules: ["", ...ticked],
  });
}

beforeEach(() => signInAs(null));

describe("choosing education modules in the builder", () => {
  it("saves the ticked modules on version 1", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    expect(await redirectOf(saveProtocolAction({}, await builder(w.patientA.id, ["what-is-pfp", "running-load"])))).toBe(`/patients/${w.patientA.id}/protocol?saved=1`);
    const [row] = await t.db().select({ modules: protocolVersions.educationModules }).from(protocolVersions)
      .innerJoin(protocols, eq(protocols.id, protocolVersions.protocolId)).where(eq(protocols.patientId, w.patientA.id));
    expect(row?.modules).toEqual(["what-is-pfp", "running-load"]);
  });

  it("bad input: an unknown key or nothing ticked is a message on the fieldset, the ticks come back, nothing is saved", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const unknown = await saveProtocolAction({}, await builder(w.patientA.id, ["what-is-pfp", "knee-sleeve"]));
    expect(unknown.fieldErrors).toEqual({ educationModules: [UNKNOWN_MODULE] });
    expect(unknown.values?.educationModules).toEqual(["", "what-is-pfp", "knee-sleeve"]);
    const none = await saveProtocolAction({}, await builder(w.patientA.id, []));
    expect(none.fieldErrors).toEqual({ educationModules: [NO_MODULE] });
    expect(await t.db().select().from(protocols).where(eq(protocols.patientId, w.patientA.id))).toEqual([]);
  });

  it("forbidden: a patient, or another clinic's therapist, cannot choose a plan's modules (404, nothing saved)", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.patientA);
    await expect(saveProtocolAction({}, await builder(w.patientA.id, ["running-load"]))).rejects.toThrow(NOT_FOUND);
    signInAs(w.as.otherTherapist);
    await expect(saveProtocolAction({}, await builder(w.patientA.id, ["running-load"]))).rejects.toThrow(NOT_FOUND);
    expect(await t.db().select().from(protocols).where(eq(protocols.patientId, w.patientA.id))).toEqual([]);
  });
});
