import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createClinic, createUser, sharedPasswordHash } from "@/db/factories";
import { auditEvents, users } from "@/db/schema";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { authenticate, MAX_FAILED_LOGINS } from "./credentials";

const t = setupTestDatabase();
const PASSWORD = "correct horse battery staple";

async function newUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  const clinic = await createClinic(t.db());
  return createUser(t.db(), { clinicId: clinic.id, role: "therapist", passwordHash: await sharedPasswordHash(PASSWORD), ...overrides });
}

describe("authenticate", () => {
  it("signs in with the right password, case-insensitively on the email, and audits it", async () => {
    const user = await newUser();
    const result = await authenticate(`  ${user.email.toUpperCase()} `, PASSWORD);
    expect(result).toMatchObject({ id: user.id, role: "therapist", clinicId: user.clinicId, sessionVersion: 1 });
    const events = await t.db().select().from(auditEvents).where(eq(auditEvents.actorId, user.id));
    expect(events.map((e) => e.action)).toContain("auth.sign-in");
  });

  it("answers null alike for a wrong password, an unknown email and a disabled account", async () => {
    const user = await newUser();
    const disabled = await newUser({ disabledAt: new Date() });
    expect(await authenticate(user.email, "wrong password")).toBeNull();
    expect(await authenticate("nobody@example.test", PASSWORD)).toBeNull();
    expect(await authenticate(disabled.email, PASSWORD)).toBeNull();
    expect(await authenticate(user.email, "")).toBeNull();
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} wrong passwords, even against the right one`, async () => {
    const user = await newUser();
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) expect(await authenticate(user.email, `wrong ${i}`)).toBeNull();
    const [locked] = await t.db().select().from(users).where(eq(users.id, user.id));
    expect(locked?.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
    expect(await authenticate(user.email, PASSWORD)).toBeNull();

    await t.db().update(users).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(users.id, user.id));
    expect(await authenticate(user.email, PASSWORD)).not.toBeNull();
  });

  it("resets the failure count after a successful sign-in", async () => {
    const user = await newUser();
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await authenticate(user.email, "wrong");
    expect(await authenticate(user.email, PASSWORD)).not.toBeNull();
    const [row] = await t.db().select().from(users).where(eq(users.id, user.id));
    expect(row?.failedLogins).toBe(0);
    expect(row?.lockedUntil).toBeNull();
  });
});
