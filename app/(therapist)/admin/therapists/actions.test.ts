import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createSession, createUser } from "@/lib/seed/factories";
import { auditEvents, invites, sessions, users } from "@/db/schema";
import { FIX_FIELDS, redirectOf } from "@/lib/testing/action-helpers";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { callerFor, createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { changeRole, createStaffReset, inviteStaff, setStaffStatus } = await import("./actions");
const t = setupTestDatabase();

// One database per file: each test makes its own clinics, so rows are looked up by clinic.
const audits = (clinicId: string) => t.db().select().from(auditEvents).where(eq(auditEvents.clinicId, clinicId));
const userRow = async (id: string) => (await t.db().select().from(users).where(eq(users.id, id)))[0];

beforeEach(() => signInAs(null));

describe("/admin/therapists actions", () => {
  it("invites a therapist by a link shown once, audited without the token", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.admin);
    const email = `theo-${w.home.id.slice(0, 6)}@clinic.test`;
    const state = await inviteStaff({}, form({ name: "Theo Grant", email: email.toUpperCase(), role: "therapist" }));
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/^Invite link for Theo Grant created\. Copy it now/) });
    const link = state.data?.link ?? "";
    expect(link).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(revalidated).toEqual(["/admin/therapists"]);
    const [stored] = await t.db().select().from(invites).where(eq(invites.clinicId, w.home.id));
    expect(stored).toMatchObject({ kind: "staff-invite", email, name: "Theo Grant", role: "therapist", createdBy: w.as.admin.userId });
    const [event] = await audits(w.home.id);
    expect(event).toMatchObject({ action: "staff.invited", actorId: w.as.admin.userId, entity: "invite", entityId: stored?.id, detail: { role: "therapist", email } });
    expect(JSON.stringify(event)).not.toContain(link.split("/invite/")[1]);
  });

  it("keeps what was typed on bad input and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.admin);
    const state = await inviteStaff({}, form({ name: "Theo", email: "theo at clinic", role: "therapist" }));
    expect(state.ok).toBeUndefined();
    expect(state.fieldErrors?.email).toEqual(["Enter a valid email: it becomes their sign-in."]);
    expect(state.values).toEqual({ name: "Theo", email: "theo at clinic", role: "therapist" });
    const taken = await inviteStaff({}, form({ name: "Theo", email: w.as.therapist.email, role: "admin" }));
    expect(taken.fieldErrors?.email).toEqual(["That email already belongs to a Stride account. Use a different email."]);
    expect(taken.values).toMatchObject({ email: w.as.therapist.email, role: "admin" });
    expect(await t.db().select().from(invites).where(eq(invites.clinicId, w.home.id))).toEqual([]);
    expect(await audits(w.home.id)).toEqual([]);
  });

  it("disables a therapist after the confirm step, ending their sessions, and re-enables them", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const live = await createSession(db, { userId: w.as.therapist.userId, clinicId: w.home.id });
    signInAs(w.as.admin);
    const state = await setStaffDisabled({ userId: w.as.therapist.userId, status: "disabled" });
    expect(state).toMatchObject({ ok: true, message: `${w.as.therapist.name} is disabled and was signed out everywhere.` });
    expect((await db.select().from(sessions).where(eq(sessions.id, live.id)))[0]).toMatchObject({ revokedAt: expect.any(Date), revokedReason: "disabled" });
    expect((await userRow(w.as.therapist.userId))?.disabledAt).toBeInstanceOf(Date);
    expect(await setStaffDisabled({ userId: w.as.therapist.userId, status: "active" })).toMatchObject({ ok: true, message: `${w.as.therapist.name} can sign in again.` });
    expect((await audits(w.home.id)).map((e) => [e.action, e.entityId, e.detail])).toEqual([
      ["staff.disabled", w.as.therapist.userId, { sessionsEnded: 1 }],
      ["staff.enabled", w.as.therapist.userId, { sessionsEnded: 0 }],
    ]);
  });

  it("refuses to disable or demote the last admin with a message, and changes nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.admin);
    const disable = await setStaffDisabled({ userId: w.as.admin.userId, status: "disabled" });
    expect(disable).toMatchObject({ message: `${w.as.admin.name} is the clinic's last active admin, and a clinic always keeps at least one. Make someone else an admin first.` });
    expect(disable.ok).toBeUndefined();
    const demote = await changeRole({}, form({ userId: w.as.admin.userId, role: "therapist" }));
    expect(demote.message).toMatch(/last active admin/);
    expect(await userRow(w.as.admin.userId)).toMatchObject({ role: "admin", disabledAt: null });
    expect(await audits(w.home.id)).toEqual([]);
  });

  it("promotes a therapist and hands out a staff reset link", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.admin);
    expect(await changeRole({}, form({ userId: w.as.therapist.userId, role: "admin" }))).toMatchObject({ ok: true, message: expect.stringMatching(/is now an admin/) });
    expect((await userRow(w.as.therapist.userId))?.role).toBe("admin");
    const reset = await createStaffReset({}, form({ userId: w.as.therapist.userId }));
    expect(reset.data?.link).toMatch(/\/reset\/[A-Za-z0-9_-]{43}$/);
    expect(await t.db().select().from(invites).where(eq(invites.clinicId, w.home.id))).toMatchObject([
      { kind: "reset", userId: w.as.therapist.userId, createdBy: w.as.admin.userId, usedAt: null, voidedAt: null },
    ]);
    expect((await audits(w.home.id)).map((e) => [e.action, e.entityId])).toEqual([
      ["staff.role-changed", w.as.therapist.userId],
      ["password-reset.created", w.as.therapist.userId],
    ]);
  });

  it("bad input on role, status and reset: a field message with the input kept, and nothing changes", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.admin);
    const target = w.as.therapist.userId;
    expect(await changeRole({}, form({ userId: target, role: "owner" }))).toEqual({ message: FIX_FIELDS, fieldErrors: { role: ["Choose therapist or admin."] }, values: { userId: target, role: "owner" } });
    expect(await changeRole({}, form({ userId: "maya", role: "admin" }))).toEqual({ message: FIX_FIELDS, fieldErrors: { userId: ["Unknown staff member"] }, values: { userId: "maya", role: "admin" } });
    expect(await setStaffDisabled({ userId: target, status: "paused" })).toEqual({
      message: FIX_FIELDS, fieldErrors: { status: ["Choose disable or enable."] }, values: { userId: target, status: "paused" },
    });
    expect(await createStaffReset({}, form({ userId: "" }))).toEqual({ message: FIX_FIELDS, fieldErrors: { userId: ["Unknown staff member"] }, values: { userId: "" } });
    expect((await createStaffReset({}, form({ userId: w.as.admin.userId }))).message).toBe("To change your own password, use your account page.");
    expect(await userRow(target)).toMatchObject({ role: "therapist", disabledAt: null });
    expect(await t.db().select().from(invites).where(eq(invites.clinicId, w.home.id))).toEqual([]);
    expect(await audits(w.home.id)).toEqual([]);
  });

  it("answers 404 to everyone but the clinic's admin, and for another clinic's staff", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const otherAdmin = callerFor(await createUser(db, { clinicId: w.other.id, role: "admin" }));
    const target = w.as.therapist.userId;
    const calls = [
      () => inviteStaff({}, form({ name: "X", email: `x-${target.slice(0, 6)}@x.test`, role: "admin" })),
      () => changeRole({}, form({ userId: target, role: "admin" })),
      () => setStaffDisabled({ userId: target, status: "disabled" }),
      () => createStaffReset({}, form({ userId: target })),
    ];
    for (const caller of [w.as.therapist, w.as.patientA, w.as.otherTherapist]) {
      signInAs(caller);
      for (const call of calls) await expect(call()).rejects.toThrow(NOT_FOUND);
    }
    signInAs(otherAdmin);
    for (const call of calls.slice(1)) await expect(call()).rejects.toThrow(NOT_FOUND);
    signInAs(null);
    expect(await redirectOf((calls[1] as () => Promise<unknown>)())).toBe("/login");
    expect(await userRow(target)).toMatchObject({ role: "therapist", disabledAt: null });
    expect(await db.select().from(invites).where(eq(invites.clinicId, w.home.id))).toEqual([]);
    expect(await audits(w.home.id)).toEqual([]);
    expect(await db.select().from(auditEvents).where(and(eq(auditEvents.clinicId, w.other.id), eq(auditEvents.actorId, otherAdmin.userId)))).toEqual([]);
  });
});

function setStaffDisabled(fields: { userId: string; status: string }) {
  return setStaffStatus({}, form(fields));
}
