import { z } from "zod";

/** Helpers for schemas that parse FormData objects (see formDataToObject in authed-action). */

/** The one message for text that carries invisible control characters (a NUL byte, an escape...). */
export const CONTROL_CHARACTERS_MESSAGE = "Remove the invisible control characters from this text.";

// Unicode "Cc" controls (C0, DEL, C1) except tab, line feed and carriage return, which a multi-line
// box legitimately posts. PostgreSQL refuses NUL in text outright, and the others are never typed:
// they arrive pasted from binaries or sent by scripts, and would hide in notes and printed PDFs.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/** For a z.string() chain: `.refine(noControlCharacters, controlCharactersError)`. */
export const noControlCharacters = (text: string) => !hasControlCharacters(text);
export const controlCharactersError = { error: CONTROL_CHARACTERS_MESSAGE } as const;

/**
 * Every posted field holding a control character, with the message: the action wrapper's safety
 * net, so a schema that forgot the refinement still never sends one to the database.
 */
export function controlCharacterErrors(raw: Record<string, string | string[]>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if ([value].flat().some(hasControlCharacters)) errors[key] = [CONTROL_CHARACTERS_MESSAGE];
  }
  return errors;
}

/** A text box left empty means "no value": null, not "". */
export const optionalText = (max: number, message = `Use at most ${max} characters`) =>
  z
    .preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.string().trim().max(max, { error: message }).refine(noControlCharacters, controlCharactersError).optional(),
    )
    .transform((v) => v ?? null);

/** Checkboxes post nothing, one value, or several: always an array of allowed keys. */
export const checkedKeys = <const T extends readonly [string, ...string[]]>(keys: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(keys, { error: "Choose from the list" })).transform((v) => [...new Set(v)]));

/** A date input's value: YYYY-MM-DD, a real calendar date. */
export const isoDate = (label: string) =>
  z.iso.date({ error: `Enter the ${label} as a date`, abort: true }).refine((d) => !Number.isNaN(Date.parse(d)), { error: `Enter a real ${label}` });
