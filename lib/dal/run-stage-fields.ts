import { DEFAULT_RUN_PAIN_LIMIT } from "@/lib/clinical/return-to-run";
import type { RunStageInput } from "@/lib/validation/run-stage";
import type { RunFields } from "./protocol-rows";

/**
 * The run fields a builder save writes on the new version (docs/clinical/return-to-running.md):
 * - the fieldset not posted: undefined, so insertProtocolVersion carries the previous version's;
 * - "not on the programme": all null;
 * - a stage: the stage and the agreed limit; the stage's first day is today (clinic zone) when
 *   the stage changed, otherwise the day it began, so saving other changes does not restart it.
 */
export function nextRunFields(asked: RunStageInput, previous: RunFields, today: string): RunFields | undefined {
  if (asked.runStage === undefined) return undefined;
  if (asked.runStage === null) return { runStage: null, runStageSince: null, runPainLimit: null };
  const sameStage = previous.runStage === asked.runStage && previous.runStageSince !== null;
  return {
    runStage: asked.runStage,
    runStageSince: sameStage ? previous.runStageSince : today,
    runPainLimit: asked.runPainLimit ?? previous.runPainLimit ?? DEFAULT_RUN_PAIN_LIMIT,
  };
}
