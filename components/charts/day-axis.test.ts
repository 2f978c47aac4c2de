import { describe, expect, it } from "vitest";
import { dayAxis, dayLabel, toDay } from "./day-axis";

describe("day axis", () => {
  it("counts whole days and labels them as day and month", () => {
    expect(toDay("1970-01-02")).toBe(1);
    expect(toDay("2026-03-02") - toDay("2026-02-23")).toBe(7);
    expect(dayLabel(toDay("2026-03-12"))).toBe("12 Mar");
  });

  it("ticks weekly from the first day, fortnightly past nine weeks", () => {
    const eightWeeks = dayAxis("2026-01-05", "2026-03-01");
    expect(eightWeeks.domain).toEqual([toDay("2026-01-05"), toDay("2026-03-01")]);
    expect(eightWeeks.ticks.map(dayLabel)).toEqual(["5 Jan", "12 Jan", "19 Jan", "26 Jan", "2 Feb", "9 Feb", "16 Feb", "23 Feb"]);
    expect(dayAxis("2026-01-05", "2026-04-05").ticks.map(dayLabel)).toEqual(["5 Jan", "19 Jan", "2 Feb", "16 Feb", "2 Mar", "16 Mar", "30 Mar"]);
  });

  it("widens a one-day period so the axis has width and the day sits in the middle", () => {
    const day = toDay("2026-03-12");
    expect(dayAxis("2026-03-12", "2026-03-12")).toEqual({ domain: [day - 1, day + 1], ticks: [day] });
  });
});
