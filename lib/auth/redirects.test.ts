import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./redirects";

describe("safeCallbackPath", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeCallbackPath("/patients?page=2&q=sam")).toBe("/patients?page=2&q=sam");
    expect(safeCallbackPath(["/my/plan", "/x"])).toBe("/my/plan");
  });

  it("drops anything that could leave the site or loop back to login", () => {
    for (const bad of ["https://evil.test/", "//evil.test", "/\\evil.test", "javascript:alert(1)", "patients", "/login", "/a\nb", "", undefined, 42]) {
      expect(safeCallbackPath(bad)).toBeNull();
    }
  });
});
