"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { FLAG_CATALOG } from "@/lib/clinical/flag-catalog";
import { reviewOneFlag } from "@/lib/dal/flags";
import { reviewNoteField } from "@/lib/validation/flag-review";

const reviewFlagSchema = z.object({ flagId: z.uuid({ error: "Unknown flag" }), note: reviewNoteField });

/**
 * Marks one stored flag reviewed, with an optional note. The flag id is only a claim: the DAL
 * finds it inside the caller's clinic or answers 404.
 */
export const reviewFlag = authedAction(reviewFlagSchema, "review:flag:clinic", async ({ input, caller, tx }) => {
  const flag = await reviewOneFlag(caller, tx, input);
  const label = FLAG_CATALOG[flag.rule].label.toLowerCase();
  return {
    audit: {
      action: "flag.reviewed", entity: "flag", entityId: input.flagId, patientId: flag.patientId,
      detail: { rule: flag.rule, note: input.note !== null, alreadyReviewed: flag.alreadyReviewed },
    },
    revalidate: ["/dashboard", `/patients/${flag.patientId}`],
    message: flag.alreadyReviewed
      ? `Already reviewed: ${label} for ${flag.patientName}.`
      : `Marked reviewed: ${label} for ${flag.patientName}.`,
  };
});
