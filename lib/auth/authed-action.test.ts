import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { auditEvents, patients } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("./session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { authedAction, UserFacingError } = await import("./authed-action");
const t = setupTestDatabase();

/** A realistic action: update a patient's notes, scoped to the caller's clinic. */
const updateNotes = authedAction(
  z.object({ patientId: z.uuid({ error: "Unknown patient" }), notes: z.string().trim().min(1, { error: "Write a note" }), failAfterWrite: z.string().optional() }),
  "write:patient:clinic",
  async ({ input, caller, tx }) => {
    const updated = await tx
      .update(patients)
      .set({ notes: input.notes })
      .where(and(eq(patients.id, input.patientId), eq(patients.clinicId, caller.clinicId)))
      .returning({ id: patients.id });
    if (updated.length === 0) notFound();
    if (input.failAfterWrite === "crash") throw new Error("disk on fire: select * from secrets");
    if (input.failAfterWrite === "user") throw new UserFacingError("That patient is archived.", { notes: ["Unarchive first"] });
    return { audit: { action: "patient.notes-updated", entity: "patient", entityId: input.patientId, patientId: input.patientId }, revalidate: [`/patients/${input.patientId}`] };
  },
);

async function notesOf(id: string) {
  const [row] = await t.db().select({ notes: patients.notes }).from(patients).where(eq(patients.id, id));
  return row?.notes;
}

async function auditFor(id: string) {
  return t.db().select().from(auditEvents).where(eq(auditEvents.entityId, id));
}

const PROXY_HEADERS = { "x-forwarded-for": "203.0.113.9, 10.0.0.1" };
const trustProxyBefore = process.env.TRUST_PROXY;
beforeAll(() => {
  process.env.TRUST_PROXY = "true"; // the audit row should carry the proxy-reported address
  resetEnvCache();
});
afterAll(() => {
  if (trustProxyBefore === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = trustProxyBefore;
  resetEnvCache();
});
beforeEach(() => signInAs(null));

describe("authedAction", () => {
  it("writes, audits in the same transaction, and revalidates", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist, PROXY_HEADERS);
    const state = await updateNotes({}, form({ patientId: w.patientA.id, notes: "Stairs easier" }));
    expect(state).toEqual({ ok: true, message: undefined, data: undefined });
    expect(await notesOf(w.patientA.id)).toBe("Stairs easier");
    const [event] = await auditFor(w.patientA.id);
    expect(event).toMatchObject({ action: "patient.notes-updated", actorId: w.as.therapist.userId, clinicId: w.home.id, patientId: w.patientA.id, ip: "203.0.113.9" });
    expect(revalidated).toEqual([`/patients/${w.patientA.id}`]);
  });

  it("sends the anonymous to sign in before reading anything", async () => {
    await expect(updateNotes({}, form({ patientId: "x", notes: "y" }))).rejects.toThrow(/NEXT_REDIRECT/);
  });

  it("answers 404 to a role without the permission, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.patientA, PROXY_HEADERS);
    await expect(updateNotes({}, form({ patientId: w.patientA.id, notes: "mine now" }))).rejects.toThrow(NOT_FOUND);
    expect(await notesOf(w.patientA.id)).toBeNull();
  });

  it("answers 404 for another clinic's record even with a valid id, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.otherTherapist, PROXY_HEADERS);
    await expect(updateNotes({}, form({ patientId: w.patientA.id, notes: "cross-clinic" }))).rejects.toThrow(NOT_FOUND);
    expect(await notesOf(w.patientA.id)).toBeNull();
    expect(await auditFor(w.patientA.id)).toHaveLength(0);
  });

  it("returns field errors with the typed input, never echoing passwords, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist, PROXY_HEADERS);
    const state = await updateNotes({}, form({ patientId: w.patientA.id, notes: "   ", password: "hunter22", extra: "kept" }));
    expect(state.fieldErrors?.notes).toEqual(["Write a note"]);
    expect(state.message).toMatch(/Nothing was saved/);
    expect(state.values).toMatchObject({ patientId: w.patientA.id, notes: "   ", extra: "kept" });
    expect(state.values).not.toHaveProperty("password");
    expect(await auditFor(w.patientA.id)).toHaveLength(0);
  });

  it("rolls back the write and the audit when the work fails, with no internals in the message", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist, PROXY_HEADERS);
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = await updateNotes({}, form({ patientId: w.patientA.id, notes: "half-saved?", failAfterWrite: "crash" }));
    spy.mockRestore();
    expect(state.message).toBe("Something went wrong and nothing was saved. Please try again.");
    expect(state.message).not.toMatch(/select|secrets|disk/);
    expect(state.values?.notes).toBe("half-saved?");
    expect(await notesOf(w.patientA.id)).toBeNull();
    expect(await auditFor(w.patientA.id)).toHaveLength(0);
    expect(revalidated).toEqual([]);
  });

  it("shows a user-facing error as written, and still rolls back", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.admin, PROXY_HEADERS);
    const state = await updateNotes({}, form({ patientId: w.patientA.id, notes: "x", failAfterWrite: "user" }));
    expect(state).toMatchObject({ message: "That patient is archived.", fieldErrors: { notes: ["Unarchive first"] } });
    expect(await notesOf(w.patientA.id)).toBeNull();
  });
});
