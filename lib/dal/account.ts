import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import type { Caller } from "@/lib/auth/caller";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import type { ChangePasswordInput } from "@/lib/validation/account";
import { foundOr404, assertCan } from "./guard";
import { revokeUserSessions } from "./sessions";

const WRONG_CURRENT = "That is not your current password.";

/**
 * The caller changes their own password: the current one is required (a session left open on a
 * shared computer must not be enough to take the account over), the new one meets the policy,
 * and every OTHER session of theirs ends in the same transaction. Returns how many ended.
 */
export async function changeOwnPassword(caller: Caller, tx: DbOrTx, input: ChangePasswordInput): Promise<number> {
  assertCan(caller, "manage:account:own");
  const user = foundOr404(
    (await tx.select({ passwordHash: users.passwordHash, email: users.email }).from(users).where(and(eq(users.id, caller.userId), eq(users.clinicId, caller.clinicId))))[0],
  );
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new UserFacingError("Nothing was changed: the current password is not right.", { currentPassword: [WRONG_CURRENT] });
  }
  const problem = input.newPassword === input.currentPassword ? "Choose a password different from your current one." : passwordProblem(input.newPassword, { email: user.email });
  if (problem) throw new UserFacingError("Nothing was changed: choose a different new password.", { newPassword: [problem] });

  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), updatedAt: new Date() })
    .where(and(eq(users.id, caller.userId), eq(users.clinicId, caller.clinicId)));
  return revokeUserSessions(tx, caller.userId, "password-changed", caller.sessionId ? { exceptSessionId: caller.sessionId } : {});
}
