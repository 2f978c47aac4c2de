import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createPatient } from "@/lib/seed/factories";
import { auditEvents, invites, patients, users } from "@/db/schema";
import { authenticate } from "@/lib/auth/credentials";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { acceptInvite, createPatientInvite, getPendingInvite, lookUpInvite } from "./invites";
import { lookUpReset } from "./reset-links";
import { createStaffInvite } from "./staff";

const t = setupTestDatabase();

async function invitablePatient() {
  const db = t.db();
  const w = await createTwoClinicWorld(db);
  const patient = await createPatient(db, { clinicId: w.home.id, fullName: "Ivy Invite", email: `ivy-${crypto.randomUUID().slice(0, 6)}@x.test` });
  return { w, patient };
}

describe("portal invites", () => {
  it("turns a link into a patient login, once, and stores only the token's hash", async () => {
    const db = t.db();
    const { w, patient } = await invitablePatient();
    const { token } = await db.transaction((tx) => createPatientInvite(tx, w.as.therapist, patient.id));
    const [stored] = await db.select().from(invites).where(eq(invites.patientId, patient.id));
    expect(stored?.tokenHash).not.toContain(token);
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await lookUpInvite(token)).toEqual({ status: "valid", kind: "patient-invite", role: "patient", clinicName: "Home Clinic", maskedEmail: expect.stringMatching(/^i\*+@x\.test$/) });

    expect(await acceptInvite(token, "knees feel better now", null)).toEqual({ email: patient.email, role: "patient" });
    const [linked] = await db.select({ userId: patients.userId }).from(patients).where(eq(patients.id, patient.id));
    const [account] = await db.select().from(users).where(eq(users.id, linked?.userId ?? ""));
    expect(account).toMatchObject({ role: "patient", clinicId: w.home.id, email: patient.email });
    expect(await authenticate(patient.email ?? "", "knees feel better now")).toMatchObject({ role: "patient" });

    expect(await lookUpInvite(token)).toEqual({ status: "used" });
    expect(await acceptInvite(token, "a different password", null)).toEqual({ error: "used" });
  });

  it("voids the earlier link when a new one is made", async () => {
    const db = t.db();
    const { w, patient } = await invitablePatient();
    const first = await db.transaction((tx) => createPatientInvite(tx, w.as.therapist, patient.id));
    const second = await db.transaction((tx) => createPatientInvite(tx, w.as.admin, patient.id));
    expect(await lookUpInvite(first.token)).toEqual({ status: "invalid" });
    expect((await lookUpInvite(second.token)).status).toBe("valid");
    expect(await getPendingInvite(w.as.therapist, patient.id)).toEqual({ createdAt: expect.any(Date), expiresAt: second.expiresAt });
  });

  it("says expired after 7 days, and reveals nothing for unknown or malformed tokens", async () => {
    const db = t.db();
    const { w, patient } = await invitablePatient();
    const { token } = await db.transaction((tx) => createPatientInvite(tx, w.as.therapist, patient.id));
    await db.update(invites).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invites.patientId, patient.id));
    expect(await lookUpInvite(token)).toEqual({ status: "expired" });
    expect(await acceptInvite(token, "knees feel better now", null)).toEqual({ error: "expired" });
    expect(await lookUpInvite("A".repeat(43))).toEqual({ status: "invalid" });
    expect(await lookUpInvite("../../etc/passwd")).toEqual({ status: "invalid" });
  });

  it("refuses other clinics, patients, and patients without an email or with an account", async () => {
    const db = t.db();
    const { w, patient } = await invitablePatient();
    await expect(db.transaction((tx) => createPatientInvite(tx, w.as.otherTherapist, patient.id))).rejects.toThrow(NOT_FOUND);
    await expect(db.transaction((tx) => createPatientInvite(tx, w.as.patientA, patient.id))).rejects.toThrow(NOT_FOUND);
    await expect(getPendingInvite(w.as.otherTherapist, patient.id)).resolves.toBeNull();
    const noEmail = await createPatient(db, { clinicId: w.home.id });
    await expect(db.transaction((tx) => createPatientInvite(tx, w.as.therapist, noEmail.id))).rejects.toThrow(/email/);
    await expect(db.transaction((tx) => createPatientInvite(tx, w.as.therapist, w.patientA.id))).rejects.toThrow(/already has a portal account/);
    expect(await db.select().from(invites).where(eq(invites.patientId, noEmail.id))).toHaveLength(0);
  });
});

describe("staff invites", () => {
  const email = () => `new-${crypto.randomUUID().slice(0, 8)}@staff.test`;

  it("creates the invited role in the inviting clinic, once, and says who joined in the audit log", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const address = email();
    const { token, inviteId } = await db.transaction((tx) => createStaffInvite(tx, w.as.admin, { name: "Theo Admin", email: address, role: "admin" }));
    expect(await lookUpInvite(token)).toEqual({ status: "valid", kind: "staff-invite", role: "admin", clinicName: "Home Clinic", maskedEmail: expect.stringMatching(/^n\*+@staff\.test$/) });

    expect(await acceptInvite(token, "quiet river stones", "203.0.113.9")).toEqual({ email: address, role: "admin" });
    const [account] = await db.select().from(users).where(eq(users.email, address));
    expect(account).toMatchObject({ role: "admin", clinicId: w.home.id, name: "Theo Admin", disabledAt: null });
    expect(await authenticate(address, "quiet river stones")).toMatchObject({ role: "admin", clinicId: w.home.id });
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "invite.accepted"), eq(auditEvents.entityId, inviteId)));
    expect(event).toMatchObject({ clinicId: w.home.id, actorId: account?.id, patientId: null, ip: "203.0.113.9", detail: { kind: "staff-invite", role: "admin" } });

    expect(await acceptInvite(token, "another fine phrase", null)).toEqual({ error: "used" });
    expect(await db.select({ id: users.id }).from(users).where(eq(users.email, address))).toHaveLength(1);
  });

  it("refuses the email as the password with a field message and creates nothing", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const address = email();
    const { token } = await db.transaction((tx) => createStaffInvite(tx, w.as.admin, { name: "Uma", email: address, role: "therapist" }));
    await expect(acceptInvite(token, address, null)).rejects.toMatchObject({ fieldErrors: { password: ["Your password cannot be your email address."] } });
    expect(await db.select().from(users).where(eq(users.email, address))).toEqual([]);
    expect((await lookUpInvite(token)).status).toBe("valid");
  });

  it("expires after 7 days by the clock it is given, and a staff link is not a reset link", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const created = new Date("2026-03-01T09:00:00Z");
    const { token, expiresAt } = await db.transaction((tx) => createStaffInvite(tx, w.as.admin, { name: "Vic", email: email(), role: "therapist" }, created));
    expect(expiresAt.toISOString()).toBe("2026-03-08T09:00:00.000Z");
    expect((await lookUpInvite(token, new Date("2026-03-08T08:59:59Z"))).status).toBe("valid");
    expect(await lookUpInvite(token, new Date("2026-03-08T09:00:00Z"))).toEqual({ status: "expired" });
    expect(await acceptInvite(token, "quiet river stones", null, new Date("2026-03-09T00:00:00Z"))).toEqual({ error: "expired" });
    expect(await lookUpReset(token, created)).toEqual({ status: "invalid" });
  });
});
