/** Calendar dates as YYYY-MM-DD strings in the server's time zone, the form the date columns use. */
export function isoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

export function todayIso(now: Date = new Date()): string {
  return isoDate(now);
}

/** Calendar arithmetic in UTC, so the server's zone (its DST, or a skipped day) never shifts the result. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a), immune to daylight-saving shifts. */
export function daysBetween(a: string, b: string): number {
  const toUtc = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/**
 * Calendar dates in a clinic's time zone. "Today", "no future dates", weeks and the 7- and 30-day
 * windows are all counted in the clinic's zone, so a log at 23:30 in Honolulu and one at 00:30 in
 * Tonga land on the day the patient lived, whatever zone the server runs in.
 */
/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one, and pages ask for days in a loop. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function todayInZone(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: "year" | "month" | "day") => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The zone the server runs in: the default for a clinic that has not chosen one. */
export function serverTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** True for a zone name the runtime knows ("Europe/London", "Pacific/Honolulu", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** The Monday of the week a date falls in: weeks run Monday to Sunday. */
export function weekStart(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return addDays(iso, -((weekday + 6) % 7));
}
