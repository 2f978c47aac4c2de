import { describe, expect, it } from "vitest";
import { EXERCISE_LIBRARY } from "@/lib/clinical/exercise-library";
import { formatDose, handoutPlanUrl, pdfFileName, printableText } from "./protocol-pdf-data";

describe("formatDose", () => {
  const dose = { sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 5, eachSide: true };
  it("describes sets and reps", () => {
    expect(formatDose(dose)).toBe("3 sets x 12 reps, each side, 5 days a week");
    expect(formatDose({ ...dose, sets: 1, reps: 1, eachSide: false, frequencyPerWeek: 1 })).toBe("1 set x 1 rep, once a week");
  });
  it("says each side only when both legs are prescribed", () => {
    expect(formatDose({ ...dose, side: "both" })).toBe("3 sets x 12 reps, each side, 5 days a week");
    expect(formatDose({ ...dose, side: "right" })).toBe("3 sets x 12 reps, 5 days a week");
    expect(formatDose({ ...dose, side: "left" })).toBe("3 sets x 12 reps, 5 days a week");
  });
  it("describes holds and calls seven days a week daily", () => {
    expect(formatDose({ ...dose, reps: null, holdSeconds: 30, eachSide: false, frequencyPerWeek: 7 }))
      .toBe("3 x 30-second holds, daily");
    expect(formatDose({ ...dose, sets: 1, reps: null, holdSeconds: 120, eachSide: false, frequencyPerWeek: 14 }))
      .toBe("1 x 2-minute hold, twice daily");
  });
  it("handles reps with a hold, bare sets and more than seven sessions", () => {
    expect(formatDose({ ...dose, reps: 10, holdSeconds: 5, frequencyPerWeek: 3 }))
      .toBe("3 sets x 10 reps, holding each for 5 seconds, each side, 3 days a week");
    expect(formatDose({ ...dose, reps: null, eachSide: false, frequencyPerWeek: 10 })).toBe("3 sets, 10 times a week");
  });
  it("says minutes of rolling or massage, not holds, for timed work with a roller or a massage gun", () => {
    const roll = { sets: 1, reps: null, holdSeconds: 90, frequencyPerWeek: 7, eachSide: true, equipment: "Foam roller" };
    expect(formatDose(roll)).toBe("90 seconds of rolling, each side, daily");
    expect(formatDose({ ...roll, holdSeconds: 120 })).toBe("2 minutes of rolling, each side, daily");
    expect(formatDose({ ...roll, sets: 2, holdSeconds: 60, side: "left" })).toBe("2 x 1 minute of rolling, daily");
    expect(formatDose({ ...roll, holdSeconds: 60, equipment: "Massage gun" })).toBe("1 minute of massage, each side, daily");
    // A clinic's own exercise that names the roller reads the same way.
    expect(formatDose({ ...roll, equipment: "A foam roller and a mat" })).toBe("90 seconds of rolling, each side, daily");
    // Holding still is still a hold.
    expect(formatDose({ ...roll, sets: 3, holdSeconds: 30, equipment: "A wall" })).toBe("3 x 30-second holds, each side, daily");
    expect(formatDose({ ...roll, sets: 3, holdSeconds: 30 })).not.toContain("hold");
  });
  it("reads the library's own rolling doses as rolling (their dose notes say the time is rolling)", () => {
    for (const ex of EXERCISE_LIBRARY.filter((e) => e.doseNote?.includes("minutes of rolling"))) {
      expect(formatDose(ex), ex.key).toMatch(/ of rolling, /);
    }
    expect(EXERCISE_LIBRARY.filter((e) => e.doseNote?.includes("minutes of rolling")).length).toBeGreaterThanOrEqual(2);
  });
});

describe("pdfFileName", () => {
  it("slugs names to ASCII", () => {
    expect(pdfFileName("Zoë O'Neill-Smith", 3)).toBe("stride-protocol-zoe-oneill-smith-v3.pdf");
    expect(pdfFileName("Jürgen Strauß", 1)).toBe("stride-protocol-jurgen-strauss-v1.pdf");
  });
  it("never produces an empty slug", () => {
    expect(pdfFileName("", 2)).toBe("stride-protocol-patient-v2.pdf");
    expect(pdfFileName("  ---  ", 2)).toBe("stride-protocol-patient-v2.pdf");
    expect(pdfFileName("李小龍", 2)).toBe("stride-protocol-patient-v2.pdf");
  });
  it("strips path and header characters", () => {
    const name = pdfFileName('../../etc/passwd\\x"; rm', 4);
    expect(name).toBe("stride-protocol-etc-passwd-x-rm-v4.pdf");
    expect(name).toMatch(/^[a-z0-9.-]+$/);
  });
  it("keeps the version a positive integer", () => {
    expect(pdfFileName("Ann Lee", Number.NaN)).toBe("stride-protocol-ann-lee-v1.pdf");
    expect(pdfFileName("Ann Lee", 2.7)).toBe("stride-protocol-ann-lee-v2.pdf");
  });
});

describe("printableText", () => {
  it("keeps every script and symbol, composes accents and drops pictographs", () => {
    expect(printableText("Zoë – “ok” ≥ 2 × 3 ł 李小龍 Ελένη Пётр تمرين 😀👍🏽")).toBe("Zoë – “ok” ≥ 2 × 3 ł 李小龍 Ελένη Пётр تمرين ");
    expect(printableText("Zoe\u0308")).toBe("Zoë");
    expect(printableText("a\tb\r\nc")).toBe("a b \nc");
  });
});

describe("handoutPlanUrl", () => {
  it("opens the plan through sign-in, a same-origin callback the login page follows", () => {
    expect(handoutPlanUrl("https://clinic.example")).toBe("https://clinic.example/login?callbackUrl=/my/plan");
    expect(new URL(handoutPlanUrl("https://clinic.example")).searchParams.get("callbackUrl")).toBe("/my/plan");
  });
});
