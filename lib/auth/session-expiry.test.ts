import { describe, expect, it } from "vitest";
import { judgeSession, SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES, sessionExpiresAt, TOUCH_EVERY_SECONDS } from "./session-expiry";

const signedIn = new Date("2026-05-04T08:00:00Z");
const after = (minutes: number) => new Date(signedIn.getTime() + minutes * 60_000);
const session = (over: Partial<{ lastSeenAt: Date; revokedAt: Date | null }> = {}) => ({
  createdAt: signedIn, lastSeenAt: signedIn, expiresAt: sessionExpiresAt(signedIn), revokedAt: null, ...over,
});
const active = { disabledAt: null };

describe("judgeSession (test clock)", () => {
  it("ends 12 hours after sign-in, however active", () => {
    expect(SESSION_ABSOLUTE_HOURS).toBe(12);
    expect(sessionExpiresAt(signedIn).toISOString()).toBe("2026-05-04T20:00:00.000Z");
    const busy = session({ lastSeenAt: after(12 * 60 - 1) });
    expect(judgeSession(busy, active, after(12 * 60 - 0.5))).toEqual({ alive: true, touch: false });
    expect(judgeSession(busy, active, after(12 * 60))).toEqual({ alive: false, reason: "expired" });
  });

  it(`ends after ${SESSION_IDLE_MINUTES} minutes without a request`, () => {
    expect(judgeSession(session(), active, after(SESSION_IDLE_MINUTES))).toEqual({ alive: true, touch: true });
    expect(judgeSession(session(), active, after(SESSION_IDLE_MINUTES + 0.02))).toEqual({ alive: false, reason: "idle" });
    // Activity moves the idle clock: seen at 25 minutes, still alive at 50.
    expect(judgeSession(session({ lastSeenAt: after(25) }), active, after(50))).toMatchObject({ alive: true });
  });

  it(`asks for lastSeenAt to move at most once every ${TOUCH_EVERY_SECONDS} seconds`, () => {
    expect(judgeSession(session(), active, new Date(signedIn.getTime() + 59_000))).toEqual({ alive: true, touch: false });
    expect(judgeSession(session(), active, new Date(signedIn.getTime() + 60_000))).toEqual({ alive: true, touch: true });
  });

  it("refuses a revoked session and a disabled user at once", () => {
    expect(judgeSession(session({ revokedAt: after(1) }), active, after(2))).toEqual({ alive: false, reason: "revoked" });
    expect(judgeSession(session(), { disabledAt: after(1) }, after(2))).toEqual({ alive: false, reason: "disabled" });
  });
});
