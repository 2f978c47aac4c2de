import type { Side } from "@/db/schema";
import { ASCII_FOLD, slugify } from "@/lib/slug";
import { saysEachSide, type PlanExercise, type Prescription } from "@/lib/clinical/dose-notation";

/**
 * Everything the protocol handout prints, already resolved by the caller (no database access here),
 * so the renderer stays a pure function that tests and the benchmark can drive with plain objects.
 */
export type ProtocolPdfItem = PlanExercise & Prescription & { instructions: string; equipment: string };

export type ProtocolPdfData = {
  clinicName: string;
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
  /** The sign-in page the QR code points at, e.g. "https://clinic.example/login". */
  portalUrl: string;
  items: ProtocolPdfItem[];
  /** The plan's chosen education modules, printed as "What to know" (docs/clinical/education.md); absent prints none. */
  education?: { title: string; summary: string }[];
};

/** Print order follows how clinicians explain the programme: hip first, then knee, then stretching. */


export type DoseFields = Pick<ProtocolPdfItem, "sets" | "reps" | "holdSeconds" | "frequencyPerWeek" | "eachSide"> & { side?: Side };

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

// The 0x80-0x9F block of WinAnsi (cp1252); with Latin-1 and ASCII it is all Helvetica can encode.
const CP1252_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const REPLACEMENTS: Record<string, string> = {
  "≤": "<=", "≥": ">=", "→": "->", "←": "<-", "↑": "up", "↓": "down", "−": "-",
  "‐": "-", "‑": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
};

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || ch === "\n" || CP1252_EXTRAS.has(ch);
}

/**
 * Therapists type notes anywhere (phones insert "≤", arrows, emoji). The built-in Helvetica only
 * encodes WinAnsi, and anything else prints as garbage, so map what has a readable stand-in and
 * strip accents or drop the rest.
 */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (isWinAnsi(ch)) out += ch;
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (ASCII_FOLD[ch.toLowerCase()] !== undefined) out += ASCII_FOLD[ch.toLowerCase()];
    else if (ch === "\t" || ch === "\r") out += " ";
    else {
      const base = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      out += [...base].every(isWinAnsi) ? base : "";
    }
  }
  return out;
}

/**
 * The same data with every printed string made encodable; numbers and enums pass through. The
 * portal URL is left alone so the printed address always matches the QR code.
 */
export function toPrintable(data: ProtocolPdfData): ProtocolPdfData {
  const s = toWinAnsi;
  return {
    ...data,
    clinicName: s(data.clinicName),
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
