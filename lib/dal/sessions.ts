import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { sessions } from "@/db/schema";

/**
 * Server-side sessions (db/schema/sessions.ts). This file is the one place that ends them.
 *
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
