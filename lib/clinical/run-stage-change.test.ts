import { describe, expect, it } from "vitest";
import type { StageProposal } from "./return-to-run";
import { applyStageProposal } from "./run-stage-change";

const today = "2026-11-27";
const at = (runStage: number | null) => ({ runStage, runStageSince: "2026-11-10", runPainLimit: 4 });
const proposal = (kind: StageProposal["kind"], fromStage: number, toStage: number | null): StageProposal => ({ kind, fromStage, toStage, summary: "" });

describe("applying a walk-run stage proposal", () => {
  it("moves one stage forward or back, starting today, and keeps the agreed pain limit", () => {
    expect(applyStageProposal(at(2), proposal("next-stage", 2, 3), today)).toEqual({ runStage: 3, runStageSince: today, runPainLimit: 4 });
    expect(applyStageProposal(at(2), proposal("previous-stage", 2, 1), today)).toEqual({ runStage: 1, runStageSince: today, runPainLimit: 4 });
  });

  it("takes the patient off the programme when running is paused or the programme is complete", () => {
    expect(applyStageProposal(at(1), proposal("pause-running", 1, null), today)).toEqual({ runStage: null, runStageSince: null, runPainLimit: 4 });
    expect(applyStageProposal(at(15), proposal("complete", 15, null), today)).toEqual({ runStage: null, runStageSince: null, runPainLimit: 4 });
  });

  it("refuses a proposal made for another stage than the plan's, or a step past the programme", () => {
    expect(() => applyStageProposal(at(3), proposal("next-stage", 2, 3), today)).toThrow(/stage 2, the plan is at 3/);
    expect(() => applyStageProposal(at(null), proposal("next-stage", 2, 3), today)).toThrow(/no stage/);
    expect(() => applyStageProposal(at(15), proposal("next-stage", 15, 16), today)).toThrow(/No walk-run stage 16/);
  });
});
