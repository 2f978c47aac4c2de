"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/auth/action-state";
import { UserFacingError } from "@/lib/auth/authed-action";
import { passwordProblem } from "@/lib/auth/password-policy";
import { acceptInvite } from "@/lib/dal/invites";
import { clientIp } from "@/lib/request-ip";

const INVITE_PROBLEM = {
  used: "This link has already been used. Sign in with the password you chose, or ask your clinic for a new link.",
  expired: "This link has expired. Ask your clinic for a new one.",
  invalid: "This link is not valid. Ask your clinic for a new one.",
  valid: "",
} as const;

const schema = z.object({ token: z.string().max(200), password: z.string().max(1024), confirmPassword: z.string().max(1024) });

/**
 * Deliberately not an authedAction: the patient has no account or session yet. The 256-bit
 * single-use token is the credential, and acceptInvite re-checks it inside its transaction.
 */
export async function acceptPortalInvite(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: INVITE_PROBLEM.invalid };
  const { token, password, confirmPassword } = parsed.data;
  const problem = passwordProblem(password);
  if (problem) return { fieldErrors: { password: [problem] }, message: "Choose a different password." };
  if (password !== confirmPassword) return { fieldErrors: { confirmPassword: ["The two passwords do not match"] }, message: "Choose a different password." };

  let result: Awaited<ReturnType<typeof acceptInvite>>;
  try {
    const ip = clientIp(await headers());
    result = await acceptInvite(token, password, ip);
  } catch (error) {
    if (error instanceof UserFacingError) return { message: error.message };
    console.error("[stride] invite acceptance failed", error);
    return { message: "Something went wrong and your account was not created. Please try again." };
  }
  if ("error" in result) return { message: INVITE_PROBLEM[result.error] };
  redirect("/login?invited=1");
}
