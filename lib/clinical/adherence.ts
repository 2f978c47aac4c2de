import { addDays, daysBetween } from "@/lib/dates";

/**
 * Weekly adherence: the share of prescribed exercise sessions done, per ISO week (Monday start).
 *
 * - prescribed: the sum of frequencyPerWeek over the items; in a week the range only partly covers,
 *   prorated by (days of the week inside the range) / 7, rounded to the nearest whole session.
 * - done: distinct (exercise, day) completions inside the range, for prescribed exercises only, at
 *   most one per exercise per day. Each exercise is credited at most its own weekly frequency
 *   (prorated the same way, rounded up), so extra sessions of one exercise do not hide a skipped
 *   one: doing clamshells daily does not make up for never squatting.
 * - ratio: done / prescribed capped at 1; null when no sessions were due that week (nothing to
 *   measure, which is different from 0% adherence).
 */
export type PrescribedItem = { exerciseId: string; frequencyPerWeek: number };
export type CompletionRow = { doneOn: string; exerciseId: string };

export type WeeklyAdherence = {
  /** The Monday of the week, even when the range starts later in that week. */
  weekStart: string;
  prescribed: number;
  done: number;
  ratio: number | null;
};

/** The Monday on or before an ISO date. */
export function isoWeekStart(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const mondayBased = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(iso, -mondayBased);
}

export function weeklyAdherence(
  items: readonly PrescribedItem[],
  completions: readonly CompletionRow[],
  range: { from: string; to: string },
): WeeklyAdherence[] {
  if (range.from > range.to) return [];
  const frequencyById = new Map<string, number>();
  for (const item of items) {
    frequencyById.set(item.exerciseId, (frequencyById.get(item.exerciseId) ?? 0) + item.frequencyPerWeek);
  }
  const weeklyTotal = [...frequencyById.values()].reduce((sum, f) => sum + f, 0);

  // A set of days per (week, exercise): ticking the same exercise twice on one day counts once.
  const daysDone = new Map<string, Set<string>>();
  for (const row of completions) {
    if (row.doneOn < range.from || row.doneOn > range.to || !frequencyById.has(row.exerciseId)) continue;
    const key = `${isoWeekStart(row.doneOn)}|${row.exerciseId}`;
    const days = daysDone.get(key) ?? new Set<string>();
    days.add(row.doneOn);
    daysDone.set(key, days);
  }

  const weeks: WeeklyAdherence[] = [];
  for (let weekStart = isoWeekStart(range.from); weekStart <= range.to; weekStart = addDays(weekStart, 7)) {
    const first = weekStart < range.from ? range.from : weekStart;
    const weekEnd = addDays(weekStart, 6);
    const last = weekEnd > range.to ? range.to : weekEnd;
    const daysCovered = daysBetween(first, last) + 1;

    const prescribed = Math.round((weeklyTotal * daysCovered) / 7);
    let done = 0;
    for (const [exerciseId, frequency] of frequencyById) {
      const sessions = daysDone.get(`${weekStart}|${exerciseId}`)?.size ?? 0;
      done += Math.min(sessions, Math.ceil((frequency * daysCovered) / 7));
    }
    const ratio = prescribed === 0 ? null : Math.min(1, done / prescribed);
    weeks.push({ weekStart, prescribed, done, ratio });
  }
  return weeks;
}
