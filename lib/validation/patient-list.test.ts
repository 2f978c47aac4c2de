import { describe, expect, it } from "vitest";
import { parsePatientListParams, patientListHref, patientSearchHiddenFields } from "./patient-list";

describe("patient list URL state", () => {
  it("defaults to my active patients by name, page 1", () => {
    expect(parsePatientListParams({})).toEqual({ q: "", sort: { key: "name", dir: "asc" }, page: 1, scope: "mine", status: "active" });
  });

  it("reads a bookmarked view", () => {
    expect(parsePatientListParams({ q: " sam ", sort: "pain.desc", page: "3", scope: "all", status: "archived" })).toEqual({
      q: "sam", sort: { key: "pain", dir: "desc" }, page: 3, scope: "all", status: "archived",
    });
  });

  it("falls back per field on junk instead of failing the page", () => {
    expect(parsePatientListParams({ sort: "password.asc", page: "-4", scope: "everyone", status: ["archived", "x"], q: "x".repeat(500) })).toEqual({
      q: "", sort: { key: "name", dir: "asc" }, page: 1, scope: "mine", status: "archived",
    });
  });

  it("drops a search holding a NUL byte instead of sending it to the database", () => {
    expect(parsePatientListParams({ q: "sam\u0000" }).q).toBe("");
    expect(parsePatientListParams({ q: "sam\u001b[2J" }).q).toBe("");
  });

  it("round-trips through the URL and leaves defaults out", () => {
    const state = parsePatientListParams({ q: "ri", sort: "lastLog.desc", page: "2", scope: "all" });
    const href = patientListHref(state);
    expect(href).toBe("/patients?q=ri&sort=lastLog.desc&scope=all&page=2");
    expect(parsePatientListParams(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(state);
    expect(patientListHref(parsePatientListParams({}))).toBe("/patients");
  });
});

describe("patient search form", () => {
  it("carries the rest of the view but not the old search or page", () => {
    expect(patientSearchHiddenFields(parsePatientListParams({ q: "sam", page: "4" }))).toEqual([]);
    expect(patientSearchHiddenFields(parsePatientListParams({ q: "sam", sort: "pain.desc", scope: "all", status: "archived", page: "4" }))).toEqual([
      ["sort", "pain.desc"], ["scope", "all"], ["status", "archived"],
    ]);
  });
});
