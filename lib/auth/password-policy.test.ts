import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password policy", () => {
  it("accepts a long passphrase with no special characters", () => {
    expect(passwordProblem("knee strong every morning")).toBeNull();
    expect(passwordProblem("8chars!!")).toBeNull();
  });

  it("refuses short, overlong, common and repeated-character passwords", () => {
    expect(passwordProblem("short")).toMatch(/at least 8/);
    expect(passwordProblem("x".repeat(129))).toMatch(/at most 128/);
    expect(passwordProblem("Password123")).toMatch(/too common/);
    expect(passwordProblem("qwertyuiop")).toMatch(/too common/);
    expect(passwordProblem("aaaaaaaaaa")).toMatch(/too common/);
  });

  it("refuses the email address as the password", () => {
    expect(passwordProblem("sam@riverside.test", { email: "Sam@Riverside.test" })).toMatch(/email/);
  });
});
