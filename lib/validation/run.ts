import { z } from "zod";
import { optionalText } from "./form";
import { RUN_SURFACES, SHOE_MAX, type RunSurface } from "./run-fields";

/**
 * One run as the run form posts it. There is deliberately no patientId field: the patient is the
 * signed-in one (zod drops unknown keys). "Not in the future" and "not before the earliest day a
 * log may be written for" are checked by the DAL, in the clinic's time zone.
 *
 * Form field names differ from the stored ones where the daily pain form on the same page already
 * uses the name (`nextMorningPain`, not `painNextMorning`), so ids and descriptions stay unique.
 */
const surfaceKeys = RUN_SURFACES.map((s) => s.value) as [RunSurface, ...RunSurface[]];

/** Anything longer than this is almost certainly metres typed as km, or a typo. */
export const MAX_RUN_KM = 150;
/** Duration in minutes must stay under a day. */
export const MAX_RUN_MINUTES = 24 * 60;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const blankToUndefined = (v: unknown) => (blank(v) ? undefined : v);

const PAIN_MESSAGE = "Choose a number from 0 to 10";

/** A 0-10 radio or select value as posted ("0".."10"). */
const score = z
  .string()
  .trim()
  .regex(/^\d{1,2}$/, { error: PAIN_MESSAGE })
  .transform(Number)
  .pipe(z.number().int().min(0, { error: PAIN_MESSAGE }).max(10, { error: PAIN_MESSAGE }));

const optionalScore = z.preprocess(blankToUndefined, score.optional()).transform((v) => v ?? null);

/** Kilometres as typed on a phone: "5.2", "5,2" or "5.2 km". Rounded to the stored two decimals. */
const distanceKm = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .transform((s) => s.replace(/\s*km$/i, "").replace(",", "."))
    .pipe(z.string().regex(/^\d+(\.\d+)?$/, { error: "Enter the distance in km as a number, like 5.2" }))
    .transform((s) => Math.round(Number(s) * 100) / 100)
    .pipe(
      z
        .number()
        .gt(0, { error: "Enter a distance above 0 km" })
        .max(MAX_RUN_KM, { error: `That is more than ${MAX_RUN_KM} km. Check the distance: it is in kilometres, not metres.` }),
    )
    .optional(),
);

/**
 * Time as minutes ("45", "42,5") or hours and minutes ("1:05"); stored as whole seconds.
 * A plain number is always minutes, so "1:05" is the only way to write 65 minutes as hours.
 */
const DURATION_FORMAT = "Enter the time in minutes (45) or hours and minutes (1:05)";
function durationSeconds(text: string): number | null {
  const hm = /^(\d{1,2}):([0-5]\d)$/.exec(text);
  if (hm) return (Number(hm[1]) * 60 + Number(hm[2])) * 60;
  if (/^\d+([.,]\d+)?$/.test(text)) return Math.round(Number(text.replace(",", ".")) * 60);
  return null;
}
const duration = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      const seconds = durationSeconds(s.replace(/\s*min$/i, ""));
      if (seconds === null) {
        ctx.issues.push({ code: "custom", message: DURATION_FORMAT, input: s });
        return z.NEVER;
      }
      return seconds;
    })
    .pipe(z.number().gt(0, { error: "Enter a time above 0 minutes" }).lt(MAX_RUN_MINUTES * 60, { error: "Enter a time under 24 hours" }))
    .optional(),
);

const cadence = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error: "Enter the cadence as whole steps per minute, like 170" })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(60, { error: "Enter a cadence from 60 to 260 steps per minute" })
        .max(260, { error: "Enter a cadence from 60 to 260 steps per minute" }),
    )
    .optional(),
);

export const runSchema = z
  .object({
    // z.iso.date() already refuses impossible days (2026-02-30).
    runDate: z.iso.date({ error: "Enter the day of the run as a date" }),
    distanceKm,
    duration,
    // Not optional-in: an unchosen radio group posts no key at all, and zod skips absent optional keys.
    painDuring: z.preprocess(
      (v) => (blank(v) ? "" : v),
      z.string().regex(/^\d{1,2}$/, { error: "Choose your pain during the run, from 0 to 10" }).pipe(score),
    ),
    nextMorningPain: optionalScore,
    cadence,
    surface: z.preprocess(blankToUndefined, z.enum(surfaceKeys, { error: "Choose a surface from the list" }).optional()),
    shoe: optionalText(SHOE_MAX, `Use at most ${SHOE_MAX} characters for the shoe`),
  })
  .superRefine((v, ctx) => {
    if (v.distanceKm === undefined && v.duration === undefined) {
      ctx.addIssue({ code: "custom", path: ["distanceKm"], message: "Enter the distance or the time of the run (or both)" });
    }
  })
  .transform(
    (v): RunInput => ({
      runDate: v.runDate,
      distanceKm: v.distanceKm ?? null,
      durationSeconds: v.duration ?? null,
      painDuring: v.painDuring,
      painNextMorning: v.nextMorningPain,
      cadence: v.cadence ?? null,
      surface: v.surface ?? null,
      shoe: v.shoe,
    }),
  );

/** A run as the DAL stores it. */
export type RunInput = {
  runDate: string;
  distanceKm: number | null;
  durationSeconds: number | null;
  painDuring: number;
  painNextMorning: number | null;
  cadence: number | null;
  surface: RunSurface | null;
  shoe: string | null;
};

/** Adding (or clearing) the next morning's pain of one run. The id is scoped by the DAL (404 otherwise). */
export const runNextMorningSchema = z
  .object({ runId: z.string({ error: "Unknown run" }), nextMorningPain: optionalScore })
  .transform((v) => ({ runId: v.runId, painNextMorning: v.nextMorningPain }));

export const runIdSchema = z.object({ runId: z.string({ error: "Unknown run" }) });
