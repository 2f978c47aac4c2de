import { describe, expect, it } from "vitest";
import { describeEvent, describeTimeline, timelineRows } from "./timeline-text";
import { sampleTimeline } from "./timeline-fixture";

describe("describeTimeline", () => {
  it("says each series and event kind in words", () => {
    const text = describeTimeline(sampleTimeline);
    expect(text).toContain("From 2 Mar 2026 to 15 Mar 2026.");
    expect(text).toContain("3 pain logs on a 0 to 10 scale.");
    expect(text).toContain("Pain during exercise: 5/10 on 2 Mar 2026, 2/10 on 14 Mar 2026; latest meaningfully below the baseline of 5.");
    expect(text).toContain("On 14 Mar 2026 the 14-day reference for exercise pain was 4/10.");
    expect(text).toContain("Running: 6.5 km over 2 runs; the most in one week was 6.5 km (week of 9 Mar 2026).");
    expect(text).toContain("Exercise adherence against the plan in force each week: 86% in the first week, 100% in the latest; 51 of 54 sessions overall.");
    expect(text).toContain("AKPS (0 to 100, higher is better): 62 on 2 Mar 2026, 78 on 14 Mar 2026; latest +16 on the baseline of 62, a meaningful improvement (10 points or more).");
    expect(text).toContain("Events: protocol versions v1 on 2 Mar 2026, v2 on 11 Mar 2026; 1 approved suggestion; 1 reviewed flag.");
  });

  it("calls a change under 10 AKPS points within the meaningful change, and says when a series is empty", () => {
    const text = describeTimeline({
      ...sampleTimeline, days: [], events: [], weeks: sampleTimeline.weeks.map((w) => ({ ...w, runs: 0, runKm: 0, adherence: { done: 0, prescribed: 0, ratio: null, versions: [] } })),
      akps: [{ date: "2026-03-02", score: 62, timepoint: "baseline" }, { date: "2026-03-14", score: 71, timepoint: null }],
    });
    expect(text).toContain("No pain logs in this period.");
    expect(text).toContain("No runs logged.");
    expect(text).toContain("No exercise sessions were prescribed in this period.");
    expect(text).toContain("latest +9 on the baseline of 62, within the 10-point meaningful change.");
    expect(text).toContain("No protocol changes, approved suggestions or reviewed flags in this period.");
  });
});

describe("timelineRows and describeEvent", () => {
  it("gives one row per date with a reading or event, events in order, oldest first", () => {
    const rows = timelineRows(sampleTimeline);
    expect(rows.map((r) => r.date)).toEqual(["2026-03-02", "2026-03-09", "2026-03-11", "2026-03-14"]);
    expect(rows[0]).toMatchObject({ akps: 62, events: ["Protocol v1 by Maya Okafor: started with 3 exercises"] });
    expect(rows[2]?.day).toBeNull();
    expect(rows[2]?.events).toEqual([
      "Protocol v2 by Maya Okafor: Clam shell 3 x 10 -> 3 x 12; walk-run programme started at stage 2",
      "Approved suggestion (Maya Okafor): Clam shell 3 x 10 -> 3 x 12, became v2",
    ]);
  });

  it("names a reviewed flag by its rule label, with who reviewed it when and the note", () => {
    expect(describeEvent(sampleTimeline.events[2] as (typeof sampleTimeline.events)[number])).toBe(
      "Reviewed flag, Pain up on recent level: Exercise pain 4/10, up on the recent 2/10. Reviewed 10 Mar 2026 by Maya Okafor: Moved house.",
    );
  });
});
