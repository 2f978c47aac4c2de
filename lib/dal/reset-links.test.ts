import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createPatient, createSession } from "@/lib/seed/factories";
import { auditEvents, invites, sessions, users } from "@/db/schema";
import { authenticate } from "@/lib/auth/credentials";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { lookUpInvite } from "./invites";
import { acceptReset, createPatientResetLink, createStaffResetLink, lookUpReset } from "./reset-links";
import { setStaffDisabled } from "./staff";

const t = setupTestDatabase();
const OLD = "correct horse battery staple"; // the factories' password

const openSession = (userId: string, clinicId: string) => createSession(t.db(), { userId, clinicId });

describe("password reset links", () => {
  // Five password checks and a hash at production cost: slow on a busy machine, so a longer budget.
  it("sets a new password once, ends every session, and the old password stops working", { timeout: 90_000 }, async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const target = w.as.therapist;
    const sessionsBefore = [await openSession(target.userId, w.home.id), await openSession(target.userId, w.home.id)];
    const { token, inviteId } = await db.transaction((tx) => createStaffResetLink(tx, w.as.admin, target.userId));
    const [stored] = await db.select().from(invites).where(eq(invites.id, inviteId));
    expect(stored).toMatchObject({ kind: "reset", userId: target.userId, clinicId: w.home.id, patientId: null, tokenHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await lookUpReset(token)).toEqual({ status: "valid", kind: "reset", role: "therapist", clinicName: "Home Clinic", maskedEmail: expect.stringMatching(/^t\*+@example\.test$/) });
    // The old password works until the link is used.
    expect(await authenticate(target.email, OLD)).toMatchObject({ id: target.userId });

    expect(await acceptReset(token, "new knees new me", "198.51.100.7")).toEqual({ email: target.email, role: "therapist" });
    const rows = await db.select().from(sessions).where(eq(sessions.userId, target.userId));
    for (const before of sessionsBefore) expect(rows.find((r) => r.id === before.id)).toMatchObject({ revokedAt: expect.any(Date), revokedReason: "password-reset" });
    // Every session, including the one the authenticate() above opened.
    expect(rows.filter((r) => r.revokedAt === null)).toEqual([]);
    expect(await authenticate(target.email, OLD)).toBeNull();
    expect(await authenticate(target.email, "new knees new me")).toMatchObject({ id: target.userId });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "password.reset"), eq(auditEvents.entityId, target.userId)));
    expect(event).toMatchObject({ clinicId: w.home.id, actorId: target.userId, ip: "198.51.100.7", detail: { link: inviteId, sessionsEnded: 3 } });
    expect(JSON.stringify(event)).not.toContain("new knees new me");

    expect(await lookUpReset(token)).toEqual({ status: "used" });
    expect(await acceptReset(token, "a second new phrase", null)).toEqual({ error: "used" });
    expect(await authenticate(target.email, "new knees new me")).toMatchObject({ id: target.userId });
  });

  it("expires after 24 hours by the clock it is given", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const made = new Date("2026-05-04T08:00:00Z");
    const { token, expiresAt } = await db.transaction((tx) => createStaffResetLink(tx, w.as.admin, w.as.therapist.userId, made));
    expect(expiresAt.toISOString()).toBe("2026-05-05T08:00:00.000Z");
    expect((await lookUpReset(token, new Date("2026-05-05T07:59:00Z"))).status).toBe("valid");
    expect(await lookUpReset(token, new Date("2026-05-05T08:00:00Z"))).toEqual({ status: "expired" });
    expect(await acceptReset(token, "new knees new me", null, new Date("2026-05-06T00:00:00Z"))).toEqual({ error: "expired" });
    expect(await authenticate(w.as.therapist.email, OLD)).toMatchObject({ id: w.as.therapist.userId });
  });

  it("voids the earlier link when a new one is made, and a reset link is not an invite", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const first = await db.transaction((tx) => createStaffResetLink(tx, w.as.admin, w.as.therapist.userId));
    const second = await db.transaction((tx) => createStaffResetLink(tx, w.as.admin, w.as.therapist.userId));
    expect(await lookUpReset(first.token)).toEqual({ status: "invalid" });
    expect(await acceptReset(first.token, "new knees new me", null)).toEqual({ error: "invalid" });
    expect((await lookUpReset(second.token)).status).toBe("valid");
    expect(await lookUpInvite(second.token)).toEqual({ status: "invalid" });
  });

  it("stops working when the account is disabled, and is refused for one's own or a disabled account", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const { token } = await db.transaction((tx) => createStaffResetLink(tx, w.as.admin, w.as.therapist.userId));
    await db.transaction((tx) => setStaffDisabled(tx, w.as.admin, w.as.therapist.userId, true));
    expect(await lookUpReset(token)).toEqual({ status: "invalid" });
    expect(await acceptReset(token, "new knees new me", null)).toEqual({ error: "invalid" });
    await expect(db.transaction((tx) => createStaffResetLink(tx, w.as.admin, w.as.therapist.userId))).rejects.toThrow(/disabled/);
    await expect(db.transaction((tx) => createStaffResetLink(tx, w.as.admin, w.as.admin.userId))).rejects.toThrow(/your account page/);
  });

  it("refuses the email as the new password and changes nothing", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const { token } = await db.transaction((tx) => createStaffResetLink(tx, w.as.admin, w.as.therapist.userId));
    await expect(acceptReset(token, w.as.therapist.email, null)).rejects.toMatchObject({ fieldErrors: { password: [expect.stringMatching(/email/)] } });
    expect((await lookUpReset(token)).status).toBe("valid");
    expect(await authenticate(w.as.therapist.email, OLD)).toMatchObject({ id: w.as.therapist.userId });
  });

  it("staff resets are for an admin's own clinic's staff only", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    for (const id of [w.as.otherTherapist.userId, w.as.patientA.userId, crypto.randomUUID()]) {
      await expect(db.transaction((tx) => createStaffResetLink(tx, w.as.admin, id))).rejects.toThrow(NOT_FOUND);
    }
    for (const caller of [w.as.therapist, w.as.patientA, w.as.otherTherapist]) {
      await expect(db.transaction((tx) => createStaffResetLink(tx, caller, w.as.admin.userId))).rejects.toThrow(NOT_FOUND);
    }
    // One database per file: look only at this world's clinics.
    expect(await db.select().from(invites).where(eq(invites.clinicId, w.home.id))).toEqual([]);
    expect(await db.select().from(invites).where(eq(invites.clinicId, w.other.id))).toEqual([]);
  });
});

