"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { approveSuggestion, dismissSuggestion } from "@/lib/dal/suggestions";
import { approveSuggestionSchema, dismissSuggestionSchema } from "@/lib/validation/suggestion";

/** One click: the stored change becomes one new protocol version (lib/dal/suggestions.ts). */
export const approveSuggestionAction = authedAction(approveSuggestionSchema, "decide:suggestion:clinic", async ({ input, caller, tx }) => {
  const approved = await approveSuggestion(caller, tx, input);
  return {
    audit: {
      action: "suggestion.approved", entity: "suggestion", entityId: approved.suggestionId, patientId: approved.patientId,
      detail: { protocolId: approved.protocolId, version: approved.version, summary: approved.summary },
    },
    revalidate: [`/patients/${approved.patientId}`, `/patients/${approved.patientId}/protocol`, "/dashboard"],
    message: `Approved: ${approved.summary}. The protocol is now at version ${approved.version}.`,
  };
});

/** Dismissing keeps the therapist's reason with who and when; the patient never sees it. */
export const dismissSuggestionAction = authedAction(dismissSuggestionSchema, "decide:suggestion:clinic", async ({ input, caller, tx }) => {
  const dismissed = await dismissSuggestion(caller, tx, input);
  return {
    audit: { action: "suggestion.dismissed", entity: "suggestion", entityId: dismissed.suggestionId, patientId: dismissed.patientId },
    revalidate: [`/patients/${dismissed.patientId}`, "/dashboard"],
    message: "Suggestion dismissed. Your reason is kept with it.",
  };
});
