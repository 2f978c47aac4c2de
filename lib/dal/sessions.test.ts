import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createClinic, createPatient, createUser } from "@/lib/seed/factories";
import { sessions, users } from "@/db/schema";
import { sessionExpiresAt } from "@/lib/auth/session-expiry";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { callerFor, createTwoClinicWorld } from "@/lib/testing/world";
import { endOtherSessions, endSession, isSessionAlive, listOwnSessions, resolveSession, revokeUserSessions } from "./sessions";

const t = setupTestDatabase();
const signedInAt = new Date("2026-06-01T08:00:00Z");
const after = (minutes: number) => new Date(signedInAt.getTime() + minutes * 60_000);

async function openSession(userId: string, clinicId: string, at = signedInAt, extra: { ip?: string; userAgent?: string } = {}) {
  const [row] = await t.db().insert(sessions).values({ userId, clinicId, createdAt: at, lastSeenAt: at, expiresAt: sessionExpiresAt(at), ...extra }).returning();
  if (!row) throw new Error("no session row");
  return row;
}
const sessionRow = async (id: string) => (await t.db().select().from(sessions).where(eq(sessions.id, id)))[0];

async function therapist() {
  const clinic = await createClinic(t.db(), { timeZone: "Europe/Dublin" });
  const user = await createUser(t.db(), { clinicId: clinic.id, role: "therapist" });
  return { clinic, user };
}

describe("resolveSession", () => {
  it("builds the caller from the row, its user, clinic and patient link", async () => {
    const clinic = await createClinic(t.db(), { timeZone: "America/Denver" });
    const user = await createUser(t.db(), { clinicId: clinic.id, role: "patient" });
    const patient = await createPatient(t.db(), { clinicId: clinic.id, userId: user.id });
    const s = await openSession(user.id, clinic.id);
    expect(await resolveSession(t.db(), { userId: user.id, sessionId: s.id }, after(1))).toEqual({
      userId: user.id, role: "patient", clinicId: clinic.id, patientId: patient.id, name: user.name, email: user.email, timeZone: "America/Denver", sessionId: s.id,
    });
  });

  it("refuses a revoked session id, one of another user, a malformed one and one that does not exist", async () => {
    const { clinic, user } = await therapist();
    const other = await createUser(t.db(), { clinicId: clinic.id, role: "therapist" });
    const s = await openSession(user.id, clinic.id);
    expect(await resolveSession(t.db(), { userId: other.id, sessionId: s.id }, after(1))).toBeNull();
    expect(await resolveSession(t.db(), { userId: user.id, sessionId: "not-a-uuid" }, after(1))).toBeNull();
    expect(await resolveSession(t.db(), { userId: user.id, sessionId: undefined }, after(1))).toBeNull();
    expect(await resolveSession(t.db(), { userId: user.id, sessionId: "00000000-0000-4000-8000-000000000000" }, after(1))).toBeNull();
    expect((await resolveSession(t.db(), { userId: user.id, sessionId: s.id }, after(1)))?.sessionId).toBe(s.id);

    expect(await endSession(t.db(), { userId: user.id, sessionId: s.id }, "sign-out", after(2))).toEqual({ userId: user.id, clinicId: clinic.id });
    expect(await resolveSession(t.db(), { userId: user.id, sessionId: s.id }, after(3))).toBeNull();
    expect(await sessionRow(s.id)).toMatchObject({ revokedReason: "sign-out", revokedAt: after(2) });
    // Signing out twice is harmless and says there was nothing left to end.
    expect(await endSession(t.db(), { userId: user.id, sessionId: s.id }, "sign-out", after(4))).toBeNull();
  });

  it("ends a session idle for more than 30 minutes, and records why", async () => {
    const { clinic, user } = await therapist();
    const s = await openSession(user.id, clinic.id);
    const claims = { userId: user.id, sessionId: s.id };
    expect((await resolveSession(t.db(), claims, after(29)))?.sessionId).toBe(s.id);
    expect((await sessionRow(s.id))?.lastSeenAt).toEqual(after(29));
    expect((await resolveSession(t.db(), claims, after(58)))?.sessionId).toBe(s.id); // 29 minutes after the last request
    expect(await resolveSession(t.db(), claims, after(88.5))).toBeNull(); // 30.5 minutes after it
    expect(await sessionRow(s.id)).toMatchObject({ revokedReason: "idle", revokedAt: after(88.5), lastSeenAt: after(58) });
    expect(await resolveSession(t.db(), claims, after(89))).toBeNull();
  });

  it("ends a session 12 hours after sign-in however active it was", async () => {
    const { clinic, user } = await therapist();
    const s = await openSession(user.id, clinic.id);
    const claims = { userId: user.id, sessionId: s.id };
    for (let m = 20; m < 12 * 60; m += 20) expect((await resolveSession(t.db(), claims, after(m)))?.sessionId).toBe(s.id);
    expect(await resolveSession(t.db(), claims, after(12 * 60))).toBeNull();
    expect((await sessionRow(s.id))?.revokedReason).toBe("expired");
  });

  it("moves lastSeenAt at most once a minute", async () => {
    const { clinic, user } = await therapist();
    const s = await openSession(user.id, clinic.id);
    const claims = { userId: user.id, sessionId: s.id };
    await resolveSession(t.db(), claims, new Date(signedInAt.getTime() + 30_000));
    expect((await sessionRow(s.id))?.lastSeenAt).toEqual(signedInAt);
    await resolveSession(t.db(), claims, new Date(signedInAt.getTime() + 61_000));
    expect((await sessionRow(s.id))?.lastSeenAt).toEqual(new Date(signedInAt.getTime() + 61_000));
  });

  it("refuses a disabled user at once, on every one of their sessions", async () => {
    const { clinic, user } = await therapist();
    const a = await openSession(user.id, clinic.id);
    const b = await openSession(user.id, clinic.id);
    await t.db().update(users).set({ disabledAt: after(5) }).where(eq(users.id, user.id));
    expect(await resolveSession(t.db(), { userId: user.id, sessionId: a.id }, after(6))).toBeNull();
    expect(await resolveSession(t.db(), { userId: user.id, sessionId: b.id }, after(6))).toBeNull();
    expect(await isSessionAlive(t.db(), { userId: user.id, sessionId: a.id }, after(6))).toBe(false);
  });
});