describe("reset portal access (a patient's reset from the record)", () => {
  it("lets the patient choose a new password and land as a patient", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const { token, userId } = await db.transaction((tx) => createPatientResetLink(tx, w.as.therapist, w.patientA.id));
    expect(userId).toBe(w.as.patientA.userId);
    expect(await lookUpReset(token)).toMatchObject({ status: "valid", role: "patient" });
    expect(await acceptReset(token, "stairs are easy now", null)).toEqual({ email: w.as.patientA.email, role: "patient" });
    expect(await authenticate(w.as.patientA.email, "stairs are easy now")).toMatchObject({ role: "patient" });
  });

  it("needs an account, an active record, and the caller's own clinic", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const noAccount = await createPatient(db, { clinicId: w.home.id, email: "no-account@x.test" });
    await expect(db.transaction((tx) => createPatientResetLink(tx, w.as.therapist, noAccount.id))).rejects.toThrow(/no portal account yet/);
    for (const caller of [w.as.otherTherapist, w.as.patientA, w.as.patientB]) {
      await expect(db.transaction((tx) => createPatientResetLink(tx, caller, w.patientA.id))).rejects.toThrow(NOT_FOUND);
    }
    await expect(db.transaction((tx) => createPatientResetLink(tx, w.as.therapist, w.otherPatient.id))).rejects.toThrow(NOT_FOUND);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, w.as.patientB.userId));
    await expect(db.transaction((tx) => createPatientResetLink(tx, w.as.therapist, w.patientB.id))).rejects.toThrow(/disabled/);
    expect(await db.select().from(invites).where(eq(invites.clinicId, w.home.id))).toEqual([]);
    expect(await db.select().from(invites).where(eq(invites.clinicId, w.other.id))).toEqual([]);
  });
});
