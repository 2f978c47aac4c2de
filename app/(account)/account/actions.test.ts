import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createClinic, createUser, sharedPasswordHash } from "@/lib/seed/factories";
import { auditEvents, sessions, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { sessionExpiresAt } from "@/lib/auth/session-expiry";
import { redirectOf } from "@/lib/testing/action-helpers";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { callerFor } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { changePasswordAction, signOutOtherSessionsAction } = await import("./actions");
const t = setupTestDatabase();
const PASSWORD = "correct horse battery staple";
const NEW_PASSWORD = "lantern orbit maple seven";

/** A person signed in twice (this browser and a phone), and a colleague signed in once. */
async function signedInTwice(role: "therapist" | "patient" | "admin" = "therapist") {
  const clinic = await createClinic(t.db());
  const user = await createUser(t.db(), { clinicId: clinic.id, role, passwordHash: await sharedPasswordHash(PASSWORD) });
  const colleague = await createUser(t.db(), { clinicId: clinic.id, role: "therapist" });
  const open = async (userId: string) => {
    const now = new Date();
    const [row] = await t.db().insert(sessions).values({ userId, clinicId: clinic.id, createdAt: now, lastSeenAt: now, expiresAt: sessionExpiresAt(now) }).returning();
    if (!row) throw new Error("no session row");
    return row.id;
  };
  const here = await open(user.id);
  const phone = await open(user.id);
  const colleagueSession = await open(colleague.id);
  return { user, caller: { ...callerFor(user), sessionId: here }, here, phone, colleagueSession };
}
const revoked = async (id: string) => (await t.db().select().from(sessions).where(eq(sessions.id, id)))[0]?.revokedReason ?? null;
const hashOf = async (id: string) => (await t.db().select().from(users).where(eq(users.id, id)))[0]?.passwordHash ?? "no such user";
const audits = (userId: string, action: string) => t.db().select().from(auditEvents).where(and(eq(auditEvents.actorId, userId), eq(auditEvents.action, action)));

beforeEach(() => signInAs(null));

describe("change password", { timeout: 90_000 }, () => {
  it("changes it, ends the other sessions but not this one, and audits without the password", async () => {
    const w = await signedInTwice();
    signInAs(w.caller);
    const state = await changePasswordAction({}, form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(state).toEqual({ ok: true, message: "Your password is changed, and 1 other session was signed out.", data: undefined });
    expect(await verifyPassword(NEW_PASSWORD, await hashOf(w.user.id))).toBe(true);
    expect(await revoked(w.here)).toBeNull();
    expect(await revoked(w.phone)).toBe("password-changed");
    expect(await revoked(w.colleagueSession)).toBeNull();
    expect(revalidated).toEqual(["/account"]);
    const [event] = await audits(w.user.id, "account.password-changed");
    expect(event).toMatchObject({ entity: "user", entityId: w.user.id, clinicId: w.user.clinicId, detail: { otherSessionsEnded: 1 } });
    expect(JSON.stringify(event)).not.toContain(NEW_PASSWORD);
  });

  it("refuses a wrong current password with a field message, changing nothing and ending nothing", async () => {
    const w = await signedInTwice("patient");
    const before = await hashOf(w.user.id);
    signInAs(w.caller);
    const state = await changePasswordAction({}, form({ currentPassword: "not it", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    expect(state.ok).toBeUndefined();
    expect(state.message).toBe("Nothing was changed: the current password is not right.");
    expect(state.fieldErrors).toEqual({ currentPassword: ["That is not your current password."] });
    expect(state.values).toEqual({}); // passwords are never echoed back into the page
    expect(await hashOf(w.user.id)).toBe(before);
    expect(await revoked(w.phone)).toBeNull();
    expect(await audits(w.user.id, "account.password-changed")).toEqual([]);
  });

  it("refuses a common password, a reused one and a mismatched repeat", async () => {
    const w = await signedInTwice("admin");
    const before = await hashOf(w.user.id);
    signInAs(w.caller);
    const common = await changePasswordAction({}, form({ currentPassword: PASSWORD, newPassword: "password123", confirmPassword: "password123" }));
    expect(common.fieldErrors).toEqual({ newPassword: ["That password is too common. Choose something less predictable, such as a few unrelated words."] });
    const same = await changePasswordAction({}, form({ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD }));
    expect(same.fieldErrors?.newPassword).toEqual(["Choose a password different from your current one."]);
    const mismatch = await changePasswordAction({}, form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: "lantern orbit maple" }));
    expect(mismatch.fieldErrors?.confirmPassword).toEqual(["The two new passwords do not match."]);
    const short = await changePasswordAction({}, form({ currentPassword: PASSWORD, newPassword: "short", confirmPassword: "short" }));
    expect(short.fieldErrors?.newPassword).toEqual(["Use at least 8 characters."]);
    expect(await hashOf(w.user.id)).toBe(before);
    expect(await revoked(w.phone)).toBeNull();
  });

  it("sends the anonymous to sign in, changing nothing", async () => {
    const w = await signedInTwice();
    const before = await hashOf(w.user.id);
    expect(await redirectOf(changePasswordAction({}, form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })))).toBe("/login");
    expect(await hashOf(w.user.id)).toBe(before);
    expect(await revoked(w.phone)).toBeNull();
    expect(await audits(w.user.id, "account.password-changed")).toEqual([]);
  });
});

describe("sign out of other sessions", () => {
  it("ends every other session of the caller, keeps this one and leaves colleagues alone", async () => {
    const w = await signedInTwice("patient");
    signInAs(w.caller);
    const state = await signOutOtherSessionsAction({}, form({}));
    expect(state).toMatchObject({ ok: true, message: "Signed out of 1 other session." });
    expect(await revoked(w.here)).toBeNull();
    expect(await revoked(w.phone)).toBe("signed-out-elsewhere");
    expect(await revoked(w.colleagueSession)).toBeNull();
    const [event] = await audits(w.user.id, "account.other-sessions-ended");
    expect(event).toMatchObject({ entityId: w.user.id, detail: { ended: 1 } });

    const again = await signOutOtherSessionsAction({}, form({}));
    expect(again).toMatchObject({ ok: true, message: "There were no other sessions to sign out of." });
  });

  it("ignores any session id posted with the form: only the caller's own session is kept", async () => {
    const w = await signedInTwice();
    signInAs(w.caller);
    await signOutOtherSessionsAction({}, form({ exceptSessionId: w.phone, userId: w.user.id }));
    expect(await revoked(w.phone)).toBe("signed-out-elsewhere");
    expect(await revoked(w.here)).toBeNull();
  });

  it("sends the anonymous to sign in, ending no session", async () => {
    const w = await signedInTwice();
    expect(await redirectOf(signOutOtherSessionsAction({}, form({ exceptSessionId: w.here })))).toBe("/login");
    for (const id of [w.here, w.phone, w.colleagueSession]) expect(await revoked(id)).toBeNull();
  });
});
