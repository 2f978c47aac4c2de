import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WeeklyAdherenceList } from "./weekly-adherence-list";

const words = { intro: "Sessions done each week.", noPlanText: "No plan yet.", emptyText: "Nothing due yet." };
const weeks = [
  { weekStart: "2026-03-02", prescribed: 6, done: 3, ratio: 0.5 },
  { weekStart: "2026-03-09", prescribed: 0, done: 0, ratio: null },
  { weekStart: "2026-03-16", prescribed: 6, done: 6, ratio: 1 },
];

describe("WeeklyAdherenceList", () => {
  it("lists the newest week first, in words, with a bar only where sessions were due", () => {
    const html = renderToStaticMarkup(<WeeklyAdherenceList weeks={weeks} {...words} />);
    expect(html).toContain("Sessions done each week.");
    const at = (day: string) => html.indexOf(`Week of ${day}`);
    expect(at("16 Mar 2026")).toBeGreaterThan(-1);
    expect(at("16 Mar 2026")).toBeLessThan(at("9 Mar 2026"));
    expect(at("9 Mar 2026")).toBeLessThan(at("2 Mar 2026"));
    expect(html).toContain("6 of 6 sessions (100%)");
    expect(html).toContain("3 of 6 sessions (50%)");
    expect(html).toContain("No sessions due");
    expect(html.match(/aria-hidden="true"/g)).toHaveLength(2);
  });

  it("says why there is no list: no plan, or nothing due yet", () => {
    expect(renderToStaticMarkup(<WeeklyAdherenceList weeks={null} {...words} />)).toContain("No plan yet.");
    const empty = renderToStaticMarkup(<WeeklyAdherenceList weeks={[]} {...words} />);
    expect(empty).toContain("Nothing due yet.");
    expect(empty).not.toContain("<ul");
  });
});
