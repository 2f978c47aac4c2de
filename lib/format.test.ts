import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatDateTime, formatTotal } from "./format";

// 23:30 UTC on 14 March: still the 14th in London, already the 15th in Auckland, the 14th in Honolulu.
const LATE = new Date("2026-03-14T23:30:00Z");

describe("formatDate", () => {
  it("shows a YYYY-MM-DD calendar date as that day, whatever zone is asked for", () => {
    expect(formatDate("2026-03-12")).toBe("12 Mar 2026");
    expect(formatDate("2026-03-12", { timeZone: "Pacific/Kiritimati" })).toBe("12 Mar 2026");
    expect(formatDate("2026-03-12", { timeZone: "Pacific/Pago_Pago" })).toBe("12 Mar 2026");
  });

  it("shows an instant on the day it fell in the clinic's zone", () => {
    expect(formatDate(LATE, { timeZone: "Europe/London" })).toBe("14 Mar 2026");
    expect(formatDate(LATE, { timeZone: "Pacific/Auckland" })).toBe("15 Mar 2026");
    expect(formatDate(LATE, { timeZone: "Pacific/Honolulu" })).toBe("14 Mar 2026");
  });

  it("reads an ISO timestamp string as an instant, not as an invalid calendar date", () => {
    // A Date passed to a client component arrives as this string; it used to print "Invalid Date".
    expect(formatDate(LATE.toISOString(), { timeZone: "Pacific/Auckland" })).toBe("15 Mar 2026");
    expect(formatDate(LATE.toISOString())).not.toMatch(/Invalid/);
  });
});

describe("formatDateTime", () => {
  it("shows the time in the clinic's zone, from a Date or its ISO string", () => {
    expect(formatDateTime(LATE, "Europe/London")).toBe("14 Mar 2026, 23:30");
    expect(formatDateTime(LATE.toISOString(), "Pacific/Auckland")).toBe("15 Mar 2026, 12:30");
    expect(formatDateTime(LATE, "UTC")).toBe("14 Mar 2026, 23:30");
  });
});

describe("kept formatters", () => {
  it("never answers one zone's day for another once a formatter is kept", () => {
    const zones = ["Pacific/Auckland", "Pacific/Honolulu", "Pacific/Auckland", "Pacific/Honolulu"];
    expect(zones.map((timeZone) => formatDate(LATE, { timeZone }))).toEqual(["15 Mar 2026", "14 Mar 2026", "15 Mar 2026", "14 Mar 2026"]);
    expect([formatDateTime(LATE, "Pacific/Auckland"), formatDateTime(LATE, "UTC")]).toEqual(["15 Mar 2026, 12:30", "14 Mar 2026, 23:30"]);
  });

  it("writes counts with thousands separators, and a capped count with a plus", () => {
    expect(formatCount(74212)).toBe("74,212");
    expect(formatTotal({ total: 1000, capped: true })).toBe("1,000+");
    expect(formatTotal({ total: 37, capped: false })).toBe("37");
  });
});
