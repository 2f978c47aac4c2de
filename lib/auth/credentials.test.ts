import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createClinic, createUser, sharedPasswordHash } from "@/lib/seed/factories";
import { auditEvents, sessions, signInAttempts, users } from "@/db/schema";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { attemptSignIn, authenticate } from "./credentials";
import { ADDRESS_FAILURE_LIMIT, PAIR_FAILURE_LIMIT, recordSignInAttempt, THROTTLE_WINDOW_MINUTES } from "./throttle";

const t = setupTestDatabase();
const PASSWORD = "correct horse battery staple";
const ATTACKER = "203.0.113.66";
const OWNER = "198.51.100.20";

async function newUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  const clinic = await createClinic(t.db());
  return createUser(t.db(), { clinicId: clinic.id, role: "therapist", passwordHash: await sharedPasswordHash(PASSWORD), ...overrides });
}
const attemptsFor = (email: string) => t.db().select().from(signInAttempts).where(eq(signInAttempts.email, email)).orderBy(signInAttempts.id);
const auditsFor = (userId: string) => t.db().select().from(auditEvents).where(eq(auditEvents.entityId, userId)).orderBy(auditEvents.id);

describe("authenticate", { timeout: 90_000 }, () => {
  it("signs in with the right password, case-insensitively on the email, opening a 12-hour session row", async () => {
    const user = await newUser();
    const now = new Date("2026-03-02T08:00:00Z");
    const result = await attemptSignIn({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD, ip: OWNER, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0", now });
    expect(result.outcome).toBe("success");
    if (result.outcome !== "success") throw new Error("expected a session");
    expect(result.user).toMatchObject({ id: user.id, role: "therapist", clinicId: user.clinicId });

    const [session] = await t.db().select().from(sessions).where(eq(sessions.id, result.user.sessionId));
    expect(session).toMatchObject({ userId: user.id, clinicId: user.clinicId, ip: OWNER, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0", revokedAt: null });
    expect(session?.createdAt.toISOString()).toBe("2026-03-02T08:00:00.000Z");
    expect(session?.expiresAt.toISOString()).toBe("2026-03-02T20:00:00.000Z");
    expect((await attemptsFor(user.email)).map((a) => [a.outcome, a.ip])).toEqual([["success", OWNER]]);
    const [event] = await auditsFor(user.id);
    expect(event).toMatchObject({ action: "auth.sign-in", actorId: user.id, clinicId: user.clinicId, ip: OWNER, detail: { sessionId: result.user.sessionId } });
  });

  it("answers null alike for a wrong password, an unknown email and a disabled account, and records each", async () => {
    const user = await newUser();
    const disabled = await newUser({ disabledAt: new Date() });
    expect(await authenticate(user.email, "wrong password", OWNER)).toBeNull();
    expect(await authenticate("Nobody@Example.test", PASSWORD, OWNER)).toBeNull();
    expect(await authenticate(disabled.email, PASSWORD, OWNER)).toBeNull();
    expect(await authenticate(user.email, "", OWNER)).toBeNull();

    expect((await attemptsFor(user.email)).map((a) => a.outcome)).toEqual(["failure"]); // the empty password attempted nothing
    expect((await attemptsFor("nobody@example.test")).map((a) => [a.outcome, a.ip])).toEqual([["failure", OWNER]]);
    expect((await attemptsFor(disabled.email)).map((a) => a.outcome)).toEqual(["refused"]);
    expect((await auditsFor(user.id)).map((e) => e.action)).toEqual(["auth.sign-in-failed"]);
    expect((await auditsFor(disabled.id)).map((e) => e.action)).toEqual(["auth.sign-in-refused"]);
    expect(await t.db().select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
  });

  it("keys an email with control characters without them, and stores no NUL", async () => {
    const user = await newUser();
    expect(await authenticate(`${user.email}\u0000`, "wrong password", OWNER)).toBeNull();
    expect((await attemptsFor(user.email)).map((a) => a.outcome)).toEqual(["failure"]);
  });

  it(`throttles a pair after ${PAIR_FAILURE_LIMIT} failures without locking the account`, async () => {
    const user = await newUser();
    const start = new Date("2026-03-02T09:00:00Z");
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    for (let i = 0; i < PAIR_FAILURE_LIMIT; i++) {
      expect((await attemptSignIn({ email: user.email, password: `wrong ${i}`, ip: ATTACKER, now: at(i) })).outcome).toBe("failure");
    }
    // The right password from the throttled pair is not even checked...
    const blocked = await attemptSignIn({ email: user.email, password: PASSWORD, ip: ATTACKER, now: at(10) });
    expect(blocked).toEqual({ outcome: "throttled", verdict: { allowed: false, scope: "pair", retryAfterSeconds: THROTTLE_WINDOW_MINUTES * 60 - 10 } });
    // ...while the owner, from another address, signs in at once: nothing locked the account.
    expect((await attemptSignIn({ email: user.email, password: PASSWORD, ip: OWNER, now: at(11) })).outcome).toBe("success");
    const [row] = await t.db().select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ failedLogins: 0, lockedUntil: null });
    // Once the oldest failure leaves the window, the pair may try again.
    expect((await attemptSignIn({ email: user.email, password: PASSWORD, ip: ATTACKER, now: at(THROTTLE_WINDOW_MINUTES * 60 + 1) })).outcome).toBe("success");

    expect((await attemptsFor(user.email)).map((a) => a.outcome)).toEqual([...Array(PAIR_FAILURE_LIMIT).fill("failure"), "throttled", "success", "success"]);
    const throttledEvent = (await auditsFor(user.id)).find((e) => e.action === "auth.sign-in-throttled");
    expect(throttledEvent).toMatchObject({ ip: ATTACKER, detail: { scope: "pair", retryAfterSeconds: THROTTLE_WINDOW_MINUTES * 60 - 10 } });
  });

  it(`gives a burst of simultaneous wrong passwords exactly ${PAIR_FAILURE_LIMIT} password checks, the rest refused unchecked`, async () => {
    // Attempts that arrive together (on one instance or on several behind a proxy) must each count
    // the ones in flight before them: judged before the check and recorded only after it, all of
    // them would be judged on an empty count.
    const user = await newUser();
    const burst = await Promise.all(Array.from({ length: PAIR_FAILURE_LIMIT + 3 }, (_, i) => attemptSignIn({ email: user.email, password: `burst ${i}`, ip: ATTACKER })));
    expect(burst.filter((r) => r.outcome === "failure")).toHaveLength(PAIR_FAILURE_LIMIT);
    expect(burst.filter((r) => r.outcome === "throttled")).toHaveLength(3);
    const outcomes = (await attemptsFor(user.email)).map((a) => a.outcome);
    expect(outcomes.filter((o) => o === "failure")).toHaveLength(PAIR_FAILURE_LIMIT);
    expect(outcomes.filter((o) => o === "throttled")).toHaveLength(3);
  });

  it("wipes a pair's slate when it signs in: the owner who mistyped four times starts again", async () => {
    const user = await newUser();
    const start = new Date("2026-03-02T10:00:00Z");
    const at = (s: number) => new Date(start.getTime() + s * 1000);
    // The typos are stored directly: each real attempt costs a password hash.
    const typo = (s: number) => recordSignInAttempt(t.db(), { email: user.email, ip: OWNER, outcome: "failure", at: at(s) });
    for (let i = 0; i < PAIR_FAILURE_LIMIT - 1; i++) await typo(i);
    expect((await attemptSignIn({ email: user.email, password: PASSWORD, ip: OWNER, now: at(5) })).outcome).toBe("success");
    for (let i = 0; i < PAIR_FAILURE_LIMIT - 1; i++) await typo(6 + i);
    expect((await attemptSignIn({ email: user.email, password: PASSWORD, ip: OWNER, now: at(20) })).outcome).toBe("success");
  });

  it(`throttles an address after ${ADDRESS_FAILURE_LIMIT} failures across emails, while the owner signs in from another`, async () => {
    const owner = await newUser();
    const now = new Date("2026-03-02T11:00:00Z");
    // A credential-stuffing run: many emails, one address. All but the last two are stored
    // directly (each real attempt costs a password hash), the last two go through sign-in.
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT - 2; i++) {
      await recordSignInAttempt(t.db(), { email: `victim${i}@example.test`, ip: ATTACKER, outcome: "failure", at: new Date(now.getTime() - (100 - i) * 1000) });
    }
    expect((await attemptSignIn({ email: owner.email, password: "guess 1", ip: ATTACKER, now })).outcome).toBe("failure");
    expect((await attemptSignIn({ email: "someone@example.test", password: "guess 2", ip: ATTACKER, now })).outcome).toBe("failure");

    const third = await attemptSignIn({ email: owner.email, password: PASSWORD, ip: ATTACKER, now });
    expect(third).toMatchObject({ outcome: "throttled", verdict: { scope: "address" } });
    expect((await attemptSignIn({ email: owner.email, password: PASSWORD, ip: OWNER, now })).outcome).toBe("success");
    expect((await attemptsFor(owner.email)).map((a) => [a.outcome, a.ip])).toEqual([["failure", ATTACKER], ["throttled", ATTACKER], ["success", OWNER]]);
  });

  it("never writes the password into an audit row or an attempt row", async () => {
    const user = await newUser();
    const secretGuess = "hunter2-guess-zebra";
    await authenticate(user.email, secretGuess, ATTACKER);
    await authenticate(user.email, PASSWORD, OWNER);
    const rows = JSON.stringify([await auditsFor(user.id), await attemptsFor(user.email)]);
    expect(rows).toContain("auth.sign-in-failed");
    expect(rows).not.toContain(secretGuess);
    expect(rows).not.toContain(PASSWORD);
  });

  it("records attempts on an unknown email in sign_in_attempts only: an audit row needs a clinic", async () => {
    const before = await t.db().select().from(auditEvents);
    expect(await authenticate("ghost@example.test", PASSWORD, ATTACKER)).toBeNull();
    expect((await attemptsFor("ghost@example.test")).map((a) => a.outcome)).toEqual(["failure"]);
    expect((await t.db().select().from(auditEvents)).length).toBe(before.length);
    const [byAddress] = await t.db().select().from(signInAttempts).where(and(eq(signInAttempts.email, "ghost@example.test"), eq(signInAttempts.ip, ATTACKER)));
    expect(byAddress?.outcome).toBe("failure");
  });
});
