import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditEvents, invites } from "@/db/schema";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { resetPortalAccess } = await import("./actions");
const t = setupTestDatabase();

beforeEach(() => signInAs(null));

describe("reset portal access", () => {
  it("gives the therapist a single-use reset link for the patient's account, audited on the record", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const state = await resetPortalAccess({}, form({ patientId: w.patientA.id }));
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/current password keeps working until they use it/) });
    expect(state.data?.link).toMatch(/^http:\/\/localhost:3000\/reset\/[A-Za-z0-9_-]{43}$/);
    expect(revalidated).toEqual([`/patients/${w.patientA.id}`]);
    const [link] = await t.db().select().from(invites).where(eq(invites.clinicId, w.home.id));
    expect(link).toMatchObject({ kind: "reset", userId: w.as.patientA.userId, createdBy: w.as.therapist.userId });
    const [event] = await t.db().select().from(auditEvents).where(and(eq(auditEvents.clinicId, w.home.id), eq(auditEvents.action, "portal-reset.created")));
    expect(event).toMatchObject({ actorId: w.as.therapist.userId, patientId: w.patientA.id, entity: "user", entityId: w.as.patientA.userId });
  });

  it("answers 404 to patients and to another clinic's therapist, and for another clinic's patient", async () => {
    const w = await createTwoClinicWorld(t.db());
    for (const caller of [w.as.patientA, w.as.patientB, w.as.otherTherapist]) {
      signInAs(caller);
      await expect(resetPortalAccess({}, form({ patientId: w.patientA.id }))).rejects.toThrow(NOT_FOUND);
    }
    signInAs(w.as.admin);
    await expect(resetPortalAccess({}, form({ patientId: w.otherPatient.id }))).rejects.toThrow(NOT_FOUND);
    // One database per file: only this world's clinics.
    for (const clinicId of [w.home.id, w.other.id]) expect(await t.db().select().from(invites).where(eq(invites.clinicId, clinicId))).toEqual([]);
  });
});
