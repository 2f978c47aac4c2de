import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { auditEvents, protocols } from "@/db/schema";
import { todayIso } from "@/lib/dates";
import { PROTOCOL_FORM_OUT_OF_DATE } from "@/lib/validation/protocol";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { form, signInAs } from "@/lib/testing/next-mocks";
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
    await expect(saveProtocolAction({}, await builder(w.patientA.id, [item]))).rejects.toThrow(/NEXT_REDIRECT/);
    await expect(saveProtocolAction({}, await builder(w.patientA.id, [{ ...item, reps: "12" }], { baseVersion: "1" }))).rejects.toThrow(/NEXT_REDIRECT/);
    const [protocol] = await protocolsOf(w.patientA.id);
    expect(protocol?.currentVersion).toBe(2);
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
    expect(state.fieldErrors?.["items.0.sets"]?.[0]).toMatch(/Sets must be a whole number from 1 to 20/);
    expect(state.message).toMatch(/Nothing was saved/);
    expect(state.values).toMatchObject({ "items.0.sets": "0", "items.0.note": "kept" });
    expect(await protocolsOf(w.patientA.id)).toHaveLength(0);
    expect(await auditFor(w.patientA.id)).toHaveLength(0);
  });

  it("refuses a save without a base version like a stale one, keeping the input and saving nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const item = await clamshell();
    await expect(saveProtocolAction({}, await builder(w.patientA.id, [item]))).rejects.toThrow(/NEXT_REDIRECT/);
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

  it("answers 404 to another clinic's therapist, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.otherTherapist);
    await expect(saveProtocolAction({}, await builder(w.patientA.id, [await clamshell()]))).rejects.toThrow(NOT_FOUND);
    signInAs(w.as.patientA);
    await expect(saveProtocolAction({}, await builder(w.patientA.id, [await clamshell()]))).rejects.toThrow(NOT_FOUND);
    expect(await protocolsOf(w.patientA.id)).toHaveLength(0);
  });

  it("ends a protocol after confirmation, audited; another clinic gets 404", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    await expect(saveProtocolAction({}, await builder(w.patientB.id, [await clamshell()]))).rejects.toThrow(/NEXT_REDIRECT/);
    const [protocol] = await protocolsOf(w.patientB.id);
    signInAs(w.as.otherTherapist);
    await expect(endProtocolAction({}, form({ protocolId: protocol?.id ?? "" }))).rejects.toThrow(NOT_FOUND);
    signInAs(w.as.therapist);
    expect(await endProtocolAction({}, form({ protocolId: protocol?.id ?? "" }))).toEqual({ ok: true, message: "Protocol ended." });
    expect((await protocolsOf(w.patientB.id))[0]?.status).toBe("ended");
    expect((await auditFor(w.patientB.id)).map((e) => e.action)).toEqual(["protocol.started", "protocol.ended"]);
  });
});
