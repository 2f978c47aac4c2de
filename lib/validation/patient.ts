import { z } from "zod";
import { AGGRAVATING_ACTIVITIES, INTAKE_RED_FLAG_KEYS, INTAKE_SCREEN_KEYS, RED_FLAGS_NONE, STORABLE_FINDING_KEYS } from "@/lib/clinical/intake";
import { ageFrom } from "@/lib/format";
import { todayIso } from "@/lib/dates";
import { checkedKeys, controlCharactersError, isoDate, noControlCharacters, optionalText } from "./form";

export const DEFAULT_CONDITION = "Patellofemoral pain (runner's knee)";
/** Adolescents get patellofemoral pain too; outside this range a date of birth is a typo. */
export const PLAUSIBLE_AGE = { min: 5, max: 110 } as const;

const activityKeys = AGGRAVATING_ACTIVITIES.map((a) => a.key) as [string, ...string[]];

const patientFields = z.object({
    fullName: z.string({ error: "Enter the patient's name" }).trim().min(1, { error: "Enter the patient's name" }).max(120, { error: "Use at most 120 characters" }).refine(noControlCharacters, controlCharactersError),
    dateOfBirth: isoDate("date of birth")
      .refine((d) => d <= todayIso(), { error: "Date of birth cannot be in the future" })
      .refine((d) => d > todayIso() || (ageFrom(d) >= PLAUSIBLE_AGE.min && ageFrom(d) <= PLAUSIBLE_AGE.max), {
        error: `Check the date of birth: the patient would be under ${PLAUSIBLE_AGE.min} or over ${PLAUSIBLE_AGE.max}`,
      }),
    // Trim before validating: a pasted address often carries a stray space.
    email: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v), z.email({ error: "Enter a valid email, or leave it empty" }).max(254).optional()).transform((v) => v ?? null),
    phone: optionalText(30).refine((v) => v === null || /^[0-9+()\-.\s]{5,30}$/.test(v), { error: "Use digits, spaces and + ( ) - only" }),
    condition: z.preprocess((v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? DEFAULT_CONDITION : v), z.string().trim().max(120, { error: "Use at most 120 characters" }).refine(noControlCharacters, controlCharactersError)),
    affectedSide: z.enum(["left", "right", "both"], { error: "Choose the affected knee" }),
    onsetDate: z.preprocess((v) => (v === "" ? undefined : v), isoDate("onset date").refine((d) => d <= todayIso(), { error: "Onset cannot be in the future" }).optional()).transform((v) => v ?? null),
    // "Findings noted (descriptive)"; the field keeps the column's old name. Legacy keys are accepted
    // so that saving a record that holds one does not drop it (the form only offers current ones).
    riskFactors: checkedKeys(STORABLE_FINDING_KEYS),
    aggravatingActivities: checkedKeys(activityKeys),
    intakeScreen: checkedKeys(INTAKE_SCREEN_KEYS),
    notes: optionalText(5000),
    primaryTherapistId: z.uuid({ error: "Choose the primary therapist" }),
});

const onsetAfterBirth = <T extends { onsetDate: string | null; dateOfBirth: string }>(p: T) => p.onsetDate === null || p.onsetDate >= p.dateOfBirth;
const onsetError = { error: "Onset cannot be before the date of birth", path: ["onsetDate"] };
/** "None present" and a ticked red flag contradict each other: ask rather than guess which is right. */
const screenConsistent = <T extends { intakeScreen: string[] }>(p: T) =>
  !(p.intakeScreen.includes(RED_FLAGS_NONE.key) && p.intakeScreen.some((k) => INTAKE_RED_FLAG_KEYS.includes(k)));
const screenError = { error: "You ticked \"none present\" and a red flag: untick one of them", path: ["intakeScreen"] };

export const patientSchema = patientFields.refine(onsetAfterBirth, onsetError).refine(screenConsistent, screenError);
export const patientUpdateSchema = patientFields
  .extend({ patientId: z.uuid({ error: "Unknown patient" }) })
  .refine(onsetAfterBirth, onsetError)
  .refine(screenConsistent, screenError);
export const patientIdField = z.object({ patientId: z.uuid({ error: "Unknown patient" }) });

export type PatientInput = z.output<typeof patientSchema>;
