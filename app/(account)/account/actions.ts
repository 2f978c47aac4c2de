"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { changeOwnPassword } from "@/lib/dal/account";
import { endOtherSessions } from "@/lib/dal/sessions";
import { changePasswordSchema, noInputSchema } from "@/lib/validation/account";

const sessions = (n: number) => `${n} other session${n === 1 ? "" : "s"}`;

export const changePasswordAction = authedAction(changePasswordSchema, "manage:account:own", async ({ input, caller, tx }) => {
  const ended = await changeOwnPassword(caller, tx, input);
  return {
    // Never the password: what happened, and how many sessions it ended.
    audit: { action: "account.password-changed", entity: "user", entityId: caller.userId, detail: { otherSessionsEnded: ended } },
    revalidate: ["/account"],
    message: ended ? `Your password is changed, and ${sessions(ended)} ${ended === 1 ? "was" : "were"} signed out.` : "Your password is changed.",
  };
});

export const signOutOtherSessionsAction = authedAction(noInputSchema, "manage:account:own", async ({ caller, tx }) => {
  const ended = await endOtherSessions(caller, tx);
  return {
    audit: { action: "account.other-sessions-ended", entity: "user", entityId: caller.userId, detail: { ended } },
    revalidate: ["/account"],
    message: ended ? `Signed out of ${sessions(ended)}.` : "There were no other sessions to sign out of.",
  };
});
