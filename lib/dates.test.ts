import { afterEach, describe, expect, it } from "vitest";
import { addDays, daysBetween, isValidTimeZone, isoDate, todayInZone, weekStart } from "./dates";

/** The UTC offset a zone has at an instant, as Intl names it ("GMT-10", "GMT+13"). */
const offsetAt = (timeZone: string, instant: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "shortOffset" }).formatToParts(instant).find((p) => p.type === "timeZoneName")?.value;

/** The instant of a local wall-clock time in a zone `offsetHours` from UTC. */
const localInstant = (y: number, m: number, d: number, h: number, min: number, offsetHours: number) =>
  new Date(Date.UTC(y, m - 1, d, h - offsetHours, min));

describe("todayInZone", () => {
  // Test day: Friday 14 March 2025, local time.
  const honolulu = "Pacific/Honolulu";
  const utcPlus13 = "Pacific/Tongatapu";

  it("knows Honolulu as UTC-10 and Tonga (and Samoa) as UTC+13 on the test date", () => {
    expect(offsetAt(honolulu, new Date(Date.UTC(2025, 2, 14, 12)))).toBe("GMT-10");
    expect(offsetAt(utcPlus13, new Date(Date.UTC(2025, 2, 14, 12)))).toBe("GMT+13");
    expect(offsetAt("Pacific/Apia", new Date(Date.UTC(2025, 2, 14, 12)))).toBe("GMT+13");
  });

  it("puts a 23:30 log in Honolulu on the local day, though it is already the next day in UTC", () => {
    const instant = localInstant(2025, 3, 14, 23, 30, -10);
    expect(instant.toISOString()).toBe("2025-03-15T09:30:00.000Z");
    expect(todayInZone(honolulu, instant)).toBe("2025-03-14");
  });

  it("puts a 00:30 log in Honolulu on the new local day", () => {
    const instant = localInstant(2025, 3, 15, 0, 30, -10);
    expect(instant.toISOString()).toBe("2025-03-15T10:30:00.000Z");
    expect(todayInZone(honolulu, instant)).toBe("2025-03-15");
  });

  it("puts a 23:30 log in a UTC+13 clinic on the local day", () => {
    const instant = localInstant(2025, 3, 14, 23, 30, 13);
    expect(instant.toISOString()).toBe("2025-03-14T10:30:00.000Z");
    expect(todayInZone(utcPlus13, instant)).toBe("2025-03-14");
  });

  it("puts a 00:30 log in a UTC+13 clinic on the new local day, though UTC is still on the day before", () => {
    const instant = localInstant(2025, 3, 15, 0, 30, 13);
    expect(instant.toISOString()).toBe("2025-03-14T11:30:00.000Z");
    expect(todayInZone(utcPlus13, instant)).toBe("2025-03-15");
  });

  it("gives the two clinics different days for the same instant", () => {
    const instant = new Date(Date.UTC(2025, 2, 14, 11, 0)); // 01:00 on the 14th in Honolulu, 00:00 on the 15th in Tonga
    expect(todayInZone(honolulu, instant)).toBe("2025-03-14");
    expect(todayInZone(utcPlus13, instant)).toBe("2025-03-15");
    expect(todayInZone("UTC", instant)).toBe("2025-03-14");
  });

  it("changes day exactly at local midnight", () => {
    expect(todayInZone("Pacific/Tongatapu", new Date(Date.UTC(2025, 2, 14, 10, 59, 59)))).toBe("2025-03-14");
    expect(todayInZone("Pacific/Tongatapu", new Date(Date.UTC(2025, 2, 14, 11, 0, 0)))).toBe("2025-03-15");
    expect(todayInZone(honolulu, new Date(Date.UTC(2025, 2, 15, 9, 59, 59)))).toBe("2025-03-14");
    expect(todayInZone(honolulu, new Date(Date.UTC(2025, 2, 15, 10, 0, 0)))).toBe("2025-03-15");
  });

  it("returns a YYYY-MM-DD date on the year boundary", () => {
    expect(todayInZone("Pacific/Tongatapu", new Date(Date.UTC(2024, 11, 31, 11, 30)))).toBe("2025-01-01");
    expect(todayInZone(honolulu, new Date(Date.UTC(2025, 0, 1, 9, 30)))).toBe("2024-12-31");
  });
});

