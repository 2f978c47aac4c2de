import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { invites, patients, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { createPatientInvite } from "@/lib/dal/invites";
import { createStaffResetLink } from "@/lib/dal/reset-links";
import { createStaffInvite } from "@/lib/dal/staff";
import { createPatient } from "@/lib/seed/factories";
import { auditsOf } from "@/lib/testing/action-helpers";
import { form, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { acceptPortalInvite } = await import("./actions");
const t = setupTestDatabase();
const password = "quiet river stones";

const accountsWith = (email: string) => t.db().select().from(users).where(eq(users.email, email));
const inviteRow = async (id: string) => (await t.db().select().from(invites).where(eq(invites.id, id)))[0];

/** A patient of the home clinic with an email and an open portal invite (the token is returned once). */
async function invitedPatient() {
  const db = t.db();
  const w = await createTwoClinicWorld(db);
  const patient = await createPatient(db, { clinicId: w.home.id, email: `pia-${w.home.id.slice(0, 6)}@x.test` });
  const { token } = await db.transaction((tx) => createPatientInvite(tx, w.as.therapist, patient.id));
  const [invite] = await db.select().from(invites).where(eq(invites.patientId, patient.id));
  if (!invite || !patient.email) throw new Error("no invite");
  return { w, patient, email: patient.email, token, invite };
}

beforeEach(() => signInAs(null));

describe("the public invite action", () => {
  it("creates the patient's account linked to the record, uses the link up, and sends them to /my", async () => {
    const { w, patient, email, token, invite } = await invitedPatient();
    expect(await acceptPortalInvite({}, form({ token, password, confirmPassword: password }))).toEqual({
      ok: true, message: "Your password is set. Signing you in…", data: { email, home: "/my" },
    });
    const [account] = await accountsWith(email);
    expect(account).toMatchObject({ role: "patient", clinicId: w.home.id, name: patient.fullName, disabledAt: null });
    expect(await verifyPassword(password, account?.passwordHash ?? "")).toBe(true);
    expect((await t.db().select().from(patients).where(eq(patients.id, patient.id)))[0]?.userId).toBe(account?.id);
    expect((await inviteRow(invite.id))?.usedAt).toBeInstanceOf(Date);
    expect(await auditsOf(t.db(), w.home.id, "invite.accepted")).toMatchObject([
      { actorId: account?.id, entity: "invite", entityId: invite.id, patientId: patient.id, detail: { kind: "patient-invite", role: "patient" } },
    ]);
  });

  it("creates a staff account with the invite's role and sends them to /dashboard", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const staffEmail = `sol-${w.home.id.slice(0, 6)}@x.test`;
    const forStaff = await db.transaction((tx) => createStaffInvite(tx, w.as.admin, { name: "Sol", email: staffEmail, role: "therapist" }));
    expect(await acceptPortalInvite({}, form({ token: forStaff.token, password, confirmPassword: password }))).toMatchObject({ ok: true, data: { email: staffEmail, home: "/dashboard" } });
    expect(await accountsWith(staffEmail)).toMatchObject([{ role: "therapist", name: "Sol", clinicId: w.home.id }]);
  });

  it("bad input: field messages, passwords never echoed back, no account and the link still open", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const staffEmail = `eve-${w.home.id.slice(0, 6)}@x.test`;
    const { token, inviteId } = await db.transaction((tx) => createStaffInvite(tx, w.as.admin, { name: "Eve", email: staffEmail, role: "admin" }));
    expect(await acceptPortalInvite({}, form({ token, password: staffEmail, confirmPassword: staffEmail }))).toEqual({
      message: "Choose a different password.", fieldErrors: { password: ["Your password cannot be your email address."] },
    });
    expect(await acceptPortalInvite({}, form({ token, password, confirmPassword: "quiet river" }))).toEqual({
      message: "Choose a different password.", fieldErrors: { confirmPassword: ["The two passwords do not match."] },
    });
    expect(await accountsWith(staffEmail)).toEqual([]);
    expect(await inviteRow(inviteId)).toMatchObject({ usedAt: null, voidedAt: null });
    expect(await auditsOf(db, w.home.id, "invite.accepted")).toEqual([]);
  });

  it("refuses a used link, a reset link and an unknown token: no second account, nothing changed", async () => {
    const { w, email, token } = await invitedPatient();
    await acceptPortalInvite({}, form({ token, password, confirmPassword: password }));
    expect(await acceptPortalInvite({}, form({ token, password: "another long phrase", confirmPassword: "another long phrase" }))).toEqual({
      message: "This link has already been used. Sign in with the password you chose, or ask your clinic for a new link.",
    });
    const reset = await t.db().transaction((tx) => createStaffResetLink(tx, w.as.admin, w.as.therapist.userId));
    const therapistHash = (await accountsWith(w.as.therapist.email))[0]?.passwordHash;
    for (const closed of [reset.token, "A".repeat(43), ""]) {
      expect(await acceptPortalInvite({}, form({ token: closed, password, confirmPassword: password }))).toEqual({ message: "This link is not valid. Ask your clinic for a new one." });
    }
    expect(await accountsWith(email)).toHaveLength(1);
    expect((await accountsWith(w.as.therapist.email))[0]?.passwordHash).toBe(therapistHash);
    expect(await auditsOf(t.db(), w.home.id, "invite.accepted")).toHaveLength(1);
  });

  it("says an expired link has expired, and creates nothing", async () => {
    const { w, email, token, invite } = await invitedPatient();
    await t.db().update(invites).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invites.id, invite.id));
    expect(await acceptPortalInvite({}, form({ token, password, confirmPassword: password }))).toEqual({ message: "This link has expired. Ask your clinic for a new one." });
    expect(await accountsWith(email)).toEqual([]);
    expect(await auditsOf(t.db(), w.home.id, "invite.accepted")).toEqual([]);
  });
});
