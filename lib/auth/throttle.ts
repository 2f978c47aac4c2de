import "server-only";
import { and, desc, eq, gt, inArray, isNull, lte, max, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { signInAttempts } from "@/db/schema";

/**
 * Sign-in throttling with no lockout anyone can trigger (docs/decisions/0008-server-side-sessions.md).
 * All state is rows of sign_in_attempts, so every instance of Stride sees the same counts.
 *
 * - A pair (account email, client address) with PAIR_FAILURE_LIMIT failures in the window is
 *   refused without a password check until the oldest of them leaves the window. The account is
 *   not locked: the same email from another address is judged on that address's own count.
 * - An address with ADDRESS_FAILURE_LIMIT failures in the window, across any emails, is answered
 *   429 with Retry-After before next-auth runs (app/api/auth/[...nextauth]/route.ts).
 */
export const THROTTLE_WINDOW_MINUTES = 15;
/** A person mistyping gets five tries; a guesser gets five per quarter hour per address. */
export const PAIR_FAILURE_LIMIT = 5;
/** A clinic's whole staff behind one router rarely fails 30 times in 15 minutes; a credential-stuffing run does at once. */
export const ADDRESS_FAILURE_LIMIT = 30;

export type AttemptOutcome = "success" | "failure" | "throttled" | "refused";
/** A refused (disabled) account counts like a wrong password, so throttling cannot tell the two apart. */
const COUNTED: AttemptOutcome[] = ["failure", "refused"];

export type ThrottleVerdict = { allowed: true } | { allowed: false; scope: "pair" | "address"; retryAfterSeconds: number };

const WINDOW_MS = THROTTLE_WINDOW_MINUTES * 60_000;
/** Longer text is cut before it is stored: an attacker must not grow the table with megabyte "emails". */
export const MAX_STORED_EMAIL = 320;

export function attemptEmail(normalisedEmail: string): string {
  return normalisedEmail.slice(0, MAX_STORED_EMAIL);
}

/**
 * Sliding window over failures, newest first. Blocked while `limit` of them are inside the window;
 * open again when the limit-th newest leaves it. Pure, for tests with a test clock.
 */
export function windowVerdict(failuresNewestFirst: readonly Date[], limit: number, now: Date, scope: "pair" | "address"): ThrottleVerdict {
  const oldestCounted = failuresNewestFirst[limit - 1];
  if (!oldestCounted) return { allowed: true };
  const opensAt = oldestCounted.getTime() + WINDOW_MS;
  if (opensAt <= now.getTime()) return { allowed: true };
  return { allowed: false, scope, retryAfterSeconds: Math.max(1, Math.ceil((opensAt - now.getTime()) / 1000)) };
}

// No address (TRUST_PROXY is off): every client shares one bucket. See the decision record.
const sameAddress = (ip: string | null) => (ip === null ? isNull(signInAttempts.ip) : eq(signInAttempts.ip, ip));

async function failuresSince(db: DbOrTx, where: ReturnType<typeof and>, since: Date, now: Date, limit: number): Promise<Date[]> {
  const rows = await db
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(and(where, inArray(signInAttempts.outcome, COUNTED), gt(signInAttempts.at, since), lte(signInAttempts.at, now)))
    .orderBy(desc(signInAttempts.at))
    .limit(limit);
  return rows.map((r) => r.at);
}

export async function addressVerdict(db: DbOrTx, ip: string | null, now: Date = new Date()): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - WINDOW_MS);
  return windowVerdict(await failuresSince(db, sameAddress(ip), since, now, ADDRESS_FAILURE_LIMIT), ADDRESS_FAILURE_LIMIT, now, "address");
}

/** A success from the pair wipes its slate: the owner who mistyped four times and then got in starts again. */
export async function pairVerdict(db: DbOrTx, email: string, ip: string | null, now: Date = new Date()): Promise<ThrottleVerdict> {
  const pair = and(eq(signInAttempts.email, attemptEmail(email)), sameAddress(ip));
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  const [last] = await db
    .select({ at: max(signInAttempts.at) })
    .from(signInAttempts)
    .where(and(pair, eq(signInAttempts.outcome, "success"), gt(signInAttempts.at, windowStart), lte(signInAttempts.at, now)));
  const since = last?.at && last.at > windowStart ? last.at : windowStart;
  return windowVerdict(await failuresSince(db, pair, since, now, PAIR_FAILURE_LIMIT), PAIR_FAILURE_LIMIT, now, "pair");
}

/** The address first: when it is over its limit the email does not matter. */
export async function throttleVerdict(db: DbOrTx, email: string, ip: string | null, now: Date = new Date()): Promise<ThrottleVerdict> {
  const byAddress = await addressVerdict(db, ip, now);
  return byAddress.allowed ? pairVerdict(db, email, ip, now) : byAddress;
}

/** The first key of the two-key advisory lock on a client address (any fixed number: the namespace). */
const ATTEMPT_LOCK_NAMESPACE = 0x5349; // "SI"

export type Reservation = { verdict: ThrottleVerdict; at: Date; attemptId?: number };

/**
 * Judges an attempt and, when it is allowed, records it as a failure BEFORE the password is
 * checked, all under a lock on the client address (docs/decisions/0022-sign-in-attempts-reserved.md).
 * Attempts that arrive together, on one instance or several, are then judged one after another,
 * each counting those still in flight: a burst gets exactly the limit's worth of password checks.
 * The caller settles the row (success, refused) once the check is done; a crash in between
 * leaves a failure, which errs on the safe side. `now` is read after the lock when not given, so
 * a later attempt never sorts before one judged earlier.
 */
export async function reserveAttempt(db: DbOrTx, email: string, ip: string | null, now?: Date): Promise<Reservation> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ATTEMPT_LOCK_NAMESPACE}, hashtext(${ip ?? ""}))`);
    const at = now ?? new Date();
    const verdict = await throttleVerdict(tx, email, ip, at);
    if (!verdict.allowed) return { verdict, at };
    const [row] = await tx
      .insert(signInAttempts)
      .values({ email: attemptEmail(email), ip, outcome: "failure", at })
      .returning({ id: signInAttempts.id });
    return { verdict, at, attemptId: row?.id };
  });
}

/** The reserved row's real outcome, once the password check has given it. */
export async function settleAttempt(db: DbOrTx, attemptId: number, outcome: Exclude<AttemptOutcome, "throttled">): Promise<void> {
  await db.update(signInAttempts).set({ outcome }).where(eq(signInAttempts.id, attemptId));
}

export async function recordSignInAttempt(
  db: DbOrTx,
  attempt: { email: string; ip: string | null; outcome: AttemptOutcome; at?: Date },
): Promise<void> {
  await db.insert(signInAttempts).values({ email: attemptEmail(attempt.email), ip: attempt.ip, outcome: attempt.outcome, at: attempt.at ?? new Date() });
}

/** Minutes as people read a wait: "1 minute", "15 minutes" (never "0"). */
export function retryMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
