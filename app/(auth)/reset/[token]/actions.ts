"use server";

import type { ActionState } from "@/lib/auth/action-state";
import { setPasswordFromLink } from "@/lib/auth/link-password";
import { acceptReset } from "@/lib/dal/reset-links";

const CLOSED = {
  used: "This reset link has already been used. Sign in with your new password, or ask your clinic for a new link.",
  expired: "This reset link has expired. Ask your clinic for a new one; your old password still works until then.",
  invalid: "This reset link is not valid. Ask your clinic for a new one.",
} as const;

/** Sets the new password; every session of the account ends, then the form signs in afresh. */
export async function resetPassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return setPasswordFromLink(formData, acceptReset, CLOSED, "Something went wrong and your password was not changed. Please try again.");
}
