import { z } from "zod";
import { AGGRAVATING_ACTIVITIES, RISK_FACTORS } from "@/lib/clinical/intake";
import { ageFrom } from "@/lib/format";
import { todayIso } from "@/lib/dates";
import { checkedKeys, isoDate, optionalText } from "./form";

export const DEFAULT_CONDITION = "Patellofemoral pain (runner's knee)";
/** Adolescents get patellofemoral pain too; outside this range a date of birth is a typo. */
export const PLAUSIBLE_AGE = { min: 5, max: 110 } as const;

const riskKeys = RISK_FACTORS.map((r) => r.key) as [string, ...string[]];
const activityKeys = AGGRAVATING_ACTIVITIES.map((a) => a.key) as [string, ...string[]];

const patientFields = z.object({
    fullName: z.string({ error: "Enter the patient's name" }).trim().min(1, { error: "Enter the patient's name" }).max(120, { error: "Use at most 120 characters" }),
    dateOfBirth: isoDate("date of birth")
      .refine((d) => d <= todayIso(), { error: "Date of birth cannot be in the future" })
      .refine((d) => d > todayIso() || (ageFrom(d) >= PLAUSIBLE_AGE.min && ageFrom(d) <= PLAUSIBLE_AGE.max), {
        error: `Check the date of birth: the patient would be under ${PLAUSIBLE_AGE.min} or over ${PLAUSIBLE_AGE.max}`,
      }),
    // Trim before validating: a pasted address often carries a stray space.
    email: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v), z.email({ error: "Enter a valid email, or leave it empty" }).max(254).optional()).transform((v) => v ?? null),
    phone: optionalText(30).refine((v) => v === null || /^[0-9+()\-.\s]{5,30}$/.test(v), { error: "Use digits, spaces and + ( ) - only" }),
    condition: z.preprocess((v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? DEFAULT_CONDITION : v), z.string().trim().max(120, { error: "Use at most 120 characters" })),
    affectedSide: z.enum(["left", "right", "both"], { error: "Choose the affected knee" }),
    onsetDate: z.preprocess((v) => (v === "" ? undefined : v), isoDate("onset date").refine((d) => d <= todayIso(), { error: "Onset cannot be in the future" }).optional()).transform((v) => v ?? null),
    riskFactors: checkedKeys(riskKeys),
    aggravatingActivities: checkedKeys(activityKeys),
    notes: optionalText(5000),
    primaryTherapistId: z.uuid({ error: "Choose the primary therapist" }),
});

const onsetAfterBirth = <T extends { onsetDate: string | null; dateOfBirth: string }>(p: T) => p.onsetDate === null || p.onsetDate >= p.dateOfBirth;
const onsetError = { error: "Onset cannot be before the date of birth", path: ["onsetDate"] };

export const patientSchema = patientFields.refine(onsetAfterBirth, onsetError);
export const patientUpdateSchema = patientFields.extend({ patientId: z.uuid({ error: "Unknown patient" }) }).refine(onsetAfterBirth, onsetError);
export const patientIdField = z.object({ patientId: z.uuid({ error: "Unknown patient" }) });

export type PatientInput = z.output<typeof patientSchema>;
