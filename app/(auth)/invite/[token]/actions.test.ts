import { beforeEach, describe, expect, it, vi } from "vitest";
import { createPatient } from "@/lib/seed/factories";
import { createPatientInvite } from "@/lib/dal/invites";
import { createStaffInvite } from "@/lib/dal/staff";
import { form, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { acceptPortalInvite } = await import("./actions");
const t = setupTestDatabase();
const password = "quiet river stones";

beforeEach(() => signInAs(null));

describe("the public invite action", () => {
  it("sends a new patient to /my and a new therapist to /dashboard, signed in by the form", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const patient = await createPatient(db, { clinicId: w.home.id, email: `pia-${w.home.id.slice(0, 6)}@x.test` });
    const forPatient = await db.transaction((tx) => createPatientInvite(tx, w.as.therapist, patient.id));
    expect(await acceptPortalInvite({}, form({ token: forPatient.token, password, confirmPassword: password }))).toEqual({
      ok: true, message: "Your password is set. Signing you in…", data: { email: patient.email, home: "/my" },
    });

    const staffEmail = `sol-${w.home.id.slice(0, 6)}@x.test`;
    const forStaff = await db.transaction((tx) => createStaffInvite(tx, w.as.admin, { name: "Sol", email: staffEmail, role: "therapist" }));
    expect(await acceptPortalInvite({}, form({ token: forStaff.token, password, confirmPassword: password }))).toMatchObject({ ok: true, data: { email: staffEmail, home: "/dashboard" } });
  });

  it("refuses the email as the password with a field message", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const staffEmail = `eve-${w.home.id.slice(0, 6)}@x.test`;
    const { token } = await db.transaction((tx) => createStaffInvite(tx, w.as.admin, { name: "Eve", email: staffEmail, role: "admin" }));
    expect(await acceptPortalInvite({}, form({ token, password: staffEmail, confirmPassword: staffEmail }))).toEqual({
      message: "Choose a different password.", fieldErrors: { password: ["Your password cannot be your email address."] },
    });
  });
});
