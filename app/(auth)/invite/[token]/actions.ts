"use server";

import type { ActionState } from "@/lib/auth/action-state";
import { setPasswordFromLink } from "@/lib/auth/link-password";
import { acceptInvite } from "@/lib/dal/invites";

const CLOSED = {
  used: "This link has already been used. Sign in with the password you chose, or ask your clinic for a new link.",
  expired: "This link has expired. Ask your clinic for a new one.",
  invalid: "This link is not valid. Ask your clinic for a new one.",
} as const;

/** A patient's portal invite or a staff invite: creates the account, then the form signs in. */
export async function acceptPortalInvite(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return setPasswordFromLink(formData, acceptInvite, CLOSED, "Something went wrong and your account was not created. Please try again.");
}
