import { z } from "zod";
import { pageSizeEnum } from "@/db/schema";
import { isValidTimeZone } from "@/lib/dates";
import { requiredText } from "./dose";

export const PAGE_SIZES = pageSizeEnum.enumValues;

// Loose on purpose: clinics write numbers their own way ("+44 (0)20 7946 0958", "555.867.5309").
// The rule only keeps out letters and typos such as a pasted email address.
const PHONE = /^[0-9 +\-().]{6,30}$/;
const PHONE_ERROR = "Enter a phone number of 6 to 30 characters: digits, spaces and + - ( ) . only.";

/** The runtime's own spelling of a zone ("europe/london" -> "Europe/London", "US/Eastern" -> "America/New_York"). */
function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: zone }).resolvedOptions().timeZone;
}

/** An empty choice is "the server's zone" (null); anything else must be a zone the runtime knows. */
const timeZoneField = z
  .string({ error: "Choose a time zone." })
  .trim()
  .max(64, { error: "Choose a time zone from the list." })
  .refine((v) => v === "" || isValidTimeZone(v), {
    error: (issue) => `"${String(issue.input)}" is not a time zone this server knows. Choose one from the list, such as Europe/London.`,
  })
  .transform((v) => (v === "" ? null : canonicalZone(v)));

const phoneField = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => (v ?? "").trim())
  .refine((v) => v === "" || (PHONE.test(v) && /\d/.test(v)), { error: PHONE_ERROR })
  .transform((v) => (v === "" ? null : v));

/** /admin/clinic: what an admin may change about their own clinic. */
export const clinicSettingsSchema = z.object({
  name: requiredText("Clinic name", 120),
  timeZone: timeZoneField,
  phone: phoneField,
  pdfPageSize: z.enum(PAGE_SIZES, { error: "Choose A4 or Letter." }),
});

export type ClinicSettingsInput = z.output<typeof clinicSettingsSchema>;

/**
 * The zones the settings form offers: every zone the runtime lists, plus UTC (which
 * Intl.supportedValuesOf leaves out) and the clinic's current zone if the list lacks its spelling,
 * so the saved value is always the selected one.
 */
export function selectableTimeZones(current: string | null): string[] {
  const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  if (current) zones.add(current);
  return [...zones].sort((a, b) => (a === "UTC" ? -1 : b === "UTC" ? 1 : a.localeCompare(b)));
}
