import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { auditEvents, protocols } from "@/db/schema";
import { todayIso } from "@/lib/dates";
import { PROTOCOL_FORM_OUT_OF_DATE } from "@/lib/validation/protocol";
import { auditsOf, redirectOf } from "@/lib/testing/action-helpers";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { endProtocolAction, saveProtocolAction } = await import("./actions");
const t = setupTestDatabase();


async function builder(patientId: string, items: Record<string, string>[], header: Record<string, string> = {}) {
  const fields: Record<string, string> = { patientId, baseVersion: "", title: "Runner's knee, phase 1", phase: "1", startDate: todayIso(), ...header };
  items.forEach((item, i) => Object.entries(item).forEach(([k, v]) => (fields[`items.${i}.${k}`] = v)));
  return form(fields);
}

async function clamshell() {
  const e = (await builtInExerciseIds(t.db())).get("clamshell");
  if (!e) throw new Error("library not synced");
  return { exerciseId: e.id, sets: "3", reps: "10", holdSeconds: "", frequencyPerWeek: "5", eachSide: "on", side: "left", load: "", note: "" };
}

const auditFor = (patientId: string) => t.db().select().from(auditEvents).where(eq(auditEvents.patientId, patientId));
const protocolsOf = (patientId: string) => t.db().select().from(protocols).where(eq(protocols.patientId, patientId));

beforeEach(() => {
  signInAs(null);
});

