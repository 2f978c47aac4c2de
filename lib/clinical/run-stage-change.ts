import type { StageProposal } from "./return-to-run";
import { walkRunStage } from "./return-to-run-stages";

/**
 * What approving a walk-run suggestion (return-to-run.ts StageProposal) does to the run fields a
 * protocol version carries (docs/clinical/return-to-running.md). Pure, so the approval and its tests
 * share one reading:
 * - next-stage / previous-stage: the stage moves by one and starts today (the step rule reads runs
 *   from the day the stage was approved);
 * - pause-running / complete: the patient is off the programme (stage and its start cleared).
 * The agreed pain limit is the therapist's and is carried over unchanged.
 * Throws when the proposal was made for another stage than the current one: the caller refuses
 * such an approval as out of date before it gets here.
 */
export type RunFields = { runStage: number | null; runStageSince: string | null; runPainLimit: number | null };

export function applyStageProposal(current: RunFields, proposal: StageProposal, today: string): RunFields {
  if (current.runStage !== proposal.fromStage) {
    throw new Error(`The proposal is for stage ${proposal.fromStage}, the plan is at ${current.runStage ?? "no stage"}`);
  }
  switch (proposal.kind) {
    case "next-stage":
    case "previous-stage": {
      const to = current.runStage + (proposal.kind === "next-stage" ? 1 : -1);
      if (!walkRunStage(to)) throw new Error(`No walk-run stage ${to}`);
      return { ...current, runStage: to, runStageSince: today };
    }
    case "pause-running":
    case "complete":
      return { ...current, runStage: null, runStageSince: null };
  }
}
