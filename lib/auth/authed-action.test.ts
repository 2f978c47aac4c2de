import { and, eq } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { auditEvents, patients } from "@/db/schema";
import { DATABASE_UNAVAILABLE_ACTION_MESSAGE } from "@/lib/db-errors";
import { resetEnvCache } from "@/lib/env";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { CONTROL_CHARACTERS_MESSAGE } from "@/lib/validation/form";

// Outages to simulate: the session check's read, or the action's own getDb(), failing to connect.
const outage = vi.hoisted(() => ({ session: null as unknown, getDb: null as unknown }));
vi.mock("./session", async () => {
  const mocks = await import("@/lib/testing/next-mocks");
  return {
    ...mocks,
    requireUser: async () => {
      if (outage.session) throw outage.session;
      return mocks.requireUser();
    },
  };
});
vi.mock("@/db/client", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/db/client")>();
  return {
    ...original,
    getDb: async () => {
      if (outage.getDb) throw outage.getDb;
      return original.getDb();
    },
  };
});
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { authedAction } = await import("./authed-action");
const { UserFacingError } = await import("@/lib/user-facing-error");
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

// One hop: which end of a longer X-Forwarded-For to believe is lib/request-ip.ts's business, tested there.
const PROXY_HEADERS = { "x-forwarded-for": "203.0.113.9" };
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
beforeEach(() => {
  signInAs(null);
  outage.session = null;
  outage.getDb = null;
});

const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

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

  it("answers the database-down message when the session check cannot reach the database, keeping the input", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist, PROXY_HEADERS);
    outage.session = new Error("Failed query: select ... from users", { cause: refused() });
    const state = await updateNotes({}, form({ patientId: w.patientA.id, notes: "typed while down" }));
    expect(state).toEqual({ message: DATABASE_UNAVAILABLE_ACTION_MESSAGE, values: { patientId: w.patientA.id, notes: "typed while down" } });
    expect(await notesOf(w.patientA.id)).toBeNull();
    expect(await auditFor(w.patientA.id)).toHaveLength(0);
  });

  it("answers the database-down message when the action cannot open its connection, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist, PROXY_HEADERS);
    outage.getDb = refused();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = await updateNotes({}, form({ patientId: w.patientA.id, notes: "kept", password: "never echoed" }));
    logged.mockRestore();
    expect(state).toEqual({ message: DATABASE_UNAVAILABLE_ACTION_MESSAGE, values: { patientId: w.patientA.id, notes: "kept" } });
    expect(await notesOf(w.patientA.id)).toBeNull();
    expect(revalidated).toEqual([]);
  });

  it("treats a connection lost mid-transaction as the outage it is, and rolls back", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist, PROXY_HEADERS);
    const dropping = authedAction(z.object({ patientId: z.uuid() }), "write:patient:clinic", async ({ input, tx }) => {
      await tx.update(patients).set({ notes: "half" }).where(eq(patients.id, input.patientId));
      throw new Error("Connection terminated unexpectedly");
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = await dropping({}, form({ patientId: w.patientA.id }));
    logged.mockRestore();
    expect(state.message).toBe(DATABASE_UNAVAILABLE_ACTION_MESSAGE);
    expect(await notesOf(w.patientA.id)).toBeNull();
  });

  it("answers in the form, not with the 503 redirect, when the outage arrives as that redirect (inside the server)", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist, PROXY_HEADERS);
    const asRedirect = () => {
      try {
        redirect("/unavailable?from=%2Fpatients");
      } catch (e) {
        return Object.assign(e as Error, { cause: refused() }); // what db/outage-redirect.ts throws
      }
    };
    outage.session = asRedirect();
    expect(await updateNotes({}, form({ patientId: w.patientA.id, notes: "a" }))).toMatchObject({ message: DATABASE_UNAVAILABLE_ACTION_MESSAGE, values: { notes: "a" } });
    outage.session = null;
    outage.getDb = asRedirect();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await updateNotes({}, form({ patientId: w.patientA.id, notes: "b" }))).toMatchObject({ message: DATABASE_UNAVAILABLE_ACTION_MESSAGE, values: { notes: "b" } });
    logged.mockRestore();
    expect(await notesOf(w.patientA.id)).toBeNull();
  });

  it("still rethrows a session failure that is not an outage", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist, PROXY_HEADERS);
    outage.session = new TypeError("a bug in the session code");
    await expect(updateNotes({}, form({ patientId: w.patientA.id, notes: "x" }))).rejects.toThrow("a bug in the session code");
  });

  it("refuses a NUL byte in any field with a field message, even one the schema lets through, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist, PROXY_HEADERS);
    // notes is a bare z.string() here: only the wrapper's safety net stands between it and PostgreSQL.
    const state = await updateNotes({}, form({ patientId: w.patientA.id, notes: "stairs\u0000 easier" }));
    expect(state.fieldErrors).toEqual({ notes: [CONTROL_CHARACTERS_MESSAGE] });
    expect(state.message).toBe("Please correct the highlighted fields. Nothing was saved.");
    expect(state.values).toEqual({ patientId: w.patientA.id, notes: "stairs\u0000 easier" });
    expect(await notesOf(w.patientA.id)).toBeNull();
    expect(await auditFor(w.patientA.id)).toHaveLength(0);
  });

  it("keeps the schema's own field errors beside the control-character ones, and allows tabs and new lines", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist, PROXY_HEADERS);
    const state = await updateNotes({}, form({ patientId: "not-a-uuid", notes: "ok", extra: "\u001b[31mred" }));
    expect(state.fieldErrors).toEqual({ patientId: ["Unknown patient"], extra: [CONTROL_CHARACTERS_MESSAGE] });
    const fine = await updateNotes({}, form({ patientId: w.patientA.id, notes: "line one\r\n\tline two" }));
    expect(fine.ok).toBe(true);
    expect(await notesOf(w.patientA.id)).toBe("line one\r\n\tline two");
  });
});
