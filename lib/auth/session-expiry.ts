/**
 * When a server-side session ends (docs/decisions/0008-server-side-sessions.md). Pure: the clock
 * is a parameter, so idle and absolute expiry are tested with a test clock, not by waiting.
 */

/** Signed in for a clinic day: a session outlives a shift but never the next morning. */
export const SESSION_ABSOLUTE_HOURS = 12;
/** A screen left open in a treatment room stops being a signed-in screen after half an hour. */
export const SESSION_IDLE_MINUTES = 30;
/**
 * lastSeenAt moves forward at most this often: one write a minute per active session instead of
 * one per request. The idle limit is therefore enforced to within a minute.
 */
export const TOUCH_EVERY_SECONDS = 60;

export type SessionTimes = {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
};

export type SessionEnd = "revoked" | "expired" | "idle" | "disabled";

export type SessionVerdict = { alive: true; touch: boolean } | { alive: false; reason: SessionEnd };

export function sessionExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000);
}

/**
 * Whether a request carrying this session may proceed, and whether it should record activity.
 * The order matters only for the reason shown in the sessions list: a revoked row stays revoked.
 */
export function judgeSession(session: SessionTimes, user: { disabledAt: Date | null }, now: Date): SessionVerdict {
  if (session.revokedAt) return { alive: false, reason: "revoked" };
  if (user.disabledAt) return { alive: false, reason: "disabled" };
  if (now.getTime() >= session.expiresAt.getTime()) return { alive: false, reason: "expired" };
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MINUTES * 60_000) return { alive: false, reason: "idle" };
  return { alive: true, touch: now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_SECONDS * 1000 };
}
