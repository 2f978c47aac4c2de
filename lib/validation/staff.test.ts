import { describe, expect, it } from "vitest";
import { z } from "zod";
import { setPasswordSchema, staffInviteSchema, staffRoleSchema, staffStatusSchema } from "./staff";

const errors = (r: { success: boolean; error?: z.ZodError }) => (r.error ? z.flattenError(r.error).fieldErrors : {});

describe("staff forms", () => {
  it("trims the name and lower-cases the email of an invite", () => {
    expect(staffInviteSchema.parse({ name: "  Theo Grant ", email: " Theo@Clinic.TEST ", role: "admin" })).toEqual({ name: "Theo Grant", email: "theo@clinic.test", role: "admin" });
  });

  it("says what is wrong with each field of a bad invite", () => {
    expect(errors(staffInviteSchema.safeParse({ name: " ", email: "not-an-email", role: "patient" }))).toEqual({
      name: ["Enter name."],
      email: ["Enter a valid email: it becomes their sign-in."],
      role: ["Choose therapist or admin."],
    });
    expect(errors(staffInviteSchema.safeParse({ name: "x".repeat(121), email: "a@b.test", role: "therapist" }))).toEqual({ name: ["Name can be at most 120 characters."] });
  });

  it("accepts only staff roles and real ids for role and status changes", () => {
    const id = crypto.randomUUID();
    expect(staffRoleSchema.parse({ userId: id, role: "therapist" })).toEqual({ userId: id, role: "therapist" });
    expect(errors(staffRoleSchema.safeParse({ userId: "1 or 1=1", role: "admin" }))).toEqual({ userId: ["Unknown staff member"] });
    expect(errors(staffStatusSchema.safeParse({ userId: id, status: "deleted" }))).toEqual({ status: ["Choose disable or enable."] });
  });

  it("wants the password typed twice, the same", () => {
    expect(errors(setPasswordSchema.safeParse({ token: "t", password: "quiet river stones", confirmPassword: "quiet river stone" }))).toEqual({ confirmPassword: ["The two passwords do not match."] });
    expect(setPasswordSchema.safeParse({ token: "t", password: "quiet river stones", confirmPassword: "quiet river stones" }).success).toBe(true);
  });
});
