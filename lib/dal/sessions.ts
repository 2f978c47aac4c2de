import "server-only";
import { and, desc, eq, gt, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbOrTx } from "@/db/client";
import { clinics, patients, sessions, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { judgeSession, SESSION_IDLE_MINUTES, type SessionEnd } from "@/lib/auth/session-expiry";
import { serverTimeZone } from "@/lib/dates";
import { assertCan } from "./guard";

/**
 * Server-side sessions (db/schema/sessions.ts, docs/decisions/0008-server-side-sessions.md). The
 * row is the truth: the JWT cookie only names it. This file is the one place that ends them.
 */

/** Why a session ended, as stored in revoked_reason. */
export type RevokeReason =
  | SessionEnd
  | "sign-out"
  | "signed-out-elsewhere"
  | "password-changed"
  | "password-reset"
  | "role-changed";

/**
 * Ends every live session of a user, in the caller's transaction: used when an admin disables
 * an account or changes its role, and after a password change or reset (then `exceptSessionId`
 * keeps the session that made the change). Returns how many were ended.
 */
export async function revokeUserSessions(
  db: DbOrTx,
  userId: string,
  reason: string,
  { exceptSessionId }: { exceptSessionId?: string } = {},
): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined))
    .returning({ id: sessions.id });
  return ended.length;
}

const uuid = z.uuid();
const isUuid = (v: unknown): v is string => uuid.safeParse(v).success;

/** What the JWT says; nothing here is believed until the row agrees. */
export type SessionClaims = { userId: unknown; sessionId: unknown };

/**
 * The caller for a request, from the session row, its user, clinic and patient link in ONE query.
 * Null (the page sends them to /login) when the row is missing, revoked, past its absolute end,
 * idle too long, or the user is disabled. A session found dead by time is marked so in its row,
 * once; a live one has lastSeenAt moved forward at most once a minute (judgeSession).
 */
export async function resolveSession(db: DbOrTx, claims: SessionClaims, now: Date = new Date()): Promise<Caller | null> {
  if (!isUuid(claims.sessionId) || !isUuid(claims.userId)) return null; // a token from before sessions had rows, or a forged one
  const [row] = await db
    .select({ session: sessions, user: users, patientId: patients.id, timeZone: clinics.timeZone })
    .from(sessions)
    .innerJoin(users, and(eq(users.id, sessions.userId), eq(users.clinicId, sessions.clinicId)))
    .innerJoin(clinics, eq(clinics.id, users.clinicId))
    .leftJoin(patients, eq(patients.userId, users.id))
    .where(and(eq(sessions.id, claims.sessionId), eq(sessions.userId, claims.userId)))
    .limit(1);
  if (!row) return null;

  const verdict = judgeSession(row.session, row.user, now);
  if (!verdict.alive) {
    if (verdict.reason === "idle" || verdict.reason === "expired") {
      await db.update(sessions).set({ revokedAt: now, revokedReason: verdict.reason }).where(and(eq(sessions.id, row.session.id), isNull(sessions.revokedAt)));
    }
    return null;
  }
  if (verdict.touch) {
    await db.update(sessions).set({ lastSeenAt: now }).where(and(eq(sessions.id, row.session.id), isNull(sessions.revokedAt)));
  }
  const { user } = row;
  return {
    userId: user.id, role: user.role, clinicId: user.clinicId, patientId: row.patientId, name: user.name, email: user.email,
    timeZone: row.timeZone ?? serverTimeZone(), sessionId: row.session.id,
  };
}

/**
 * Read-only liveness, for /api/auth/session: polling that endpoint must neither extend a session
 * nor report a dead one as signed in.
 */
export async function isSessionAlive(db: DbOrTx, claims: SessionClaims, now: Date = new Date()): Promise<boolean> {
  if (!isUuid(claims.sessionId) || !isUuid(claims.userId)) return false;
  const [row] = await db
    .select({ session: sessions, disabledAt: users.disabledAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, claims.sessionId), eq(sessions.userId, claims.userId)))
    .limit(1);
  return Boolean(row && judgeSession(row.session, { disabledAt: row.disabledAt }, now).alive);
}

/** Sign-out: ends the one session the cookie names. Returns its owner for the audit row, or null if it was already over. */
export async function endSession(db: DbOrTx, claims: SessionClaims, reason: RevokeReason, now: Date = new Date()): Promise<{ userId: string; clinicId: string } | null> {
  if (!isUuid(claims.sessionId) || !isUuid(claims.userId)) return null;
  const [ended] = await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.id, claims.sessionId), eq(sessions.userId, claims.userId), isNull(sessions.revokedAt)))
    .returning({ userId: sessions.userId, clinicId: sessions.clinicId });
  return ended ?? null;
}

export type OwnSession = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
};

/** The caller's own live sessions, newest activity first, the current one marked. */
export async function listOwnSessions(caller: Caller, { db, now = new Date() }: { db?: DbOrTx; now?: Date } = {}): Promise<OwnSession[]> {
  assertCan(caller, "manage:account:own");
  const conn = db ?? (await getDb());
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MINUTES * 60_000);
  const rows = await conn
    .select({ id: sessions.id, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, ip: sessions.ip, userAgent: sessions.userAgent })
    .from(sessions)
    .where(and(eq(sessions.userId, caller.userId), eq(sessions.clinicId, caller.clinicId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince)))
    .orderBy(desc(sessions.lastSeenAt))
    .limit(50);
  return rows.map((r) => ({ ...r, current: r.id === caller.sessionId }));
}

/** "Sign out of other sessions": every session of the caller except the one asking. */
export async function endOtherSessions(caller: Caller, tx: DbOrTx): Promise<number> {
  assertCan(caller, "manage:account:own");
  return revokeUserSessions(tx, caller.userId, "signed-out-elsewhere", caller.sessionId ? { exceptSessionId: caller.sessionId } : {});
}

/** The same check on the app's database: next-auth's session poll (app/api/auth) asks it. */
export async function isSessionTokenAlive(claims: SessionClaims): Promise<boolean> {
  return isSessionAlive(await getDb(), claims);
}
