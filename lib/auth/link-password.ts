import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import type { ClosedLink } from "@/lib/dal/invites";
import { clientIp } from "@/lib/request-ip";
import { setPasswordSchema } from "@/lib/validation/staff";
import type { ActionState } from "./action-state";
import { UserFacingError } from "@/lib/user-facing-error";
import { passwordProblem } from "./password-policy";
import { homePathFor } from "./permissions";
import type { Role } from "@/db/schema";

type Accept = (token: string, password: string, ip: string | null) => Promise<{ email: string; role: Role } | { error: ClosedLink }>;

/**
 * The body of the public "set a password" actions (/invite/[token], /reset/[token]). Not an
 * authedAction: the person has no session yet, and the 256-bit single-use token is the
 * credential, re-checked by the DAL inside its transaction.
 *
 * On success the account's email and home come back to this browser, so the form can sign in
 * with the password just typed. That browser just proved it holds the link and set the
 * password, so the email is no secret from it; it was shown masked only until then.
 */
export async function setPasswordFromLink(formData: FormData, accept: Accept, closed: Record<ClosedLink, string>, failure: string): Promise<ActionState> {
  const parsed = setPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    if (fieldErrors.token) return { message: closed.invalid };
    return { fieldErrors, message: "Choose a different password." };
  }
  const { token, password } = parsed.data;
  const problem = passwordProblem(password);
  if (problem) return { fieldErrors: { password: [problem] }, message: "Choose a different password." };

  try {
    const ip = clientIp(await headers());
    const result = await accept(token, password, ip);
    if ("error" in result) return { message: closed[result.error] };
    return { ok: true, message: "Your password is set. Signing you in…", data: { email: result.email, home: homePathFor(result.role) } };
  } catch (error) {
    if (error instanceof UserFacingError) return { message: error.message, fieldErrors: error.fieldErrors };
    console.error("[stride] setting a password from a link failed", error);
    return { message: failure };
  }
}
