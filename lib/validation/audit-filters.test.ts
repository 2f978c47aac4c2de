import { describe, expect, it } from "vitest";
import { auditDayRange, auditExportHref, auditFormHiddenFields, auditLogHref, DEFAULT_AUDIT_FILTERS, parseAuditFilters, startOfDayInZone } from "./audit-filters";

const PERSON = "0e9c0a07-f5b7-4cdc-b9cc-52c4bce2bdc6";
const PATIENT = "3E680951-6C9D-4019-83F0-FF4AB34363BE";

describe("parseAuditFilters", () => {
  it("reads every filter from the URL", () => {
    expect(parseAuditFilters({ person: PERSON, patient: PATIENT, action: "patient.viewed", from: "2026-11-01", to: "2026-11-30", sort: "person.asc", page: "3" })).toEqual({
      person: PERSON, patient: PATIENT.toLowerCase(), action: "patient.viewed", from: "2026-11-01", to: "2026-11-30", sort: { key: "person", dir: "asc" }, page: 3,
    });
  });

  it("treats blanks from the form as no filter, and defaults to newest first", () => {
    expect(parseAuditFilters({ person: "", patient: " ", action: "", from: "", to: "" })).toEqual(DEFAULT_AUDIT_FILTERS);
    expect(parseAuditFilters({})).toEqual({ person: null, patient: null, action: null, from: null, to: null, sort: { key: "at", dir: "desc" }, page: 1 });
  });

  it("drops malformed values one by one instead of failing", () => {
    const parsed = parseAuditFilters({ person: "1 or 1=1", patient: PATIENT, action: "DROP TABLE", from: "2026-02-30", to: "yesterday", sort: "ip.desc", page: "0" });
    expect(parsed).toEqual({ ...DEFAULT_AUDIT_FILTERS, patient: PATIENT.toLowerCase() });
  });

  it("takes the first of repeated parameters and swaps a range typed backwards", () => {
    expect(parseAuditFilters({ action: ["flag.reviewed", "patient.viewed"], from: "2026-11-30", to: "2026-11-01" })).toMatchObject({
      action: "flag.reviewed", from: "2026-11-01", to: "2026-11-30",
    });
  });

  it("reads the export's URLSearchParams the same way as the page's parameters", () => {
    const query = `action=flag.reviewed&action=patient.viewed&patient=${PATIENT}&sort=person.asc&page=2`;
    expect(parseAuditFilters(new URLSearchParams(query))).toEqual(parseAuditFilters({ action: ["flag.reviewed", "patient.viewed"], patient: PATIENT, sort: "person.asc", page: "2" }));
  });
});

describe("audit URLs", () => {
  it("leaves defaults out and keeps filters when paging; the export drops the page", () => {
    expect(auditLogHref(DEFAULT_AUDIT_FILTERS)).toBe("/admin/audit");
    const state = { ...DEFAULT_AUDIT_FILTERS, patient: PERSON, from: "2026-11-01", page: 2 };
    expect(auditLogHref(state)).toBe(`/admin/audit?patient=${PERSON}&from=2026-11-01&page=2`);
    expect(auditLogHref(state, { sort: { key: "action", dir: "asc" }, page: 1 })).toBe(`/admin/audit?patient=${PERSON}&from=2026-11-01&sort=action.asc`);
    expect(auditExportHref(state)).toBe(`/admin/audit/export.csv?patient=${PERSON}&from=2026-11-01`);
    expect(parseAuditFilters(Object.fromEntries(new URL(`http://x${auditLogHref(state)}`).searchParams))).toEqual(state);
  });

  it("has the filter form carry only a non-default order", () => {
    expect(auditFormHiddenFields({ ...DEFAULT_AUDIT_FILTERS, patient: PERSON, page: 3 })).toEqual([]);
    expect(auditFormHiddenFields({ ...DEFAULT_AUDIT_FILTERS, patient: PERSON, sort: { key: "action", dir: "asc" }, page: 3 })).toEqual([["sort", "action.asc"]]);
  });
});

describe("days in the clinic's zone", () => {
  it("finds the instant a day starts, across zones and clock changes", () => {
    expect(startOfDayInZone("2026-07-01", "Europe/London").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(startOfDayInZone("2026-01-15", "Europe/London").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfDayInZone("2026-11-01", "Pacific/Honolulu").toISOString()).toBe("2026-11-01T10:00:00.000Z");
    expect(startOfDayInZone("2026-11-01", "Pacific/Tongatapu").toISOString()).toBe("2026-10-31T11:00:00.000Z");
    // Clocks change later on these days: midnight still has the earlier offset.
    expect(startOfDayInZone("2026-03-29", "Europe/London").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(startOfDayInZone("2026-03-30", "Europe/London").toISOString()).toBe("2026-03-29T23:00:00.000Z");
    expect(startOfDayInZone("2026-11-01", "America/New_York").toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(startOfDayInZone("2026-11-02", "America/New_York").toISOString()).toBe("2026-11-02T05:00:00.000Z");
  });

  it("turns an inclusive range of days into [start, end)", () => {
    expect(auditDayRange({ from: "2026-11-03", to: "2026-11-03" }, "America/New_York")).toEqual({
      start: new Date("2026-11-03T05:00:00.000Z"), end: new Date("2026-11-04T05:00:00.000Z"),
    });
    expect(auditDayRange({ from: null, to: "2026-12-31" }, "UTC")).toEqual({ start: null, end: new Date("2027-01-01T00:00:00.000Z") });
    expect(auditDayRange({ from: null, to: null }, "UTC")).toEqual({ start: null, end: null });
  });
});
