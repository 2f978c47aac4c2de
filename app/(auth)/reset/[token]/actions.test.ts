import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { invites, sessions, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { createPatientInvite } from "@/lib/dal/invites";
import { createStaffResetLink } from "@/lib/dal/reset-links";
import { createPatient, createSession } from "@/lib/seed/factories";
import { auditsOf } from "@/lib/testing/action-helpers";
import { form, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { resetPassword } = await import("./actions");
const t = setupTestDatabase();
const NEW_PASSWORD = "quiet river stones";

const userRow = async (id: string) => (await t.db().select().from(users).where(eq(users.id, id)))[0];
const sessionRow = async (id: string) => (await t.db().select().from(sessions).where(eq(sessions.id, id)))[0];

beforeEach(() => signInAs(null)); // nobody is signed in on a reset page

describe("the public reset action", () => {
  it("sets the password, ends every session of the account, uses the link up and hands this browser the sign-in", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const live = await createSession(db, { userId: w.as.therapist.userId, clinicId: w.home.id });
    const { token, inviteId } = await db.transaction((tx) => createStaffResetLink(tx, w.as.admin, w.as.therapist.userId));
    const done = await resetPassword({}, form({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(done).toEqual({ ok: true, message: "Your password is set. Signing you in…", data: { email: w.as.therapist.email, home: "/dashboard" } });
    expect(await verifyPassword(NEW_PASSWORD, (await userRow(w.as.therapist.userId))?.passwordHash ?? "")).toBe(true);
    expect(await sessionRow(live.id)).toMatchObject({ revokedAt: expect.any(Date), revokedReason: "password-reset" });
    expect((await db.select().from(invites).where(eq(invites.id, inviteId)))[0]?.usedAt).toBeInstanceOf(Date);
    expect(await auditsOf(db, w.home.id, "password.reset")).toMatchObject([
      { actorId: w.as.therapist.userId, entityId: w.as.therapist.userId, detail: { link: inviteId, sessionsEnded: 1 } },
    ]);
    const again = await resetPassword({}, form({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(again).toEqual({ message: "This reset link has already been used. Sign in with your new password, or ask your clinic for a new link." });
  });

  it("bad input: field messages, passwords never echoed back, and the old password and sessions untouched", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const live = await createSession(db, { userId: w.as.therapist.userId, clinicId: w.home.id });
    const { token } = await db.transaction((tx) => createStaffResetLink(tx, w.as.admin, w.as.therapist.userId));
    const before = await userRow(w.as.therapist.userId);

    const mismatch = await resetPassword({}, form({ token, password: NEW_PASSWORD, confirmPassword: "quiet river stone" }));
    expect(mismatch).toEqual({ fieldErrors: { confirmPassword: ["The two passwords do not match."] }, message: "Choose a different password." });
    const common = await resetPassword({}, form({ token, password: "password123", confirmPassword: "password123" }));
    expect(common).toEqual({ fieldErrors: { password: ["That password is too common. Choose something less predictable, such as a few unrelated words."] }, message: "Choose a different password." });
    const ownEmail = await resetPassword({}, form({ token, password: w.as.therapist.email, confirmPassword: w.as.therapist.email }));
    expect(ownEmail).toEqual({ fieldErrors: { password: ["Your password cannot be your email address."] }, message: "Choose a different password." });
    expect(await userRow(w.as.therapist.userId)).toEqual(before);
    expect((await sessionRow(live.id))?.revokedAt).toBeNull();
    expect(await auditsOf(db, w.home.id, "password.reset")).toEqual([]);
  });

  it("refuses an unknown token, a patient invite, and a link for a disabled account, changing no password", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const invited = await createPatient(db, { clinicId: w.home.id, email: `ivy-${w.home.id.slice(0, 6)}@x.test` });
    const invite = await db.transaction((tx) => createPatientInvite(tx, w.as.therapist, invited.id));
    const forTherapist = await db.transaction((tx) => createStaffResetLink(tx, w.as.admin, w.as.therapist.userId));
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, w.as.therapist.userId));
    const before = await userRow(w.as.therapist.userId);
    for (const token of ["A".repeat(43), invite.token, forTherapist.token]) {
      expect(await resetPassword({}, form({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).toEqual({
        message: "This reset link is not valid. Ask your clinic for a new one.",
      });
    }
    expect(await userRow(w.as.therapist.userId)).toEqual(before);
    expect(await db.select().from(users).where(eq(users.email, invited.email ?? ""))).toEqual([]);
    expect(await auditsOf(db, w.home.id, "password.reset")).toEqual([]);
  });
});
