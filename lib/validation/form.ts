import { z } from "zod";

/** Helpers for schemas that parse FormData objects (see formDataToObject in authed-action). */

/** A text box left empty means "no value": null, not "". */
export const optionalText = (max: number, message = `Use at most ${max} characters`) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, { error: message }).optional()).transform((v) => v ?? null);

/** Checkboxes post nothing, one value, or several: always an array of allowed keys. */
export const checkedKeys = <const T extends readonly [string, ...string[]]>(keys: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(keys, { error: "Choose from the list" })).transform((v) => [...new Set(v)]));

/** A date input's value: YYYY-MM-DD, a real calendar date. */
export const isoDate = (label: string) =>
  z.iso.date({ error: `Enter the ${label} as a date`, abort: true }).refine((d) => !Number.isNaN(Date.parse(d)), { error: `Enter a real ${label}` });
