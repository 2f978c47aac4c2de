import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify: one slug for CSV and PDF file names and exercise keys", () => {
  it("gives a patient the same slug whatever the download", () => {
    expect(slugify("Zoë O'Neill-Brown", "patient")).toBe("zoe-oneill-brown");
    expect(slugify("Sam Rivera", "patient")).toBe("sam-rivera");
    expect(slugify("Jürgen Strauß", "patient")).toBe("jurgen-strauss");
    expect(slugify("Bjørn Łukasz Ærø", "patient")).toBe("bjorn-lukasz-aero");
  });

  it("keeps nothing that could escape a file name or a header", () => {
    expect(slugify('a"b\r\nc/..\\d', "patient")).toBe("a-b-c-d");
    expect(slugify('../../etc/passwd\\x"; rm', "patient")).toBe("etc-passwd-x-rm");
  });

  it("falls back when nothing ASCII is left, and stops at 60 characters without a trailing hyphen", () => {
    expect(slugify("李雷", "patient")).toBe("patient");
    expect(slugify("  ---  ", "exercise")).toBe("exercise");
    expect(slugify("x".repeat(100), "patient")).toHaveLength(60);
    expect(slugify(`${"a".repeat(59)} b`, "patient")).toBe("a".repeat(59));
  });
});
