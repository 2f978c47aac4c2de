import { z } from "zod";
import { AKPS_ITEMS } from "@/lib/clinical/akps";

/**
 * The AKPS forms. The patient's form posts one radio group per item, named by the item's key, with
 * the chosen option's index; the therapist's request form posts a timepoint and a due date.
 * Whether every item is answered is checked item by item (akpsItemErrors), so each message lands
 * on its own question and the other answers stay as they were.
 */
export const AKPS_TIMEPOINTS = ["baseline", "follow-up", "discharge"] as const;

export const MISSING_ANSWER = "Choose an answer for this question.";
export const NOT_A_CHOICE = "That is not one of the answers shown. Choose one of them.";

/** What a form posted for each item: an option index, a string that is not one, or nothing. */
export type LooseAnswers = Record<string, number | string>;

/** Form fields to answers: "" or a missing field is no answer; a whole number is an index; anything else is kept to be refused. */
export function answersFromForm(raw: Readonly<Record<string, unknown>>): LooseAnswers {
  const answers: LooseAnswers = {};
  for (const { key } of AKPS_ITEMS) {
    const value = raw[key];
    if (typeof value !== "string" || value.trim() === "") continue;
    answers[key] = /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : value;
  }
  return answers;
}

/**
 * A message per refused item. `complete`: every item must be answered (a submit); otherwise only
 * what was given must be valid (a draft saved to finish later).
 */
export function akpsItemErrors(answers: Readonly<Record<string, unknown>>, { complete }: { complete: boolean }): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const { key, options } of AKPS_ITEMS) {
    const answer = answers[key];
    if (answer === undefined || answer === null) {
      if (complete) errors[key] = [MISSING_ANSWER];
    } else if (typeof answer !== "number" || !Number.isInteger(answer) || answer < 0 || answer >= options.length) {
      errors[key] = [NOT_A_CHOICE];
    }
  }
  return errors;
}

/** The patient's answers to one request. No patient id: the patient is the signed-in one. */
export const akpsAnswersSchema = z
  .looseObject({ requestId: z.uuid({ error: "This questionnaire could not be found." }) })
  .transform((form) => ({ requestId: form.requestId, answers: answersFromForm(form) }));

export const akpsRequestSchema = z.object({
  patientId: z.uuid({ error: "Unknown patient" }),
  timepoint: z.enum(AKPS_TIMEPOINTS, { error: "Choose when in the episode this is" }),
  dueOn: z.iso.date({ error: "Enter the date it is due" }),
});
export type AkpsRequestInput = z.output<typeof akpsRequestSchema>;

export const outcomeRequestIdSchema = z.object({ requestId: z.uuid({ error: "Unknown questionnaire" }) });
