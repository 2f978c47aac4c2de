"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { reviewAllPatientFlags } from "@/lib/dal/flags";
import { reviewNoteField } from "@/lib/validation/flag-review";

const reviewAllSchema = z.object({ patientId: z.uuid({ error: "Unknown patient" }), note: reviewNoteField });

/** Marks every open flag of one patient reviewed with one note; other patients' flags are untouched. */
export const reviewAllFlags = authedAction(reviewAllSchema, "review:flag:clinic", async ({ input, caller, tx }) => {
  const result = await reviewAllPatientFlags(caller, tx, input);
  return {
    audit: { action: "flags.reviewed-all", entity: "patient", entityId: result.patientId, patientId: result.patientId, detail: { count: result.count, note: input.note !== null } },
    revalidate: ["/dashboard", `/patients/${result.patientId}`],
    message:
      result.count === 0
        ? `No open flags for ${result.patientName}.`
        : `Marked ${result.count} ${result.count === 1 ? "flag" : "flags"} reviewed for ${result.patientName}.`,
  };
});
