import { describe, expect, it } from "vitest";
import { suggestStageStep, type StageRun, type StageStepInput } from "./return-to-run";
import {
  MAX_STAGE_GROWTH, WALK_RUN_STAGES, checkEntryCriteria, runningSeconds, stageSessionText, stageTitle, totalSeconds, walkRunStage,
} from "./return-to-run-stages";

const run = (runDate: string, painDuring: number | null, painNextMorning: number | null): StageRun => ({ runDate, painDuring, painNextMorning });
const today = "2025-03-14";
const step = (runs: StageRun[], more: Partial<StageStepInput> = {}) =>
  suggestStageStep({ stage: 4, stageStartedOn: "2025-03-08", runs, today, usualMorning: 1, ...more });

describe("walk-run stages", () => {
  it("are numbered 1..n and each runs at most 10% longer in total than the one before", () => {
    WALK_RUN_STAGES.forEach((stage, i) => {
      expect(stage.stage).toBe(i + 1);
      const previous = WALK_RUN_STAGES[i - 1];
      if (!previous) return;
      expect(runningSeconds(stage), `stage ${stage.stage}`).toBeGreaterThan(runningSeconds(previous));
      // Whole-number comparison: running x 100 <= previous x 110.
      expect(runningSeconds(stage) * 100, `stage ${stage.stage}`).toBeLessThanOrEqual(runningSeconds(previous) * (100 + MAX_STAGE_GROWTH * 100));
    });
  });

  it("keeps every session at about 30 minutes and ends with 30 minutes of continuous running", () => {
    for (const stage of WALK_RUN_STAGES) {
      expect(totalSeconds(stage)).toBeGreaterThanOrEqual(29 * 60);
      expect(totalSeconds(stage)).toBeLessThanOrEqual(31 * 60);
    }
    expect(WALK_RUN_STAGES.at(-1)).toMatchObject({ repeats: 1, runSeconds: 1800, walkSeconds: 0 });
  });

  it("words today's session for the patient", () => {
    const first = walkRunStage(1);
    const second = walkRunStage(2);
    const last = walkRunStage(WALK_RUN_STAGES.length);
    if (!first || !second || !last) throw new Error("stages missing");
    expect(stageSessionText(first)).toBe("Run 1 min, then walk 2 min. Do this 10 times: 30 min in all, 10 min of it running.");
    expect(stageSessionText(second)).toBe("Run 1 min, then walk 1 min 45 s. Do this 11 times: 30 min 15 s in all, 11 min of it running.");
    expect(stageSessionText(last)).toBe("Run 30 min without a walking break.");
    expect(stageTitle(second)).toBe(`Stage 2 of ${WALK_RUN_STAGES.length}`);
  });
});

describe("entry criteria", () => {
  const allMet = {
    "daily-pain": { amount: null, pain: 2 },
    "brisk-walk": { amount: 30, pain: 0 },
    "single-leg-squats": { amount: 10, pain: 2 },
    "single-leg-hops": { amount: 15, pain: 1 },
  };
  it("is ready only when every criterion is met, at its edges", () => {
    expect(checkEntryCriteria(allMet).ready).toBe(true);
    expect(checkEntryCriteria({ ...allMet, "daily-pain": { amount: null, pain: 3 } }).ready).toBe(false);
    expect(checkEntryCriteria({ ...allMet, "brisk-walk": { amount: 30, pain: 1 } }).ready).toBe(false);
    expect(checkEntryCriteria({ ...allMet, "brisk-walk": { amount: 29, pain: 0 } }).ready).toBe(false);
    expect(checkEntryCriteria({ ...allMet, "single-leg-hops": { amount: 9, pain: 0 } }).ready).toBe(false);
  });
  it("says which were not assessed", () => {
    const { ready, checks } = checkEntryCriteria({ "daily-pain": { amount: null, pain: 1 }, "brisk-walk": { amount: null, pain: 0 } });
    expect(ready).toBe(false);
    expect(checks.map((c) => c.status)).toEqual(["met", "not-assessed", "not-assessed", "not-assessed"]);
  });
});

