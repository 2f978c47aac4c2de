import { describe, expect, it } from "vitest";
import { proposeNextAkps } from "./akps-schedule";

const today = "2026-03-20";

describe("proposeNextAkps: the next AKPS timepoint and due date", () => {
  it("no baseline yet: the baseline, due today (the start of care)", () => {
    expect(proposeNextAkps([], today)).toMatchObject({ timepoint: "baseline", dueOn: today, late: false });
    // A score entered without a timepoint is not a baseline: still ask for one.
    expect(proposeNextAkps([{ timepoint: null, measuredOn: "2026-03-01" }], today)).toMatchObject({ timepoint: "baseline" });
  });

  it("baseline done: the follow-up at week 5 after the baseline (inside weeks 4-6)", () => {
    const proposal = proposeNextAkps([{ timepoint: "baseline", measuredOn: "2026-03-10" }], today);
    expect(proposal).toMatchObject({ timepoint: "follow-up", dueOn: "2026-04-14", late: false });
    expect(proposal?.reason).toBe("Follow-up at weeks 4-6: Stride proposes week 5 after the baseline.");
  });

  it("baseline done, week 5 already passed but still inside week 6: today, not a date in the past, and not late", () => {
    expect(proposeNextAkps([{ timepoint: "baseline", measuredOn: "2026-02-10" }], today)).toMatchObject({ timepoint: "follow-up", dueOn: today, late: false });
  });

  it("overdue: the weeks 4-6 window has passed (day 43), so the follow-up is proposed for today and marked late", () => {
    const day42 = proposeNextAkps([{ timepoint: "baseline", measuredOn: "2026-02-06" }], today);
    expect(day42).toMatchObject({ timepoint: "follow-up", dueOn: today, late: false });
    const day43 = proposeNextAkps([{ timepoint: "baseline", measuredOn: "2026-02-05" }], today);
    expect(day43).toMatchObject({ timepoint: "follow-up", dueOn: today, late: true });
    expect(day43?.reason).toBe("The weeks 4-6 follow-up window after the baseline has passed: ask now.");
  });

  it("follow-up done: discharge, 4 weeks after the follow-up (or today when that is later)", () => {
    const done = [
      { timepoint: "baseline" as const, measuredOn: "2026-02-01" },
      { timepoint: "follow-up" as const, measuredOn: "2026-03-08" },
    ];
    expect(proposeNextAkps(done, today)).toMatchObject({ timepoint: "discharge", dueOn: "2026-04-05", late: false });
    expect(proposeNextAkps(done, "2026-05-01")).toMatchObject({ timepoint: "discharge", dueOn: "2026-05-01" });
  });

  it("discharge done: nothing more to propose", () => {
    const done = [
      { timepoint: "baseline" as const, measuredOn: "2026-01-01" },
      { timepoint: "follow-up" as const, measuredOn: "2026-02-05" },
      { timepoint: "discharge" as const, measuredOn: "2026-03-05" },
    ];
    expect(proposeNextAkps(done, today)).toBeNull();
  });
});
