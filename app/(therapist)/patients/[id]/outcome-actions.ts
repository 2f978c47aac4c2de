"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { TIMEPOINT_LABELS } from "@/lib/clinical/akps-progress";
import { cancelAkpsRequest, requestAkps } from "@/lib/dal/outcome-requests";
import { formatDate } from "@/lib/format";
import { akpsRequestSchema, outcomeRequestIdSchema } from "@/lib/validation/akps";

/** Asks the patient to answer the AKPS by a date. The patient id is a claim the DAL checks against the caller's clinic. */
export const requestAkpsAction = authedAction(akpsRequestSchema, "write:outcome:clinic", async ({ input, caller, tx }) => {
  const request = await requestAkps(caller, tx, input);
  return {
    audit: { action: "outcome.requested", entity: "outcome-request", entityId: request.id, patientId: request.patientId, detail: { instrument: "akps", timepoint: request.timepoint, dueOn: request.dueOn } },
    revalidate: [`/patients/${request.patientId}`, "/dashboard"],
    message: `AKPS requested: ${TIMEPOINT_LABELS[request.timepoint].toLowerCase()}, due ${formatDate(request.dueOn)}.`,
  };
});

/** Withdraws an open request; the patient's form then says it was withdrawn. */
export const cancelAkpsAction = authedAction(outcomeRequestIdSchema, "write:outcome:clinic", async ({ input, caller, tx }) => {
  const request = await cancelAkpsRequest(caller, tx, input.requestId);
  return {
    audit: { action: "outcome.request-cancelled", entity: "outcome-request", entityId: request.id, patientId: request.patientId, detail: { timepoint: request.timepoint, dueOn: request.dueOn } },
    revalidate: [`/patients/${request.patientId}`, "/dashboard"],
    message: "Questionnaire request cancelled.",
  };
});
