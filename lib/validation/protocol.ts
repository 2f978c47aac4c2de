import { z } from "zod";
import { sideEnum } from "@/db/schema";
import { addDays, todayInZone } from "@/lib/dates";
import { doseShape, optionalText, REPS_OR_HOLD, requireRepsOrHold, requiredText } from "./dose";
import { exerciseIdField, headerFields, parsePlanItems, phaseField, reportIssues } from "./plan-items";
import { runPainLimitField, runStageField } from "./run-stage";
import { educationModulesField } from "./education";

export const SIDES = sideEnum.enumValues;

/** A prescribed exercise: the template fields plus the side it is done on and the load used. */
export const protocolItemSchema = z
  .object({
    exerciseId: exerciseIdField,
    ...doseShape,
    side: z.enum(SIDES, { error: "Choose left, right or both." }),
    load: optionalText("Load", 100),
    note: optionalText("Note", 500),
  })
  .refine(requireRepsOrHold, { error: REPS_OR_HOLD, path: ["reps"] });

export type ProtocolItemInput = z.output<typeof protocolItemSchema>;

// A start date is usually today; allow back-dating a programme begun on paper, and booking one
// a few weeks ahead, but not typos such as 2062.
const START_DATE_PAST_DAYS = 366;
const START_DATE_FUTURE_DAYS = 90;
const TOO_EARLY = "The start date can be at most a year ago.";
const TOO_LATE = "The start date can be at most 90 days ahead.";

/** "Today" as a range of calendar days: one day for a known clinic, several when the zone is unknown. */
export type TodayRange = { earliest: string; latest: string };

/**
 * A schema cannot know the caller's clinic, so the form check allows the window around every
 * "today" on Earth right now (UTC-12 to UTC+14; the IANA "Etc/GMT" signs are inverted) and the DAL
 * checks again, strictly, with the clinic's own today (startDateProblem below).
 */
export function todaysOnEarth(now: Date = new Date()): TodayRange {
  return { earliest: todayInZone("Etc/GMT+12", now), latest: todayInZone("Etc/GMT-14", now) };
}

/** The one start-date rule, with the same messages in the form check and the DAL's strict check. */
export function startDateProblem(startDate: string, today: string | TodayRange): string | null {
  const { earliest, latest } = typeof today === "string" ? { earliest: today, latest: today } : today;
  if (startDate < addDays(earliest, -START_DATE_PAST_DAYS)) return TOO_EARLY;
  if (startDate > addDays(latest, START_DATE_FUTURE_DAYS)) return TOO_LATE;
  return null;
}

/** `today` is a parameter so tests can pin it; by default, every today on Earth (see above). */
export function startDateField(today: () => string | TodayRange = () => todaysOnEarth()) {
  // pipe, not a chain: a date that does not exist gets one message, not three.
  return z.iso
    .date({ error: "Enter the start date as YYYY-MM-DD." })
    .pipe(z.string())
    .superRefine((d, ctx) => {
      const problem = startDateProblem(d, today());
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

/**
 * A save that does not say which version it edits cannot be checked for a newer one, so it is
 * refused as a stale save is: the builder always posts the field ("" when starting a protocol).
 */
export const PROTOCOL_FORM_OUT_OF_DATE = "This form does not say which version it was editing, so saving could undo someone else's changes. Reload the page to see the current version; nothing was saved.";

const protocolHeaderSchema = z.object({
  // Ids stay plain strings: the DAL answers 404 for a malformed one, like a missing row.
  patientId: z.string({ error: "Unknown patient." }),
  /** The version the therapist started editing from; empty when starting a new protocol. */
  baseVersion: z
    .string({ error: PROTOCOL_FORM_OUT_OF_DATE })
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number({ error: PROTOCOL_FORM_OUT_OF_DATE }).int({ error: PROTOCOL_FORM_OUT_OF_DATE }).positive({ error: PROTOCOL_FORM_OUT_OF_DATE }).nullable()),
  title: requiredText("Title", 120),
  phase: phaseField,
  startDate: startDateField(),
  // Return to running (lib/validation/run-stage.ts): absent from a form that does not show them, then carried forward.
  runStage: runStageField,
  runPainLimit: runPainLimitField,
  // Education modules (lib/validation/education.ts): absent from a form that does not show them, then carried forward.
  educationModules: educationModulesField,
});

/** The whole protocol builder form: header fields plus the ordered, indexed items. */
export const protocolFormSchema = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const header = protocolHeaderSchema.safeParse(headerFields(raw));
  if (!header.success) {
    // Not a field the therapist can correct: the whole save is refused with the message.
    const [outOfDate, fieldIssues] = partition(header.error.issues, (i) => i.path[0] === "baseVersion");
    if (outOfDate.length > 0) ctx.addIssue({ code: "custom", message: PROTOCOL_FORM_OUT_OF_DATE, path: [] });
    reportIssues(ctx, fieldIssues);
  }
  const items = parsePlanItems(raw, protocolItemSchema, ctx);
  if (!header.success || !items) return z.NEVER;
  return { ...header.data, items };
});

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

export type ProtocolInput = z.output<typeof protocolFormSchema>;

export const endProtocolSchema = z.object({ protocolId: z.string() });
