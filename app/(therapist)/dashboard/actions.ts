"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { FLAG_RULES, type FlagRule } from "@/lib/clinical/flags";
import { markFlagReviewed } from "@/lib/dal/triage";

const RULES = Object.keys(FLAG_RULES) as [FlagRule, ...FlagRule[]];

const reviewFlagSchema = z.object({
  patientId: z.uuid({ error: "Unknown patient" }),
  rule: z.enum(RULES, { error: "Unknown flag" }),
  evidenceKey: z.string().min(1, { error: "Unknown flag" }).max(500, { error: "Unknown flag" }),
});

/**
 * Marks one triage flag reviewed. The form's patient id and evidence key are only a claim: the
 * DAL re-checks the patient's clinic and recomputes the flag (404 when either fails).
 */
export const reviewFlag = authedAction(reviewFlagSchema, "review:flag:clinic", async ({ input, caller, tx }) => {
  const flag = await markFlagReviewed(caller, tx, input);
  return {
    audit: {
      action: "flag.reviewed", entity: "patient", entityId: flag.patientId, patientId: flag.patientId,
      detail: { rule: flag.rule, evidenceKey: flag.evidenceKey },
    },
    revalidate: ["/dashboard"],
    message: `Marked reviewed: ${flag.label.toLowerCase()} for ${flag.patientName}.`,
  };
});
