import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { createStaffResetLink } from "@/lib/dal/reset-links";
import { form, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { resetPassword } = await import("./actions");
const t = setupTestDatabase();

beforeEach(() => signInAs(null)); // nobody is signed in on a reset page

describe("the public reset action", () => {
  it("sets the password and hands this browser the email and home to sign in with", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const { token } = await db.transaction((tx) => createStaffResetLink(tx, w.as.admin, w.as.therapist.userId));
    const before = (await db.select().from(users).where(eq(users.id, w.as.therapist.userId)))[0]?.passwordHash;

    const mismatch = await resetPassword({}, form({ token, password: "quiet river stones", confirmPassword: "quiet river stone" }));
    expect(mismatch).toEqual({ fieldErrors: { confirmPassword: ["The two passwords do not match."] }, message: "Choose a different password." });
    const common = await resetPassword({}, form({ token, password: "password123", confirmPassword: "password123" }));
    expect(common.fieldErrors?.password?.[0]).toMatch(/too common/);
    expect((await db.select().from(users).where(eq(users.id, w.as.therapist.userId)))[0]?.passwordHash).toBe(before);

    const done = await resetPassword({}, form({ token, password: "quiet river stones", confirmPassword: "quiet river stones" }));
    expect(done).toEqual({ ok: true, message: "Your password is set. Signing you in…", data: { email: w.as.therapist.email, home: "/dashboard" } });
    const again = await resetPassword({}, form({ token, password: "quiet river stones", confirmPassword: "quiet river stones" }));
    expect(again).toEqual({ message: "This reset link has already been used. Sign in with your new password, or ask your clinic for a new link." });
  });

  it("says only that an unknown link is not valid", async () => {
    const state = await resetPassword({}, form({ token: "A".repeat(43), password: "quiet river stones", confirmPassword: "quiet river stones" }));
    expect(state).toEqual({ message: "This reset link is not valid. Ask your clinic for a new one." });
  });
});
