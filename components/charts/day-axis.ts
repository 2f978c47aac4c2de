/**
 * A numeric day axis for the pain chart: days since 1970 rather than one slot per log, so a gap
 * in logging shows as a gap and a version mark lands on its date even when nobody logged that day.
 */

const DAY_MS = 86_400_000;

/** YYYY-MM-DD to whole days since 1970-01-01 (UTC, so no time zone shifts the day). */
export function toDay(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** "12 Mar", for ticks and the tooltip; the year is plain from the period shown. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}

/**
 * The axis for a period: a tick a week from its first day (a fortnight past nine weeks, so long
 * episodes stay legible). A period of one day would leave the axis without width, so it gets a day
 * either side and the readings sit in the middle.
 */
export function dayAxis(from: string, to: string): { domain: [number, number]; ticks: number[] } {
  const start = toDay(from);
  const end = toDay(to);
  const step = end - start > 63 ? 14 : 7;
  const ticks: number[] = [];
  for (let day = start; day <= end; day += step) ticks.push(day);
  return { domain: start < end ? [start, end] : [start - 1, start + 1], ticks };
}
