import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { recordAuditEvent } from "@/lib/dal/audit";
import { normaliseEmail } from "./email";
import { burnVerifyTime, hashPassword, needsRehash, verifyPassword } from "./password";

/** After this many wrong passwords in a row the account waits LOCKOUT_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export type AuthenticatedUser = {
  id: string;
  role: (typeof users.$inferSelect)["role"];
  clinicId: string;
  name: string;
  email: string;
  sessionVersion: number;
};

/**
 * Checks an email and password. Every failure looks the same to the caller (null), takes about
 * as long, and is counted in the database so the lockout holds across server instances.
 */
export async function authenticate(email: string, password: string, ip: string | null = null): Promise<AuthenticatedUser | null> {
  if (!email || !password || password.length > 1024) return null;
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, normaliseEmail(email))).limit(1);

  if (!user || user.disabledAt || (user.lockedUntil && user.lockedUntil > new Date())) {
    await burnVerifyTime(password);
    if (user) {
      await recordAuditEvent(db, { clinicId: user.clinicId, actorId: user.id, action: "auth.sign-in-refused", entity: "user", entityId: user.id, ip });
    }
    return null;
  }

  if (!(await verifyPassword(password, user.passwordHash))) {
    const lock = sql`case when ${users.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} then now() + make_interval(mins => ${LOCKOUT_MINUTES}) else null end`;
    await db
      .update(users)
      .set({ failedLogins: sql`case when ${users.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} then 0 else ${users.failedLogins} + 1 end`, lockedUntil: lock })
      .where(eq(users.id, user.id));
    await recordAuditEvent(db, { clinicId: user.clinicId, actorId: user.id, action: "auth.sign-in-failed", entity: "user", entityId: user.id, ip });
    return null;
  }

  const passwordHash = needsRehash(user.passwordHash) ? await hashPassword(password) : user.passwordHash;
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date(), passwordHash })
    .where(and(eq(users.id, user.id), eq(users.sessionVersion, user.sessionVersion)));
  await recordAuditEvent(db, { clinicId: user.clinicId, actorId: user.id, action: "auth.sign-in", entity: "user", entityId: user.id, ip });

  return { id: user.id, role: user.role, clinicId: user.clinicId, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
