const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

type ZoneOption = {
  /**
   * IANA zone an instant is shown in: the clinic's (caller.timeZone). Without it, the zone of
   * whatever runs the code, which for a server is rarely the clinic's.
   */
  timeZone?: string;
};

/**
 * A YYYY-MM-DD string is a calendar day already counted in the clinic's zone: it is shown as that
 * day, never shifted. Anything else (a Date, or an ISO timestamp as a string, which is what a Date
 * becomes on its way to a client component) is an instant, shown on the day it fell in the zone.
 */
function toInstant(value: string | Date, timeZone: string | undefined): { at: Date; timeZone: string | undefined } {
  if (typeof value === "string" && CALENDAR_DATE.test(value)) {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    return { at: new Date(Date.UTC(y, m - 1, d, 12)), timeZone: "UTC" };
  }
  return { at: typeof value === "string" ? new Date(value) : value, timeZone };
}

/**
 * One Intl.DateTimeFormat per set of options and zone, kept for the life of the process.
 * `toLocaleDateString(locale, options)` builds a new formatter on every call (locale data, zone
 * rules), which made the patient table's 50 dates about 9% of a request's node CPU; formatting
 * with a kept one costs a few microseconds.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", options);
    dateFormats.set(key, format);
  }
  return format;
}

const wholeNumbers = new Intl.NumberFormat("en-GB");

/** "74,212": a count as the UI writes it. */
export const formatCount = (n: number): string => wholeNumbers.format(n);

/** Dates as clinicians read them ("12 Mar 2026"), from a YYYY-MM-DD string, an ISO timestamp or a Date. */
export function formatDate(value: string | Date, { timeZone }: ZoneOption = {}): string {
  const { at, timeZone: zone } = toInstant(value, timeZone);
  return dateFormat({ day: "numeric", month: "short", year: "numeric", timeZone: zone }).format(at);
}

/** "12 Mar 2026, 14:05": an instant (a Date or an ISO timestamp) in the clinic's zone. */
export function formatDateTime(value: string | Date, timeZone?: string): string {
  const at = typeof value === "string" ? new Date(value) : value;
  return dateFormat({ day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone }).format(at);
}

/** "12 Mar": for axes and week labels, where the year is plain from context. */
export function formatShortDate(iso: string): string {
  return dateFormat({ day: "numeric", month: "short" }).format(new Date(`${iso}T12:00:00`));
}

/** Whole years between a YYYY-MM-DD birth date and today. */
export function ageFrom(dateOfBirth: string, today: Date = new Date()): number {
  const [y, m, d] = dateOfBirth.split("-").map(Number) as [number, number, number];
  let age = today.getFullYear() - y;
  if (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d)) age--;
  return age;
}

/** A list's count as headers and pagers show it: "37", "1,000", or "1,000+" when the count stopped at its cap. */
export function formatTotal({ total, capped }: { total: number; capped: boolean }): string {
  return `${formatCount(total)}${capped ? "+" : ""}`;
}