describe("isSessionAlive: what /api/auth/session polling uses", () => {
  it("never extends a session: polled every minute, it still ends 30 minutes after the last page", async () => {
    const { clinic, user } = await therapist();
    const s = await openSession(user.id, clinic.id);
    const claims = { userId: user.id, sessionId: s.id };
    for (let m = 1; m <= 30; m++) expect(await isSessionAlive(t.db(), claims, after(m))).toBe(true);
    expect((await sessionRow(s.id))?.lastSeenAt).toEqual(signedInAt);
    expect(await isSessionAlive(t.db(), claims, after(31))).toBe(false);
    expect(await resolveSession(t.db(), claims, after(31))).toBeNull();
  });
});

describe("own sessions", () => {
  it("lists the caller's live sessions only, marking the current one", async () => {
    const w = await createTwoClinicWorld(t.db());
    const now = new Date();
    const mine = { ...w.as.therapist };
    const current = await openSession(mine.userId, mine.clinicId, now, { ip: "198.51.100.4", userAgent: "Firefox" });
    const phone = await openSession(mine.userId, mine.clinicId, new Date(now.getTime() - 60_000), { userAgent: "Safari" });
    const ended = await openSession(mine.userId, mine.clinicId, now);
    await revokeUserSessions(t.db(), mine.userId, "test", { exceptSessionId: current.id }); // ends phone and ended...
    const tablet = await openSession(mine.userId, mine.clinicId, new Date(now.getTime() - 120_000)); // ...then a new one opens
    await openSession(mine.userId, mine.clinicId, new Date(now.getTime() - 40 * 60_000)); // idle, not listed
    await openSession(w.as.admin.userId, w.home.id, now); // someone else's

    const list = await listOwnSessions({ ...mine, sessionId: current.id }, { db: t.db(), now });
    expect(list.map((s) => [s.id, s.current, s.ip, s.userAgent])).toEqual([
      [current.id, true, "198.51.100.4", "Firefox"],
      [tablet.id, false, null, null],
    ]);
    expect((await sessionRow(phone.id))?.revokedReason).toBe("test");
    expect((await sessionRow(ended.id))?.revokedReason).toBe("test");
  });

  it("signs the caller out of every other session and no one else's", async () => {
    const w = await createTwoClinicWorld(t.db());
    const me = w.as.patientA;
    const current = await openSession(me.userId, me.clinicId, new Date());
    const other = await openSession(me.userId, me.clinicId, new Date());
    const someoneElse = await openSession(w.as.patientB.userId, w.home.id, new Date());
    expect(await endOtherSessions({ ...me, sessionId: current.id }, t.db())).toBe(1);
    expect((await sessionRow(current.id))?.revokedAt).toBeNull();
    expect((await sessionRow(other.id))?.revokedReason).toBe("signed-out-elsewhere");
    expect((await sessionRow(someoneElse.id))?.revokedAt).toBeNull();
  });

  it("is open to every signed-in role (the permission all three hold)", async () => {
    const clinic = await createClinic(t.db());
    for (const role of ["admin", "therapist", "patient"] as const) {
      const user = await createUser(t.db(), { clinicId: clinic.id, role });
      const s = await openSession(user.id, clinic.id, new Date());
      expect((await listOwnSessions({ ...callerFor(user), sessionId: s.id })).map((r) => [r.id, r.current])).toEqual([[s.id, true]]);
    }
  });
});
