import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { sessions, users, type User } from "@/db/schema";
import { recordAuditEvent } from "@/lib/dal/audit";
import { normaliseEmail } from "./email";
import { burnVerifyTime, hashPassword, needsRehash, verifyPassword } from "./password";
import { sessionExpiresAt } from "./session-expiry";
import { recordSignInAttempt, reserveAttempt, settleAttempt, throttleVerdict, type ThrottleVerdict } from "./throttle";

export type AuthenticatedUser = {
  id: string;
  role: (typeof users.$inferSelect)["role"];
  clinicId: string;
  name: string;
  email: string;
  /** The server-side session row this sign-in opened; it rides in the JWT as `sid`. */
  sessionId: string;
};

export type SignInResult =
  | { outcome: "success"; user: AuthenticatedUser }
  | { outcome: "failure" }
  | { outcome: "throttled"; verdict: Extract<ThrottleVerdict, { allowed: false }> };

export type SignInInput = { email: string; password: string; ip?: string | null; userAgent?: string | null; now?: Date };

const MAX_PASSWORD = 1024;
const MAX_USER_AGENT = 300;
// PostgreSQL text cannot hold NUL, and no email holds control characters: dropped before use.
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** The email as an attempt is keyed and looked up: trimmed, lower-cased, without control characters. */
export function attemptKey(email: string): string {
  return normaliseEmail(email.replace(CONTROL, ""));
}

async function findUser(db: DbOrTx, email: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return user;
}

/**
 * Records a throttled attempt: a sign_in_attempts row always, an audit row when the email is an
 * account (audit rows belong to a clinic; attempts on unknown emails live in sign_in_attempts only).
 * Also called by the credentials route, which answers 429 before next-auth runs.
 */
export async function recordThrottled(
  db: DbOrTx,
  /** `user`: null when already looked up and there is none; left out, it is looked up here. */
  input: { email: string; ip: string | null; verdict: Extract<ThrottleVerdict, { allowed: false }>; user?: User | null; now?: Date },
): Promise<void> {
  const email = attemptKey(input.email);
  const user = input.user !== undefined ? input.user : email ? await findUser(db, email) : undefined;
  await db.transaction(async (tx) => {
    await recordSignInAttempt(tx, { email, ip: input.ip, outcome: "throttled", at: input.now });
    if (user) {
      await recordAuditEvent(tx, {
        clinicId: user.clinicId, actorId: user.id, action: "auth.sign-in-throttled", entity: "user", entityId: user.id, ip: input.ip,
        detail: { scope: input.verdict.scope, retryAfterSeconds: input.verdict.retryAfterSeconds },
      });
    }
  });
}

/**
 * The credentials route's gate, before next-auth sees the password: over a limit, the attempt is
 * recorded as throttled here and the route answers 429.
 */
export async function checkSignInThrottle(email: string, ip: string | null): Promise<ThrottleVerdict> {
  const db = await getDb();
  const verdict = await throttleVerdict(db, email, ip);
  if (!verdict.allowed) await recordThrottled(db, { email, ip, verdict });
  return verdict;
}

/**
 * One sign-in attempt, start to finish: throttle check, password check, a sign_in_attempts row
 * and (for an existing account) an audit row whatever the outcome, and on success a new
 * server-side session. Every failure looks the same to the caller; an unknown email takes as
 * long as a wrong password. The password itself is never stored or logged.
 */
export async function attemptSignIn({ email: rawEmail, password, ip = null, userAgent = null, now: clock }: SignInInput): Promise<SignInResult> {
  const email = attemptKey(rawEmail);
  if (!email || !password) return { outcome: "failure" }; // nothing was attempted
  const db = await getDb();
  const user = await findUser(db, email);

  // Judged and, if allowed, recorded as a failure before the password check (settled below).
  const { verdict, at: now, attemptId } = await reserveAttempt(db, email, ip, clock);
  if (!verdict.allowed) {
    await recordThrottled(db, { email, ip, verdict, user: user ?? null, now });
    return { outcome: "throttled", verdict };
  }
  if (attemptId === undefined) throw new Error("the sign-in attempt was not recorded");

  const audit = (action: string, detail: Record<string, unknown> | null = null) =>
    user ? { clinicId: user.clinicId, actorId: user.id, action, entity: "user", entityId: user.id, ip, detail } : null;

  // Whatever the reason for not checking (no account, disabled, absurd length), the same hashing
  // time is spent, so the answer's timing says nothing about whether the email has an account.
  const checkable = user && !user.disabledAt && password.length <= MAX_PASSWORD;
  const matches = checkable ? await verifyPassword(password, user.passwordHash) : (await burnVerifyTime(password.slice(0, MAX_PASSWORD)), false);
  if (!user || !matches) {
    const refused = Boolean(user?.disabledAt);
    await db.transaction(async (tx) => {
      if (refused) await settleAttempt(tx, attemptId, "refused");
      const event = audit(refused ? "auth.sign-in-refused" : "auth.sign-in-failed");
      if (event) await recordAuditEvent(tx, event);
    });
    return { outcome: "failure" };
  }

  const passwordHash = needsRehash(user.passwordHash) ? await hashPassword(password) : user.passwordHash;
  const sessionId = await db.transaction(async (tx) => {
    const [session] = await tx
      .insert(sessions)
      .values({ userId: user.id, clinicId: user.clinicId, createdAt: now, lastSeenAt: now, expiresAt: sessionExpiresAt(now), ip, userAgent: userAgent?.replace(CONTROL, "").slice(0, MAX_USER_AGENT) || null })
      .returning({ id: sessions.id });
    if (!session) throw new Error("session row was not created");
    await tx.update(users).set({ lastLoginAt: now, passwordHash }).where(eq(users.id, user.id));
    await settleAttempt(tx, attemptId, "success");
    const event = audit("auth.sign-in", { sessionId: session.id });
    if (event) await recordAuditEvent(tx, event);
    return session.id;
  });

  return { outcome: "success", user: { id: user.id, role: user.role, clinicId: user.clinicId, name: user.name, email: user.email, sessionId } };
}

/** The account for a right email and password from an address that is not throttled, else null. */
export async function authenticate(email: string, password: string, ip: string | null = null, userAgent: string | null = null): Promise<AuthenticatedUser | null> {
  const result = await attemptSignIn({ email, password, ip, userAgent });
  return result.outcome === "success" ? result.user : null;
}
