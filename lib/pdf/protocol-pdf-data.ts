import type { Side } from "@/db/schema";
import { slugify } from "@/lib/slug";
import { saysEachSide, type PlanExercise, type Prescription } from "@/lib/clinical/dose-notation";

/**
 * Everything the protocol handout prints, already resolved by the caller (no database access here),
 * so the renderer stays a pure function that tests and the benchmark can drive with plain objects.
 */
export type ProtocolPdfItem = PlanExercise & Prescription & {
  instructions: string;
  equipment: string;
  /** The built-in it stands for, whose drawing the card shows (lib/clinical/library-key.ts); null draws none. */
  libraryKey: string | null;
};

export type ProtocolPdfData = {
  clinicName: string;
  /** Printed on every page beside the clinic's name; null when the clinic has not set one. */
  clinicPhone: string | null;
  pageSize: "A4" | "LETTER";
  patientName: string;
  therapistName: string;
  title: string;
  phase: number;
  version: number;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD: the day this version of the protocol was saved. */
  versionDate: string;
  /** YYYY-MM-DD */
  generatedOn: string;
  /** The QR code's target, printed as typed: the plan through sign-in (see handoutPlanUrl). */
  portalUrl: string;
  items: ProtocolPdfItem[];
  /** The plan's chosen education modules, printed as "What to know" (docs/clinical/education.md); absent prints none. */
  education?: { title: string; summary: string }[];
};

/**
 * Where the handout's QR code leads: sign-in, then straight to the plan (the login page follows only
 * same-origin paths, lib/auth/redirects.ts). Left unencoded so the printed address is easy to type.
 */
export function handoutPlanUrl(baseUrl: string): string {
  return `${baseUrl}/login?callbackUrl=/my/plan`;
}

export type DoseFields = Pick<ProtocolPdfItem, "sets" | "reps" | "holdSeconds" | "frequencyPerWeek" | "eachSide"> & { side?: Side; equipment?: string };

/**
 * Timed work done with a tool is minutes of that activity, not a hold (the library's rolling doses
 * are "1-2 minutes of rolling", lib/clinical/exercise-library/flexibility.ts). Read from the
 * exercise's equipment, which a clinic's own rolling exercise also names.
 */
const TIMED_ACTIVITIES: readonly { equipment: RegExp; activity: string }[] = [
  { equipment: /\bfoam roller\b/i, activity: "rolling" },
  { equipment: /\bmassage gun\b/i, activity: "massage" },
];

function timedActivity(equipment: string | undefined): string | null {
  if (!equipment) return null;
  return TIMED_ACTIVITIES.find((t) => t.equipment.test(equipment))?.activity ?? null;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function holdLength(seconds: number): string {
  // Whole minutes read more naturally on paper than "120-second"; odd values stay in seconds.
  return seconds >= 120 && seconds % 60 === 0 ? `${seconds / 60}-minute` : `${seconds}-second`;
}

export function formatFrequency(perWeek: number): string {
  if (perWeek === 7) return "daily";
  if (perWeek === 14) return "twice daily";
  if (perWeek === 1) return "once a week";
  // Above 7 a "days a week" count is impossible, so the unit becomes sessions.
  return perWeek < 7 ? `${perWeek} days a week` : `${perWeek} times a week`;
}

/** Patient-facing dose text, e.g. "3 sets x 12 reps, each side, 5 days a week". */
export function formatDose(item: DoseFields): string {
  let amount: string;
  if (item.reps !== null && item.holdSeconds !== null) {
    // Phrased without an article: "a 8-second hold" would be wrong for half the numbers.
    const hold = item.holdSeconds >= 120 && item.holdSeconds % 60 === 0
      ? plural(item.holdSeconds / 60, "minute", "minutes")
      : plural(item.holdSeconds, "second", "seconds");
    amount = `${plural(item.sets, "set", "sets")} x ${plural(item.reps, "rep", "reps")}, holding each for ${hold}`;
  } else if (item.reps !== null) {
    amount = `${plural(item.sets, "set", "sets")} x ${plural(item.reps, "rep", "reps")}`;
  } else if (item.holdSeconds !== null && timedActivity(item.equipment)) {
    const length = item.holdSeconds >= 60 && item.holdSeconds % 60 === 0
      ? plural(item.holdSeconds / 60, "minute", "minutes")
      : plural(item.holdSeconds, "second", "seconds");
    amount = `${item.sets === 1 ? "" : `${item.sets} x `}${length} of ${timedActivity(item.equipment)}`;
  } else if (item.holdSeconds !== null) {
    amount = `${item.sets} x ${holdLength(item.holdSeconds)} ${item.sets === 1 ? "hold" : "holds"}`;
  } else {
    amount = plural(item.sets, "set", "sets");
  }
  const parts = [amount];
  if (saysEachSide(item)) parts.push("each side");
  parts.push(formatFrequency(item.frequencyPerWeek));
  return parts.join(", ");
}

export function formatSide(side: Side): string {
  if (side === "left") return "Left leg";
  if (side === "right") return "Right leg";
  return "Both legs";
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];

/**
 * "2025-03-07" -> "7 March 2025": spelled-out months cannot be misread across US and UK conventions,
 * and no locale data is needed. Anything that is not an ISO date is printed as given.
 */
export function formatLongDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** The download name: ASCII only and free of path characters, so it is safe in Content-Disposition. */
export function pdfFileName(patientName: string, version: number): string {
  const slug = slugify(patientName, "patient");
  const v = Number.isFinite(version) && version >= 1 ? Math.trunc(version) : 1;
  return `stride-protocol-${slug}-v${v}.pdf`;
}

// Pictographs (emoji) and their joiners/selectors: no embedded font has them, and react-pdf would
// print Helvetica's stand-ins for their bytes. Every other character has a glyph in lib/pdf/fonts.ts.
const UNPRINTABLE = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200d\ufe0e\ufe0f]/gu;

/** Text as the handout prints it: NFC (one glyph per accented letter), without pictographs. */
export function printableText(text: string): string {
  return text.normalize("NFC").replace(UNPRINTABLE, "").replace(/[\t\r]/g, " ");
}

/**
 * The same data with every printed string made printable; numbers and enums pass through. The
 * portal URL is left alone so the printed address always matches the QR code.
 */
export function toPrintable(data: ProtocolPdfData): ProtocolPdfData {
  const s = printableText;
  return {
    ...data,
    clinicName: s(data.clinicName),
    clinicPhone: data.clinicPhone === null ? null : s(data.clinicPhone),
    patientName: s(data.patientName),
    therapistName: s(data.therapistName),
    title: s(data.title),
    items: data.items.map((item) => ({
      ...item,
      name: s(item.name),
      load: item.load === null ? null : s(item.load),
      note: item.note === null ? null : s(item.note),
      instructions: s(item.instructions),
      equipment: s(item.equipment),
    })),
    education: data.education?.map((m) => ({ title: s(m.title), summary: s(m.summary) })),
  };
}
