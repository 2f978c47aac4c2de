import { z } from "zod";
import { DEFAULT_RUN_PAIN_LIMIT } from "@/lib/clinical/return-to-run";
import { WALK_RUN_STAGES } from "@/lib/clinical/return-to-run-stages";

/**
 * The protocol builder's "Return to running" fields (docs/clinical/return-to-running.md).
 * runStage: "" means not on the walk-run programme, "1".."15" a stage; absent (a form that does
 * not show the fieldset) means "leave as it is", so the version carries the previous one's value.
 * runPainLimit: the agreed pain during a run, 0-10; blank means the default 5/10.
 */
export const NOT_ON_PROGRAMME = "";

const LAST_STAGE = WALK_RUN_STAGES.length;
const STAGE_MESSAGE = `Choose a walk-run stage from 1 to ${LAST_STAGE}, or "Not on the walk-run programme".`;
const LIMIT_MESSAGE = "The pain limit must be a whole number from 0 to 10.";

/** A whole number in [min, max] from a form string, or one message on the field. */
function wholeNumberIn(value: string, min: number, max: number, message: string, ctx: z.RefinementCtx): number {
  const n = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

export const runStageField = z
  .string({ error: STAGE_MESSAGE })
  .optional()
  .transform((v, ctx) => (v === undefined ? undefined : v.trim() === NOT_ON_PROGRAMME ? null : wholeNumberIn(v.trim(), 1, LAST_STAGE, STAGE_MESSAGE, ctx)))
  .optional();

export const runPainLimitField = z
  .string({ error: LIMIT_MESSAGE })
  .optional()
  .transform((v, ctx) => (v === undefined ? undefined : v.trim() === "" ? DEFAULT_RUN_PAIN_LIMIT : wholeNumberIn(v.trim(), 0, 10, LIMIT_MESSAGE, ctx)))
  .optional();

/** What a save asks for: undefined fields keep the previous version's values. */
export type RunStageInput = { runStage?: number | null; runPainLimit?: number };
