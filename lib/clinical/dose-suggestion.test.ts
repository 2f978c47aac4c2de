import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { computeBaseline } from "./baseline";
import { adherenceMet, doseLogsFrom, prescribedSessions, suggestDose, type CurrentPrescription, type DoseSuggestionInput } from "./dose-suggestion";
import type { ClinicalLog } from "./pain-log-types";

/** One day's log: exercise pain, morning pain, rest pain; "none" leaves the day without a log. */
type Day = { ex?: number | null; morning?: number | null; rest?: number } | "none";

const today = "2025-03-14";
const since = "2025-03-01"; // 13 days on the dose: the window is the full 14 days, 03-01 .. 03-14

function dates(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** A log every day from `from` to `to` with morning pain `usual`; session days get exercise pain 1. */
function buildLogs(sessions: readonly string[], days: Record<string, Day> = {}, { from = "2025-02-10", to = today, usual = 1 } = {}): ClinicalLog[] {
  return dates(from, to).flatMap((logDate) => {
    const day = days[logDate] ?? {};
    if (day === "none") return [];
    const ex = day.ex !== undefined ? day.ex : sessions.includes(logDate) ? 1 : null;
    return [{ logDate, painAtRest: day.rest ?? 1, painDuringExercise: ex, painNextMorning: day.morning !== undefined ? day.morning : usual }];
  });
}

const clam = (more: Partial<CurrentPrescription> = {}): CurrentPrescription => ({
  sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, load: null, since, ...more,
});

// 8 of the 10 sessions prescribed at 5x a week over 14 days.
const eight = ["2025-03-01", "2025-03-03", "2025-03-04", "2025-03-06", "2025-03-08", "2025-03-10", "2025-03-11", "2025-03-13"];

function run(sessions: readonly string[], days: Record<string, Day> = {}, more: Partial<DoseSuggestionInput> = {}) {
  return suggestDose({ exerciseKey: "clamshell", current: clam(), sessions, logs: buildLogs(sessions, days), today, ...more });
}
const gates = (s: ReturnType<typeof suggestDose>) => s.holdReasons.map((h) => h.gate);

describe("counting prescribed sessions", () => {
  it("is 2 x frequency over 14 days, one a day at most, prorated and rounded for a shorter window", () => {
    expect(prescribedSessions(5, 14)).toBe(10);
    expect(prescribedSessions(3, 14)).toBe(6);
    expect(prescribedSessions(14, 14)).toBe(14);
    expect(prescribedSessions(3, 10)).toBe(4); // 4.29
    expect(prescribedSessions(5, 8)).toBe(6); // 5.71
    expect(prescribedSessions(7, 0)).toBe(0);
  });

  it("needs 80% exactly: 79 of 100 is not enough, 80 is", () => {
    expect(adherenceMet(79, 100)).toBe(false);
    expect(adherenceMet(80, 100)).toBe(true);
    expect(adherenceMet(0, 0)).toBe(false);
  });

  it("reads logs from 26 days back: the window plus the 14 days before its first morning", () => {
    expect(doseLogsFrom(today)).toBe("2025-02-16");
    const all = run(eight);
    const trimmed = run(eight, {}, { logs: buildLogs(eight).filter((l) => l.logDate >= doseLogsFrom(today)) });
    expect(trimmed).toEqual(all);
  });
});

describe("progress", () => {
  it("suggests +2 reps after 8 of 10 sessions, calm exercise and settled mornings", () => {
    const s = run(eight);
    expect(s).toMatchObject({ outcome: "progress", holdReasons: [], triggers: [], change: { step: "more-reps", to: { reps: 14 } } });
    expect(s.evidence.adherence).toMatchObject({ prescribed: 10, done: 8, percent: 80 });
    expect(s.evidence.window).toEqual({ from: since, to: today, days: 14 });
    expect(s.evidence.mornings).toHaveLength(8);
    expect(s.evidence.mornings[0]).toEqual({ sessionDate: "2025-03-01", morningDate: "2025-03-02", value: 1, usual: 1, settled: true });
    expect(s.reason).toContain("8 of 10 prescribed sessions done (80%)");
    expect(s.reason).toContain("Clam shell 3 x 12 -> 3 x 14");
    expect(s.evidenceKey).toBe("clamshell@2025-03-01:progress");
  });

  it("holds at 7 of 10 (70%), naming the adherence", () => {
    const s = run(eight.slice(1));
    expect(s.outcome).toBe("hold");
    expect(gates(s)).toEqual(["adherence"]);
    expect(s.reason).toContain("adherence 70% of 10 prescribed sessions (7 done, 2025-03-01 to 2025-03-14): progress needs 80%");
  });

  it("daily at 11 of 14 (78.6%) holds; 12 of 14 progresses", () => {
    const daily = clam({ frequencyPerWeek: 7 });
    const twelve = dates(since, today).filter((d) => d !== "2025-03-05" && d !== "2025-03-09");
    expect(run(twelve, {}, { current: daily }).outcome).toBe("progress");
    const eleven = run(twelve.slice(1), {}, { current: daily });
    expect(gates(eleven)).toEqual(["adherence"]);
    expect(eleven.evidence.adherence.percent).toBe(78);
  });

  it("needs 7 days on the dose: 6 holds, 7 progresses (the window starts at the dose)", () => {
    const seven = run(["2025-03-07", "2025-03-08", "2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13"], {}, { current: clam({ since: "2025-03-07" }) });
    expect(seven.outcome).toBe("progress");
    expect(seven.evidence).toMatchObject({ daysOnDose: 7, window: { from: "2025-03-07", days: 8 }, adherence: { prescribed: 6, done: 6 } });
    const six = run(["2025-03-08", "2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13"], {}, { current: clam({ since: "2025-03-08" }) });
    expect(gates(six)).toEqual(["days-on-dose"]);
    expect(six.reason).toContain("6 days on this dose (since 2025-03-08): progress needs 7");
  });

  it("progresses at exactly 2/10 exercise pain, holds (does not regress) at 3/10", () => {
    expect(run(eight, { "2025-03-06": { ex: 2 } }).outcome).toBe("progress");
    const three = run(eight, { "2025-03-06": { ex: 3 } });
    expect(three.outcome).toBe("hold");
    expect(gates(three)).toEqual(["exercise-pain"]);
    expect(three.reason).toContain("exercise pain 3/10 on 2025-03-06: progress needs 2/10 or less");
  });

  it("a painful run with calm exercises still progresses: running pain is not an input", () => {
    // The run on 03-09 hurt: the patient's pain at rest that day was 6. Exercise pain stayed at 1.
    const s = run(eight, { "2025-03-09": { rest: 6 } });
    expect(s.outcome).toBe("progress");
    // @ts-expect-error runs are not an input of the exercise rule
    suggestDose({ exerciseKey: "clamshell", current: clam(), sessions: eight, logs: [], today, runs: [] });
  });

  it("does not count pain on a day the exercise was not done", () => {
    expect(run(eight, { "2025-03-05": { ex: 4 } }).outcome).toBe("progress");
  });

  it("holds with every failing gate when logging has a gap", () => {
    const gap = Object.fromEntries(dates("2025-03-04", today).map((d) => [d, "none" as const]));
    const s = run(eight, gap);
    expect(s.outcome).toBe("hold");
    expect(gates(s)).toEqual(["exercise-pain-readings", "morning-readings"]);
    expect(s.evidence.adherence.done).toBe(8);
    expect(s.evidence.exercisePain.map((r) => r.date)).toEqual(["2025-03-01", "2025-03-03"]);
    expect(s.reason).toContain("exercise pain recorded on 2 sessions of this exercise: progress needs 3");
  });

  it("holds when one morning after a session has not settled", () => {
    const s = run(eight, { "2025-03-09": { morning: 2 } });
    expect(s.outcome).toBe("hold");
    expect(gates(s)).toEqual(["morning"]);
    expect(s.reason).toContain("morning pain not back to usual on 2025-03-09 (2/10, usual 1/10)");
  });

  it("at the top of the rep range switches to the next load, then the next rung", () => {
    expect(run(eight, {}, { current: clam({ reps: 15 }) }).change).toMatchObject({ step: "next-load", to: { reps: 10, load: "light band" } });
    expect(run(eight, {}, { current: clam({ reps: 15, load: "Red band" }) }).change).toMatchObject({ step: "harder-rung", toExerciseKey: "side-lying-leg-raise" });
  });

  it("holds at the top rung with the top load, saying the therapist chooses", () => {
    // The squat ladder ends at the lateral step-down (banded squat -> split squat -> step-up -> forward -> lateral step-down).
    const current = clam({ reps: 12, frequencyPerWeek: 5, load: "10 kg dumbbell in each hand" });
    const s = run(eight, {}, { exerciseKey: "lateral-step-down", current });
    expect(s.outcome).toBe("hold");
    expect(gates(s)).toEqual(["top-of-progression"]);
  });
});

describe("regress", () => {
  it("holds at exactly 5/10 exercise pain and regresses at 6, with no time or adherence gate", () => {
    expect(run(eight, { "2025-03-06": { ex: 5 } }).outcome).toBe("hold");
    const s = run(["2025-03-13"], { "2025-03-13": { ex: 6 } }, { current: clam({ reps: 14, since: "2025-03-12" }) });
    expect(s).toMatchObject({ outcome: "regress", triggers: ["exercise-pain-high"], change: { step: "fewer-reps", to: { reps: 12 } } });
    expect(s.reason).toContain("6/10 on 2025-03-13");
  });

  it("keeps a bad day inside the window: calm days after it do not undo it", () => {
    const s = run(eight, { "2025-03-04": { ex: 7 } });
    expect(s.outcome).toBe("regress");
    expect(s.evidenceKey).toBe("clamshell@2025-03-01:regress:2025-03-04");
    // Once the therapist has stepped back (new dose from 03-05), that day is before the dose.
    const after = run(eight.filter((d) => d >= "2025-03-05"), { "2025-03-04": { ex: 7 } }, { current: clam({ since: "2025-03-05" }) });
    expect(after.outcome).not.toBe("regress");
  });

  it("catches a relapse after improvement against the rolling reference, not the episode baseline", () => {
    const start = { "2025-02-10": { morning: 4 }, "2025-02-11": { morning: 4 }, "2025-02-12": { morning: 4 } };
    const relapse = { ...start, "2025-03-09": { morning: 3 }, "2025-03-12": { morning: 3 } };
    expect(computeBaseline(buildLogs(eight, relapse))?.painNextMorning?.value).toBe(4); // 3 is below baseline
    const s = run(eight, relapse);
    expect(s).toMatchObject({ outcome: "regress", triggers: ["mornings-not-settled"] });
    expect(s.evidence.mornings.filter((m) => !m.settled).map((m) => m.morningDate)).toEqual(["2025-03-09", "2025-03-12"]);
    expect(s.reason).toContain("3/10 on 2025-03-09, usual 1/10");
  });

  it("mornings at the edge: one unsettled morning after a session holds, a second steps back", () => {
    // Usual morning 1/10; 2/10 is 1 point above it, which is "not settled".
    const one = run(eight, { "2025-03-04": { morning: 2 } });
    expect(one.outcome).toBe("hold");
    expect(gates(one)).toEqual(["morning"]);
    const two = run(eight, { "2025-03-04": { morning: 2 }, "2025-03-11": { morning: 2 } });
    expect(two).toMatchObject({ outcome: "regress", triggers: ["mornings-not-settled"], change: { step: "fewer-reps", to: { reps: 10 } } });
  });

  it("on the easiest rung names fewer reps; on a higher rung the easier rung", () => {
    const bad = { "2025-03-06": { ex: 6 } };
    expect(run(eight, bad, { current: clam({ reps: 10 }) }).change).toMatchObject({ step: "fewer-reps", to: { reps: 8 } });
    expect(run(eight, bad, { exerciseKey: "split-squat", current: clam({ reps: 10 }) }).change).toMatchObject({ step: "easier-rung", toExerciseKey: "banded-squat" });
  });
});

describe("dates and edges", () => {
  it("works across a month boundary: the session on 28 Feb is judged by the morning of 1 Mar", () => {
    const march5 = "2025-03-05";
    const sessions = ["2025-02-20", "2025-02-22", "2025-02-24", "2025-02-25", "2025-02-26", "2025-02-27", "2025-02-28", "2025-03-02", "2025-03-04"];
    const input = (days: Record<string, Day>) => suggestDose({
      exerciseKey: "clamshell", current: clam({ since: "2025-02-20" }), sessions, today: march5,
      logs: buildLogs(sessions, days, { from: "2025-02-01", to: march5 }),
    });
    const calm = input({});
    expect(calm.outcome).toBe("progress");
    expect(calm.evidence).toMatchObject({ window: { from: "2025-02-20", days: 14 }, daysOnDose: 13, adherence: { prescribed: 10, done: 9 } });
    const bad = input({ "2025-03-01": { morning: 3 }, "2025-03-03": { morning: 3 } });
    expect(bad.outcome).toBe("regress");
    expect(bad.evidence.mornings.find((m) => m.morningDate === "2025-03-01")?.sessionDate).toBe("2025-02-28");
  });

  it("counts 29 February in a leap year", () => {
    const s = suggestDose({ exerciseKey: "clamshell", current: clam({ since: "2024-01-01" }), sessions: [], logs: [], today: "2024-03-05" });
    expect(s.evidence.window).toEqual({ from: "2024-02-21", to: "2024-03-05", days: 14 });
  });

  it("ignores sessions before the dose or after today, and counts a day once", () => {
    const s = run([...eight, "2025-03-13", "2025-02-27", "2025-03-15"]);
    expect(s.evidence.adherence.sessionDates).toEqual(eight);
  });

  it("does not suggest changes for flexibility work, unknown exercises or a dose without reps", () => {
    expect(gates(run(eight, {}, { exerciseKey: "quad-stretch" }))).toEqual(["not-progressed-by-rule"]);
    expect(gates(run(eight, { "2025-03-06": { ex: 8 } }, { exerciseKey: "quad-stretch" }))).toEqual(["not-progressed-by-rule"]);
    expect(gates(run(eight, {}, { exerciseKey: "clinic-own" }))).toEqual(["unknown-exercise"]);
    expect(gates(run(eight, {}, { current: clam({ reps: null, holdSeconds: 30 }) }))).toEqual(["dose-mismatch"]);
  });

  it("stores as JSON without loss", () => {
    for (const s of [run(eight), run(eight.slice(2)), run(eight, { "2025-03-06": { ex: 9 } })]) {
      expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    }
  });
});
