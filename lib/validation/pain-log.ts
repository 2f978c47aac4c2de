import { z } from "zod";
import { AGGRAVATING_ACTIVITIES } from "@/lib/clinical/intake";
import { RED_FLAG_KEYS } from "@/lib/clinical/red-flags";
import { addDays } from "@/lib/dates";
import { checkedKeys, isoDate, optionalText } from "./form";

/**
 * The patient's daily log as the form posts it. There is deliberately no patientId field: the
 * patient is always the signed-in one (zod drops unknown keys, so a forged field goes nowhere).
 */
/** How far before the protocol started a missed day may still be logged (pre-treatment pain counts). */
export const BACKDATE_BEFORE_START_DAYS = 30;

const activityKeys = AGGRAVATING_ACTIVITIES.map((a) => a.key) as [string, ...string[]];

const blankToUndefined = (v: unknown) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

/** A 0-10 radio value as posted ("0".."10"). */
const score = z
  .string()
  .trim()
  .regex(/^\d{1,2}$/, { error: "Choose a number from 0 to 10" })
  .transform(Number)
  .pipe(z.number().int().min(0, { error: "Choose a number from 0 to 10" }).max(10, { error: "Choose a number from 0 to 10" }));

const requiredPainScore = (message: string) =>
  z.preprocess(blankToUndefined, score.optional()).refine((v) => v !== undefined, { error: message }).transform((v) => v as number);

/** Left blank (no radio chosen, or cleared) means "not asked today": null, not 0. */
const optionalPainScore = () => z.preprocess(blankToUndefined, score.optional()).transform((v) => v ?? null);

const exerciseIds = z
  .preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid({ error: "Choose exercises from your plan" })))
  .transform((v) => [...new Set(v)]);

export const painLogSchema = z
  .object({
    // "Not in the future" is checked by the DAL, in the clinic's time zone (a schema cannot know it).
    logDate: isoDate("date"),
    painAtRest: requiredPainScore("Choose your pain at rest, from 0 to 10"),
    painDuringExercise: optionalPainScore(),
    painNextMorning: optionalPainScore(),
    aggravatingActivities: checkedKeys(activityKeys),
    grinding: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
    exerciseIds,
    redFlags: checkedKeys(RED_FLAG_KEYS),
    note: optionalText(2000),
  });

export type PainLogInput = z.output<typeof painLogSchema>;

/** The earliest day a log may be written for: a month before the protocol, or a month back without one. */
export function earliestLogDate(protocolStart: string | null, today: string): string {
  return addDays(protocolStart ?? today, -BACKDATE_BEFORE_START_DAYS);
}

/** One tick on the home page: an exercise done (or undone) today. */
export const exerciseTickSchema = z.object({
  exerciseId: z.uuid({ error: "Unknown exercise" }),
  done: z.enum(["true", "false"], { error: "Unknown state" }).transform((v) => v === "true"),
});