describe("step rule", () => {
  it("advances after 2 runs within the limit that settled by the next morning", () => {
    const s = step([run("2025-03-09", 3, 1), run("2025-03-11", 5, 1)]);
    expect(s).toMatchObject({ outcome: "advance", proposal: { kind: "next-stage", fromStage: 4, toStage: 5 } });
    expect(s.reason).toContain("pain during the run at most 5/10 (limit 5/10)");
    expect(s.evidenceKey).toBe("stage-4@2025-03-08:advance");
  });

  it("holds with no run since the stage began, or only one", () => {
    const none = step([run("2025-03-07", 2, 1)]); // the day before the stage began
    expect(none.outcome).toBe("hold");
    expect(none.reason).toContain("no run logged since stage 4 began on 2025-03-08");
    expect(step([run("2025-03-09", 2, 1)]).outcome).toBe("hold");
  });

  it("steps back at 6/10 running pain, not at exactly 5", () => {
    expect(step([run("2025-03-09", 5, 1)]).outcome).toBe("hold");
    const s = step([run("2025-03-09", 6, 1)]);
    expect(s).toMatchObject({ outcome: "step-back", proposal: { kind: "previous-stage", toStage: 3 } });
    expect(s.reason).toContain("6/10 on 2025-03-09");
  });

  it("uses the clinic's agreed limit", () => {
    expect(step([run("2025-03-09", 4, 1)], { painLimit: 3 }).outcome).toBe("step-back");
  });

  it("steps back when the next morning had not settled: 1 point above the usual morning", () => {
    expect(step([run("2025-03-09", 2, 2)]).outcome).toBe("step-back");
    expect(step([run("2025-03-09", 2, 2)], { usualMorning: 1.5 }).outcome).toBe("hold");
  });

  it("without a usual morning, treats 2/10 as settled and 3/10 as not", () => {
    expect(step([run("2025-03-09", 2, 2), run("2025-03-11", 2, 2)], { usualMorning: null }).outcome).toBe("advance");
    const s = step([run("2025-03-09", 2, 3)], { usualMorning: null });
    expect(s.outcome).toBe("step-back");
    expect(s.reason).toContain("2/10 or less (no usual morning on record)");
  });

  it("keeps a bad run: a calm run after it does not undo the step back", () => {
    const s = step([run("2025-03-09", 7, 1), run("2025-03-11", 1, 1), run("2025-03-13", 1, 1)]);
    expect(s.outcome).toBe("step-back");
    expect(s.evidenceKey).toBe("stage-4@2025-03-08:step-back:2025-03-09");
  });

  it("from stage 1 suggests pausing running; after the last stage, completion", () => {
    expect(step([run("2025-03-09", 6, 1)], { stage: 1 }).proposal).toMatchObject({ kind: "pause-running", toStage: null });
    const last = WALK_RUN_STAGES.length;
    expect(step([run("2025-03-09", 1, 1), run("2025-03-11", 1, 1)], { stage: last }).proposal).toMatchObject({ kind: "complete", fromStage: last });
    expect(() => step([], { stage: last + 1 })).toThrow();
  });

  it("counts neither for nor against a run with a blank reading, and says so", () => {
    const s = step([run("2025-03-09", null, 1), run("2025-03-10", 2, null), run("2025-03-11", 2, 1)]);
    expect(s.outcome).toBe("hold");
    expect(s.reason).toContain("not recorded for the run on 2025-03-09, 2025-03-10");
    expect(step([run("2025-03-09", null, 1), run("2025-03-10", 2, 1), run("2025-03-11", 2, 1)]).outcome).toBe("advance");
  });

  it("no longer counts good runs older than 30 days towards the next stage", () => {
    const old = [run("2025-02-10", 2, 1), run("2025-02-12", 2, 1)];
    const s = step(old, { stageStartedOn: "2025-02-01" });
    expect(s.outcome).toBe("hold");
    expect(s.reason).toContain("(2 older runs no longer count)");
    expect(step([run("2025-02-13", 2, 1), run("2025-02-15", 2, 1)], { stageStartedOn: "2025-02-01" }).outcome).toBe("advance");
  });

  it("works across a month boundary", () => {
    const s = step([run("2025-01-31", 2, 1), run("2025-02-02", 3, 1)], { stageStartedOn: "2025-01-30", today: "2025-02-03" });
    expect(s.outcome).toBe("advance");
    expect(s.evidence.runs.map((r) => r.runDate)).toEqual(["2025-01-31", "2025-02-02"]);
  });

  it("stores as JSON without loss", () => {
    const s = step([run("2025-03-09", 6, 3)]);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
