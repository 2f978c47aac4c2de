import { z } from "zod";
import { requiredText } from "./dose";

/** The roles an admin can give: patients get accounts from their record, never from here. */
export const STAFF_ROLES = ["therapist", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const role = z.enum(STAFF_ROLES, { error: "Choose therapist or admin." });
const userId = z.uuid({ error: "Unknown staff member" });

/** /admin/therapists "Invite staff": who to create, sent as a single-use link. */
export const staffInviteSchema = z.object({
  name: requiredText("Name", 120),
  email: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.email({ error: "Enter a valid email: it becomes their sign-in." }).max(254, { error: "Use at most 254 characters." }),
  ),
  role,
});
export type StaffInviteInput = z.output<typeof staffInviteSchema>;

export const staffRoleSchema = z.object({ userId, role });

export const staffIdSchema = z.object({ userId });

/** Disable or re-enable: the form says which, so a double submit cannot flip it back. */
export const staffStatusSchema = z.object({ userId, status: z.enum(["disabled", "active"], { error: "Choose disable or enable." }) });

/**
 * The public "set a password" forms (/invite, /reset). Only the shape: the password rules need
 * the account's email, so lib/auth/password-policy runs in the DAL once the link is read.
 */
export const setPasswordSchema = z
  .object({
    token: z.string().max(200),
    password: z.string({ error: "Choose a password." }).max(1024, { error: "Use at most 128 characters." }),
    confirmPassword: z.string({ error: "Type the password again." }).max(1024),
  })
  .refine((v) => v.password === v.confirmPassword, { error: "The two passwords do not match.", path: ["confirmPassword"] });
