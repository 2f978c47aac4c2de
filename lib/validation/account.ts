import { z } from "zod";

/**
 * /account "Change password": only the shape. The new password's rules need the account's email
 * (lib/auth/password-policy), so the DAL applies them after reading the user (lib/dal/account.ts).
 */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Type your current password." }).min(1, { error: "Type your current password." }).max(1024, { error: "That is not your current password." }),
    newPassword: z.string({ error: "Choose a new password." }).min(1, { error: "Choose a new password." }).max(1024, { error: "Use at most 128 characters." }),
    confirmPassword: z.string({ error: "Type the new password again." }).max(1024),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { error: "The two new passwords do not match.", path: ["confirmPassword"] });

export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

/** "Sign out of other sessions" posts nothing: the session to keep is the caller's own. */
export const noInputSchema = z.object({});
