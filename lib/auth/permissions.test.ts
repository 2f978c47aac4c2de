import { describe, expect, it } from "vitest";
import { can, homePathFor, isStaff, rolePermissions } from "./permissions";

describe("role -> permission map", () => {
  it("gives admins everything therapists have, plus staff management, the audit log and clinic settings", () => {
    for (const permission of rolePermissions.therapist) expect(can("admin", permission)).toBe(true);
    expect(can("admin", "manage:staff:clinic")).toBe(true);
    expect(can("admin", "read:audit:clinic")).toBe(true);
    expect(can("admin", "manage:clinic:own")).toBe(true);
    expect(can("therapist", "manage:staff:clinic")).toBe(false);
    expect(can("therapist", "read:audit:clinic")).toBe(false);
    expect(can("therapist", "manage:clinic:own")).toBe(false);
    expect(can("patient", "manage:clinic:own")).toBe(false);
  });

  it("keeps patients to their own record", () => {
    const patientPermissions = [...rolePermissions.patient];
    expect(patientPermissions.length).toBeGreaterThan(0);
    for (const permission of patientPermissions) expect(permission.endsWith(":own")).toBe(true);
    expect(can("patient", "read:patient:clinic")).toBe(false);
    expect(can("patient", "write:patient:clinic")).toBe(false);
    expect(can("patient", "write:pain-log:own")).toBe(true);
  });

  it("does not let staff write pain logs: patients submit their own", () => {
    expect(can("therapist", "write:pain-log:own")).toBe(false);
    expect(can("admin", "write:pain-log:own")).toBe(false);
  });

  it("lets patients answer questionnaires and staff ask for them, not the other way round", () => {
    expect(can("patient", "write:outcome:own")).toBe(true);
    expect(can("patient", "write:outcome:clinic")).toBe(false);
    expect(can("therapist", "write:outcome:clinic")).toBe(true);
    expect(can("therapist", "write:outcome:own")).toBe(false);
    expect(can("admin", "write:outcome:own")).toBe(false);
  });

  it("sends each role to its own home", () => {
    expect(homePathFor("admin")).toBe("/dashboard");
    expect(homePathFor("therapist")).toBe("/dashboard");
    expect(homePathFor("patient")).toBe("/my");
    expect(isStaff("patient")).toBe(false);
    expect(isStaff("admin")).toBe(true);
  });
});