describe("protocol builder actions", () => {
  it("starts v1, then saves v2, each audited against the patient and redirected to the builder", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const item = await clamshell();
    expect(await redirectOf(saveProtocolAction({}, await builder(w.patientA.id, [item])))).toBe(`/patients/${w.patientA.id}/protocol?saved=1`);
    expect(revalidated).toEqual([`/patients/${w.patientA.id}`, `/patients/${w.patientA.id}/protocol`, "/dashboard"]);
    expect(await redirectOf(saveProtocolAction({}, await builder(w.patientA.id, [{ ...item, reps: "12" }], { baseVersion: "1" })))).toBe(`/patients/${w.patientA.id}/protocol?saved=2`);
    const [protocol] = await protocolsOf(w.patientA.id);
    expect(protocol).toMatchObject({ clinicId: w.home.id, therapistId: w.as.therapist.userId, status: "active", startDate: todayIso(), currentVersion: 2 });
    const events = await auditFor(w.patientA.id);
    expect(events.map((e) => [e.action, e.entity, e.entityId, e.detail])).toEqual([
      ["protocol.started", "protocol", protocol?.id, { version: 1 }],
      ["protocol.version-saved", "protocol", protocol?.id, { version: 2 }],
    ]);
  });

  it("bad input (sets 0) returns a message on that field with the typed values, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const state = await saveProtocolAction({}, await builder(w.patientA.id, [{ ...(await clamshell()), sets: "0", note: "kept" }]));
    expect(state.fieldErrors).toEqual({ "items.0.sets": ["Sets must be a whole number from 1 to 20."] });
    expect(state.message).toBe("Please correct the highlighted fields. Nothing was saved.");
    expect(state.values).toMatchObject({ "items.0.sets": "0", "items.0.note": "kept" });
    expect(await protocolsOf(w.patientA.id)).toHaveLength(0);
    expect(await auditFor(w.patientA.id)).toHaveLength(0);
  });

  it("refuses a save without a base version like a stale one, keeping the input and saving nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const item = await clamshell();
    expect(await redirectOf(saveProtocolAction({}, await builder(w.patientA.id, [item])))).toBe(`/patients/${w.patientA.id}/protocol?saved=1`);
    // A forged or outdated form that leaves the field out entirely.
    const missing = await builder(w.patientA.id, [{ ...item, reps: "15" }], { title: "No base" });
    missing.delete("baseVersion");
    const refused = await saveProtocolAction({}, missing);
    expect(refused.message).toBe(PROTOCOL_FORM_OUT_OF_DATE);
    expect(refused.values).toMatchObject({ title: "No base", "items.0.reps": "15" });
    // A builder opened before anyone had started one ("" = new), saved after a colleague did.
    const late = await saveProtocolAction({}, await builder(w.patientA.id, [{ ...item, reps: "20" }], { baseVersion: "", title: "Late start" }));
    expect(late.message).toBe("Version 1 was saved while you were editing. Reload the page to see it; nothing was saved.");
    expect(late.values).toMatchObject({ title: "Late start" });
    const [protocol] = await protocolsOf(w.patientA.id);
    expect(protocol?.currentVersion).toBe(1);
    expect((await auditFor(w.patientA.id)).map((e) => e.action)).toEqual(["protocol.started"]);
  });

  it("answers 404 to another clinic's therapist and to a patient, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.otherTherapist);
    await expect(saveProtocolAction({}, await builder(w.patientA.id, [await clamshell()]))).rejects.toThrow(NOT_FOUND);
    signInAs(w.as.patientA);
    await expect(saveProtocolAction({}, await builder(w.patientA.id, [await clamshell()]))).rejects.toThrow(NOT_FOUND);
    expect(await protocolsOf(w.patientA.id)).toHaveLength(0);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
    expect(await auditsOf(t.db(), w.other.id)).toEqual([]);
  });

  it("ends a protocol after confirmation, audited; another clinic gets 404", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    expect(await redirectOf(saveProtocolAction({}, await builder(w.patientB.id, [await clamshell()])))).toBe(`/patients/${w.patientB.id}/protocol?saved=1`);
    const [protocol] = await protocolsOf(w.patientB.id);
    signInAs(w.as.otherTherapist);
    await expect(endProtocolAction({}, form({ protocolId: protocol?.id ?? "" }))).rejects.toThrow(NOT_FOUND);
    signInAs(w.as.therapist);
    expect(await endProtocolAction({}, form({ protocolId: protocol?.id ?? "" }))).toEqual({ ok: true, message: "Protocol ended." });
    expect((await protocolsOf(w.patientB.id))[0]?.status).toBe("ended");
    expect((await auditFor(w.patientB.id)).map((e) => e.action)).toEqual(["protocol.started", "protocol.ended"]);
  });

  it("end, bad input: a malformed id answers 404 like a missing row, and ending twice says so; nothing changes", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    await redirectOf(saveProtocolAction({}, await builder(w.patientB.id, [await clamshell()])));
    const [protocol] = await protocolsOf(w.patientB.id);
    const protocolId = protocol?.id ?? "";
    await expect(endProtocolAction({}, form({ protocolId: "phase-1" }))).rejects.toThrow(NOT_FOUND);
    expect(await protocolsOf(w.patientB.id)).toEqual([protocol]);
    await endProtocolAction({}, form({ protocolId }));
    const ended = await protocolsOf(w.patientB.id);
    expect(await endProtocolAction({}, form({ protocolId }))).toEqual({ message: "This protocol has already ended.", fieldErrors: undefined, values: { protocolId } });
    expect(await protocolsOf(w.patientB.id)).toEqual(ended);
    expect((await auditFor(w.patientB.id)).map((e) => e.action)).toEqual(["protocol.started", "protocol.ended"]);
  });

  it("end: answers 404 to a patient, even their own protocol, and ends nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    await redirectOf(saveProtocolAction({}, await builder(w.patientA.id, [await clamshell()])));
    const [protocol] = await protocolsOf(w.patientA.id);
    for (const caller of [w.as.patientA, w.as.patientB]) {
      signInAs(caller);
      await expect(endProtocolAction({}, form({ protocolId: protocol?.id ?? "" }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await protocolsOf(w.patientA.id)).toEqual([protocol]);
    expect((await auditFor(w.patientA.id)).map((e) => e.action)).toEqual(["protocol.started"]);
  });
});
