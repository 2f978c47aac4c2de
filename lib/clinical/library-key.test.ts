import { describe, expect, it } from "vitest";
import { libraryKeyOf } from "./library-key";

describe("libraryKeyOf", () => {
  it("is a built-in's own key", () => {
    expect(libraryKeyOf({ key: "clamshell", ownClinic: null, sourceKey: null, sourceClinic: null })).toBe("clamshell");
  });
  it("is the source's key for a clinic copy of a built-in", () => {
    expect(libraryKeyOf({ key: "clamshell-copy", ownClinic: "c1", sourceKey: "clamshell", sourceClinic: null })).toBe("clamshell");
  });
  it("is none for a clinic's own exercise or a copy of one", () => {
    expect(libraryKeyOf({ key: "towel-squeeze", ownClinic: "c1", sourceKey: null, sourceClinic: null })).toBeNull();
    expect(libraryKeyOf({ key: "clamshell-copy-copy", ownClinic: "c1", sourceKey: "clamshell-copy", sourceClinic: "c1" })).toBeNull();
  });
});