describe("weekStart: weeks run Monday to Sunday", () => {
  it.each([
    ["2025-03-10", "Monday"],
    ["2025-03-11", "Tuesday"],
    ["2025-03-12", "Wednesday"],
    ["2025-03-13", "Thursday"],
    ["2025-03-14", "Friday"],
    ["2025-03-15", "Saturday"],
    ["2025-03-16", "Sunday"],
  ])("puts %s (%s) in the week of Monday 10 March", (date) => {
    expect(weekStart(date)).toBe("2025-03-10");
  });

  it("starts a new week on the next Monday", () => {
    expect(weekStart("2025-03-17")).toBe("2025-03-17");
    expect(weekStart("2025-03-09")).toBe("2025-03-03");
  });

  it("reaches back across a month, a year and a leap day", () => {
    expect(weekStart("2025-01-01")).toBe("2024-12-30");
    expect(weekStart("2024-03-03")).toBe("2024-02-26");
    expect(weekStart("2024-03-01")).toBe("2024-02-26");
    expect(weekStart("2025-06-01")).toBe("2025-05-26");
  });
});

describe("addDays and daysBetween", () => {
  it("adds and subtracts calendar days across month, year and leap-day boundaries", () => {
    expect(addDays("2025-03-10", 1)).toBe("2025-03-11");
    expect(addDays("2025-03-31", 1)).toBe("2025-04-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-03-15", -14)).toBe("2025-03-01");
    expect(addDays("2025-04-01", -31)).toBe("2025-03-01");
    expect(addDays("2025-03-10", 0)).toBe("2025-03-10");
  });

  it("counts whole days either way", () => {
    expect(daysBetween("2025-03-01", "2025-03-08")).toBe(7);
    expect(daysBetween("2025-03-08", "2025-03-01")).toBe(-7);
    expect(daysBetween("2025-03-01", "2025-04-01")).toBe(31);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2024-12-31", "2025-01-01")).toBe(1);
    expect(daysBetween("2025-03-01", "2025-03-01")).toBe(0);
  });

  describe("whatever zone the server runs in", () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    // Zones with daylight saving at midnight (Santiago, Havana), a skipped calendar day (Apia
    // went from 29 to 31 Dec 2011) and ordinary DST (New York, London).
    it.each(["UTC", "America/New_York", "Europe/London", "America/Santiago", "America/Havana", "Pacific/Apia", "Pacific/Kiritimati"])(
      "keeps calendar arithmetic exact with the server in %s",
      (zone) => {
        process.env.TZ = zone;
        expect(addDays("2025-03-08", 1)).toBe("2025-03-09");
        expect(addDays("2025-03-09", 1)).toBe("2025-03-10");
        expect(addDays("2025-03-29", 2)).toBe("2025-03-31");
        expect(addDays("2024-09-07", 1)).toBe("2024-09-08"); // Chile's clocks jump at midnight on 8 Sep 2024
        expect(addDays("2024-09-08", 1)).toBe("2024-09-09");
        expect(addDays("2025-04-06", -1)).toBe("2025-04-05");
        expect(addDays("2011-12-29", 1)).toBe("2011-12-30");
        expect(addDays("2011-12-31", -1)).toBe("2011-12-30");
        expect(addDays("1994-12-30", 1)).toBe("1994-12-31");
        expect(daysBetween("2025-03-01", "2025-03-31")).toBe(30);
        expect(daysBetween("2025-03-05", "2025-03-12")).toBe(7);
        expect(weekStart("2025-03-16")).toBe("2025-03-10");
        expect(weekStart("2024-09-08")).toBe("2024-09-02");
      },
    );

    it("formats a Date as the server's local calendar day (isoDate)", () => {
      process.env.TZ = "Pacific/Honolulu";
      expect(isoDate(new Date(Date.UTC(2025, 2, 15, 9, 30)))).toBe("2025-03-14");
      process.env.TZ = "Pacific/Tongatapu";
      expect(isoDate(new Date(Date.UTC(2025, 2, 14, 11, 30)))).toBe("2025-03-15");
    });
  });
});

describe("isValidTimeZone", () => {
  it("accepts zones the runtime knows", () => {
    expect(isValidTimeZone("Pacific/Honolulu")).toBe(true);
    expect(isValidTimeZone("Pacific/Tongatapu")).toBe(true);
    expect(isValidTimeZone("Europe/London")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
  });

  it("rejects made-up and empty names", () => {
    expect(isValidTimeZone("Mars/Base")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone("Europe/Londres")).toBe(false);
  });
});
