import { z } from "zod";
import { doseShape, optionalText, REPS_OR_HOLD, requireRepsOrHold, requiredText } from "./dose";
import { exerciseIdField, headerFields, parsePlanItems, phaseField, reportIssues } from "./plan-items";

/** One exercise of a template: which exercise, its default dose, and a note for the therapist. */
export const templateItemSchema = z
  .object({ exerciseId: exerciseIdField, ...doseShape, note: optionalText("Note", 500) })
  .refine(requireRepsOrHold, { error: REPS_OR_HOLD, path: ["reps"] });

export type TemplateItemInput = z.output<typeof templateItemSchema>;

const templateHeaderSchema = z.object({
  // The id stays a plain string: the DAL answers 404 for a malformed one, like a missing row.
  id: z.string().optional(),
  name: requiredText("Name", 120),
  phase: phaseField,
  description: optionalText("Description", 1000),
});

/** The whole template form: header fields plus the ordered, indexed items. */
export const templateFormSchema = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const header = templateHeaderSchema.safeParse(headerFields(raw));
  if (!header.success) reportIssues(ctx, header.error.issues);
  const items = parsePlanItems(raw, templateItemSchema, ctx);
  if (!header.success || !items) return z.NEVER;
  return { ...header.data, items };
});

export type TemplateInput = z.output<typeof templateFormSchema>;

export const templateIdSchema = z.object({ id: z.string() });
