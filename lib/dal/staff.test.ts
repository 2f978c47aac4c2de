import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createSession, createUser } from "@/lib/seed/factories";
import { invites, sessions, users } from "@/db/schema";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { callerFor, createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { changeStaffRole, createStaffInvite, listStaff, setStaffDisabled } from "./staff";

const t = setupTestDatabase();

/** A live session row, inserted directly: what a sign-in leaves behind. */
const openSession = (userId: string, clinicId: string) => createSession(t.db(), { userId, clinicId });
const sessionRow = async (id: string) => (await t.db().select().from(sessions).where(eq(sessions.id, id)))[0];
const userRow = async (id: string) => (await t.db().select().from(users).where(eq(users.id, id)))[0];

describe("staff accounts", () => {
  it("lists the clinic's staff and open invites, never patients or another clinic's staff", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await db.transaction((tx) => createStaffInvite(tx, w.as.admin, { name: "Pending Pat", email: `pat-${w.home.id.slice(0, 6)}@x.test`, role: "therapist" }));
    const { members, invites: open } = await listStaff(w.as.admin);
    expect(members.map((m) => m.id).sort()).toEqual([w.as.admin.userId, w.as.therapist.userId].sort());
    expect(open).toEqual([expect.objectContaining({ name: "Pending Pat", role: "therapist" })]);
    for (const caller of [w.as.therapist, w.as.patientA, w.as.otherTherapist]) await expect(listStaff(caller)).rejects.toThrow(NOT_FOUND);
  });

  it("disables a therapist, ending every session at once, and re-enables them", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const laptop = await openSession(w.as.therapist.userId, w.home.id);
    const phone = await openSession(w.as.therapist.userId, w.home.id);
    const adminSession = await openSession(w.as.admin.userId, w.home.id);
    const before = (await userRow(w.as.therapist.userId))?.sessionVersion ?? 0;

    const result = await db.transaction((tx) => setStaffDisabled(tx, w.as.admin, w.as.therapist.userId, true));
    expect(result).toEqual({ name: w.as.therapist.name, sessionsEnded: 2 });
    for (const s of [laptop, phone]) expect(await sessionRow(s.id)).toMatchObject({ revokedAt: expect.any(Date), revokedReason: "disabled" });
    expect(await sessionRow(adminSession.id)).toMatchObject({ revokedAt: null });
    expect(await userRow(w.as.therapist.userId)).toMatchObject({ disabledAt: expect.any(Date), sessionVersion: before + 1 });

    expect(await db.transaction((tx) => setStaffDisabled(tx, w.as.admin, w.as.therapist.userId, true))).toBeNull();
    expect(await db.transaction((tx) => setStaffDisabled(tx, w.as.admin, w.as.therapist.userId, false))).toEqual({ name: w.as.therapist.name, sessionsEnded: 0 });
    expect((await userRow(w.as.therapist.userId))?.disabledAt).toBeNull();
  });

  it("never disables or demotes the last active admin, and an admin cannot disable or demote themself", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    await expect(db.transaction((tx) => setStaffDisabled(tx, w.as.admin, w.as.admin.userId, true))).rejects.toThrow(/last active admin/);
    await expect(db.transaction((tx) => changeStaffRole(tx, w.as.admin, w.as.admin.userId, "therapist"))).rejects.toThrow(/last active admin/);

    // With a second admin, the guard that remains is "not yourself".
    const second = await createUser(db, { clinicId: w.home.id, role: "admin", name: "Second Admin" });
    await expect(db.transaction((tx) => setStaffDisabled(tx, w.as.admin, w.as.admin.userId, true))).rejects.toThrow("You cannot disable your own account. Ask another admin to do it.");
    await expect(db.transaction((tx) => changeStaffRole(tx, w.as.admin, w.as.admin.userId, "therapist"))).rejects.toThrow(/cannot remove your own admin role/);
    expect(await userRow(w.as.admin.userId)).toMatchObject({ role: "admin", disabledAt: null });

    // A disabled admin is not an active one: once the second is disabled, the first is the last again.
    await db.transaction((tx) => setStaffDisabled(tx, w.as.admin, second.id, true));
    const asSecond = callerFor(second);
    await expect(db.transaction((tx) => changeStaffRole(tx, asSecond, w.as.admin.userId, "therapist"))).rejects.toThrow(/last active admin/);
  });

  it("keeps one admin when two admins demote each other at the same moment", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const second = await createUser(db, { clinicId: w.home.id, role: "admin" });
    const results = await Promise.allSettled([
      db.transaction((tx) => changeStaffRole(tx, w.as.admin, second.id, "therapist")),
      db.transaction((tx) => changeStaffRole(tx, callerFor(second), w.as.admin.userId, "therapist")),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const admins = await db.select({ id: users.id }).from(users).where(and(eq(users.clinicId, w.home.id), eq(users.role, "admin"), isNull(users.disabledAt)));
    expect(admins).toHaveLength(1);
  });

  it("changes a role both ways and ends the person's sessions", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const live = await openSession(w.as.therapist.userId, w.home.id);
    expect(await db.transaction((tx) => changeStaffRole(tx, w.as.admin, w.as.therapist.userId, "admin"))).toEqual({ name: w.as.therapist.name, from: "therapist", sessionsEnded: 1 });
    expect(await sessionRow(live.id)).toMatchObject({ revokedAt: expect.any(Date), revokedReason: "role-changed" });
    expect((await userRow(w.as.therapist.userId))?.role).toBe("admin");
    expect(await db.transaction((tx) => changeStaffRole(tx, w.as.admin, w.as.therapist.userId, "admin"))).toBeNull();
    await db.transaction((tx) => changeStaffRole(tx, w.as.admin, w.as.therapist.userId, "therapist"));
    expect((await userRow(w.as.therapist.userId))?.role).toBe("therapist");
  });

  it("answers 404 for another clinic's staff, for patients' accounts, and to anyone but an admin", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const otherAdmin = await createUser(db, { clinicId: w.other.id, role: "admin" });
    const outside = [w.as.otherTherapist.userId, w.as.patientA.userId, crypto.randomUUID()];
    for (const id of outside) {
      await expect(db.transaction((tx) => setStaffDisabled(tx, w.as.admin, id, true))).rejects.toThrow(NOT_FOUND);
      await expect(db.transaction((tx) => changeStaffRole(tx, w.as.admin, id, "admin"))).rejects.toThrow(NOT_FOUND);
    }
    for (const caller of [w.as.therapist, w.as.patientA, w.as.otherTherapist, callerFor(otherAdmin)]) {
      await expect(db.transaction((tx) => setStaffDisabled(tx, caller, w.as.therapist.userId, true))).rejects.toThrow(NOT_FOUND);
    }
    expect(await userRow(w.as.therapist.userId)).toMatchObject({ disabledAt: null, role: "therapist" });
    expect(await userRow(w.as.otherTherapist.userId)).toMatchObject({ disabledAt: null, role: "therapist" });
  });

  it("voids an earlier unused invite for the same email, and refuses an email that already has an account", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const email = `twice-${w.home.id.slice(0, 6)}@x.test`;
    const first = await db.transaction((tx) => createStaffInvite(tx, w.as.admin, { name: "Twice", email, role: "therapist" }));
    const second = await db.transaction((tx) => createStaffInvite(tx, w.as.admin, { name: "Twice", email, role: "admin" }));
    const rows = await db.select().from(invites).where(eq(invites.email, email));
    expect(rows.find((r) => r.id === first.inviteId)?.voidedAt).toBeInstanceOf(Date);
    expect(rows.find((r) => r.id === second.inviteId)).toMatchObject({ voidedAt: null, role: "admin", clinicId: w.home.id, kind: "staff-invite" });

    await expect(db.transaction((tx) => createStaffInvite(tx, w.as.admin, { name: "Taken", email: w.as.otherTherapist.email, role: "therapist" }))).rejects.toMatchObject({
      fieldErrors: { email: ["That email already belongs to a Stride account. Use a different email."] },
    });
    await expect(db.transaction((tx) => createStaffInvite(tx, w.as.therapist, { name: "Nope", email: "nope@x.test", role: "admin" }))).rejects.toThrow(NOT_FOUND);
  });
});
