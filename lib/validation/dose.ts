import { z } from "zod";
import { controlCharactersError, noControlCharacters } from "./form";

/**
 * The dose fields shared by library defaults, template items and prescribed protocol items. The
 * ranges mirror the CHECK constraints in db/schema, so a value the form accepts never becomes a
 * database error.
 */
export const DOSE_LIMITS = {
  sets: { min: 1, max: 20 },
  reps: { min: 1, max: 200 },
  holdSeconds: { min: 1, max: 600 },
  frequencyPerWeek: { min: 1, max: 14 },
} as const;

// Form fields arrive as strings (or are missing); tests and callers outside a form may pass numbers.
const formValue = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => (v === null || v === undefined ? "" : String(v).trim()));

function wholeNumber(label: string, { min, max }: { min: number; max: number }) {
  const range = `${label} must be a whole number from ${min} to ${max}.`;
  return z.coerce.number<string>({ error: range }).int({ error: range }).min(min, { error: range }).max(max, { error: range });
}

/** A required whole number in a range; empty answers "Enter ...", never a silent 0. */
export function requiredInt(label: string, limits: { min: number; max: number }) {
  return formValue.pipe(z.string().min(1, { error: `Enter ${label.toLowerCase()}.` })).pipe(wholeNumber(label, limits));
}

/** An optional whole number in a range: empty or missing becomes null. */
export function optionalInt(label: string, limits: { min: number; max: number }) {
  return formValue.transform((v) => (v === "" ? null : v)).pipe(z.union([z.null(), wholeNumber(label, limits)]));
}

/** A checkbox: present as "on" (or "true") when ticked, absent when not. */
export const checkbox = z
  .union([z.literal(["on", "true", "false", ""]), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** Free text that may be left empty: trimmed, and empty becomes null. */
export function optionalText(label: string, max: number) {
  return z
    .union([z.string(), z.null()])
    .optional()
    .transform((v) => (v ?? "").trim())
    .pipe(z.string().max(max, { error: `${label} can be at most ${max} characters.` }).refine(noControlCharacters, controlCharactersError))
    .transform((v) => (v === "" ? null : v));
}

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label.toLowerCase()}.` })
    .trim()
    .min(1, { error: `Enter ${label.toLowerCase()}.` })
    .max(max, { error: `${label} can be at most ${max} characters.` })
    .refine(noControlCharacters, controlCharactersError);
}

export const doseShape = {
  sets: requiredInt("Sets", DOSE_LIMITS.sets),
  reps: optionalInt("Reps", DOSE_LIMITS.reps),
  holdSeconds: optionalInt("Hold", DOSE_LIMITS.holdSeconds),
  frequencyPerWeek: requiredInt("Times per week", DOSE_LIMITS.frequencyPerWeek),
  eachSide: checkbox,
};

export const REPS_OR_HOLD = "Enter reps, a hold time in seconds, or both.";

/** An exercise is done either for repetitions or for a held time (or both); never neither. */
export function requireRepsOrHold(dose: { reps: number | null; holdSeconds: number | null }): boolean {
  return dose.reps !== null || dose.holdSeconds !== null;
}

export const doseSchema = z
  .object(doseShape)
  .refine(requireRepsOrHold, { error: REPS_OR_HOLD, path: ["reps"] });

export type Dose = z.output<typeof doseSchema>;
