import { z } from "zod";
import { controlCharactersError, noControlCharacters, optionalText } from "./form";
import { DISMISS_REASON_MAX } from "./suggestion-limits";

/** The record's Approve and Dismiss forms (app/(therapist)/patients/[id]/suggestion-actions.ts). */
const suggestionId = z.uuid({ error: "Unknown suggestion" });

/** `load` is asked for only when the change needs the therapist to name the heavier or lighter load. */
export const approveSuggestionSchema = z.object({ suggestionId, load: optionalText(100, "Keep the load under 100 characters") });

export const dismissSuggestionSchema = z.object({
  suggestionId,
  reason: z
    .string({ error: "Give a short reason" })
    .trim()
    .min(1, { error: "Give a short reason, e.g. \"knee sore after a long walk\"" })
    .max(DISMISS_REASON_MAX, { error: `Keep the reason under ${DISMISS_REASON_MAX} characters` })
    .refine(noControlCharacters, controlCharactersError),
});
