import { describe, expect, it } from "vitest";
import type { FlagRule } from "./flag-types";
import { adviceFor } from "./patient-advice";

const clinic = { name: "Riverside Physio", phone: "01234 567890" };
const noPhone = { name: "Riverside Physio", phone: null };
const flags = (...rules: FlagRule[]) => rules.map((rule) => ({ rule }));

const SETTLE = "If the pain has not settled by tomorrow morning, contact the clinic.";
const SEEN = "Your therapist will see this log.";
const URGENT_REST = [
  "What you reported needs to be checked by your clinic. Stop your exercises and running until you have spoken to them.",
  "If you feel very unwell or cannot reach the clinic, get urgent medical help.",
];

describe("adviceFor", () => {
  it("gives no advice when nothing was raised", () => {
    expect(adviceFor([], clinic)).toBeNull();
  });

  it("gives no advice for a flag the patient is not told about after saving (a lapse in logging)", () => {
    expect(adviceFor(flags("no-recent-log"), clinic)).toBeNull();
  });

  it("tells the patient to call the clinic on its number after a red flag", () => {
    expect(adviceFor(flags("red-flag"), clinic)).toEqual({
      tone: "urgent",
      lines: ["Please contact Riverside Physio today on 01234 567890.", ...URGENT_REST],
    });
  });

  it("leaves the number out when the clinic has none", () => {
    const advice = adviceFor(flags("red-flag"), noPhone);
    expect(advice).toEqual({ tone: "urgent", lines: ["Please contact Riverside Physio today.", ...URGENT_REST] });
    expect(advice?.lines.join(" ")).not.toContain("null");
  });

  it("lets a red flag override every other piece of advice", () => {
    const advice = adviceFor(flags("exercise-pain-high", "pain-rise", "red-flag", "single-run-spike"), clinic);
    expect(advice).toEqual({
      tone: "urgent",
      lines: ["Please contact Riverside Physio today on 01234 567890.", ...URGENT_REST],
    });
  });

  it.each<[FlagRule, string]>([
    ["exercise-pain-high", "Your pain during exercise was above 5 out of 10. Keep your next session lighter: fewer repetitions or less load."],
    ["run-pain-high", "Your pain while running was above 5 out of 10. Keep your next run shorter or easier, or walk instead."],
    ["pain-rise", "Your pain is higher than it has been over the last two weeks. Keep your next session lighter."],
    ["morning-not-settled", "Your knee had not settled back to its usual morning level. Keep today lighter than yesterday."],
    ["weekly-pain-rising", "Your pain this week is higher than last week. Do not add more exercise or running this week."],
    [
      "single-run-spike",
      "This run was a big step up from your longest run of the last 30 days. Keep your next runs close to your usual distance until your therapist has looked at it.",
    ],
  ])("advises caution for %s", (rule, line) => {
    expect(adviceFor(flags(rule), clinic)).toEqual({ tone: "caution", lines: [line, SETTLE, SEEN] });
  });

  it("says each caution once, in the order the flags came, then the closing lines once", () => {
    // A log can raise pain-rise for rest and exercise, and weekly-pain-rising for several series.
    const advice = adviceFor(flags("pain-rise", "exercise-pain-high", "pain-rise", "weekly-pain-rising", "weekly-pain-rising"), clinic);
    expect(advice).toEqual({
      tone: "caution",
      lines: [
        "Your pain is higher than it has been over the last two weeks. Keep your next session lighter.",
        "Your pain during exercise was above 5 out of 10. Keep your next session lighter: fewer repetitions or less load.",
        "Your pain this week is higher than last week. Do not add more exercise or running this week.",
        SETTLE,
        SEEN,
      ],
    });
  });

  it("does not mention the clinic's number in caution advice", () => {
    expect(adviceFor(flags("run-pain-high"), clinic)?.lines.join(" ")).not.toContain("01234 567890");
  });

  it("never words the advice as a diagnosis", () => {
    const all: FlagRule[] = ["red-flag", "exercise-pain-high", "run-pain-high", "pain-rise", "morning-not-settled", "weekly-pain-rising", "single-run-spike"];
    const text = [adviceFor(flags("red-flag"), clinic), adviceFor(flags(...all.slice(1)), clinic)].flatMap((a) => a?.lines ?? []).join(" ");
    expect(text).not.toMatch(/injury is|you have (a|an) |diagnos|tendinopathy|arthritis|inflam/i);
  });
});

describe("advice after a first run back", () => {
  it("speaks of a first run in 30 days, not of a step up from a longest run that does not exist", () => {
    const clinic = { name: "Riverside Physio", phone: null };
    const firstBack = adviceFor([{ rule: "single-run-spike", evidence: { readings: [], numbers: { band: "no-recent-run" } } }], clinic);
    expect(firstBack?.lines[0]).toBe("This was your first run logged in 30 days. Keep the next few runs short and easy until your therapist has looked at it.");
    const stepUp = adviceFor([{ rule: "single-run-spike", evidence: { readings: [], numbers: { band: "moderate" } } }], clinic);
    expect(stepUp?.lines[0]).toMatch(/^This run was a big step up from your longest run of the last 30 days\./);
  });
});
