import { addDays, daysBetween, todayInZone } from "@/lib/dates";
import { isoWeekStart, type CompletionRow, type PrescribedItem, type WeeklyAdherence } from "./adherence";

/**
 * Weekly adherence against the plan that was in force each day, not the plan of today
 * (docs/clinical/timeline.md). A plan that grew from 3 to 6 exercises in week 3 must not make
 * weeks 1 and 2 look half done.
 *
 * Stride's choice: each day of a week belongs to the version in force that day, and a version
 * contributes one seventh of its weekly frequency per day it was in force. So a change on a
 * Thursday prescribes 3/7 of the old plan and 4/7 of the new one that week (prorated per day),
 * rounded to whole sessions as adherence.ts does. The rest follows adherence.ts: a session counts
 * once per exercise per day, only for exercises of the version in force that day, and each
 * exercise is credited at most its own (prorated, rounded up) frequency.
 */
export type VersionInForce = {
  version: number;
  /** The first day (clinic time zone) the version applies. */
  from: string;
  /** The last day it could apply (the protocol's end date); null while the protocol runs. */
  until: string | null;
  items: readonly PrescribedItem[];
};

export type WeeklyAdherenceByVersion = WeeklyAdherence & {
  /** The versions in force on at least one day of the week, oldest first. */
  versions: number[];
};

/**
 * The day each version came into force: v1 from the protocol's start date (it may be typed in
 * after the first session), every later version from the day it was saved in the clinic's time
 * zone (a version saved at 23:30 counts from that day), never before the start date.
 */
export function versionStartDays<V extends { version: number; createdAt: Date }>(
  versions: readonly V[],
  { startDate, timeZone }: { startDate: string; timeZone: string },
): (V & { from: string })[] {
  return [...versions]
    .sort((a, b) => a.version - b.version)
    .map((v) => {
      const saved = todayInZone(timeZone, v.createdAt);
      return { ...v, from: v.version === 1 || saved < startDate ? startDate : saved };
    });
}

/** The version in force on a day: the latest to start on or before it that has not ended; the later in the list on a tie. */
function versionOn(versions: readonly VersionInForce[], day: string): VersionInForce | null {
  let found: VersionInForce | null = null;
  for (const v of versions) {
    if (v.from > day || (v.until !== null && day > v.until)) continue;
    if (found === null || v.from >= found.from) found = v;
  }
  return found;
}

function frequencies(items: readonly PrescribedItem[]): Map<string, number> {
  const byId = new Map<string, number>();
  for (const item of items) byId.set(item.exerciseId, (byId.get(item.exerciseId) ?? 0) + item.frequencyPerWeek);
  return byId;
}

export function weeklyAdherenceByVersion(
  versions: readonly VersionInForce[],
  completions: readonly CompletionRow[],
  range: { from: string; to: string },
): WeeklyAdherenceByVersion[] {
  if (range.from > range.to) return [];
  const perVersion = new Map(versions.map((v) => [v, frequencies(v.items)]));
  const doneOn = new Set(completions.map((c) => `${c.doneOn}|${c.exerciseId}`));

  const weeks: WeeklyAdherenceByVersion[] = [];
  for (let weekStart = isoWeekStart(range.from); weekStart <= range.to; weekStart = addDays(weekStart, 7)) {
    const first = weekStart < range.from ? range.from : weekStart;
    const weekEnd = addDays(weekStart, 6);
    const last = weekEnd > range.to ? range.to : weekEnd;

    // Sums of weekly frequencies over the days in force, in sevenths: whole numbers, so no
    // floating-point drift reaches the rounding.
    let prescribedSevenths = 0;
    const capSevenths = new Map<string, number>();
    const sessions = new Map<string, number>();
    const inForce = new Set<number>();
    for (let i = 0; i <= daysBetween(first, last); i++) {
      const day = addDays(first, i);
      const version = versionOn(versions, day);
      if (!version) continue;
      inForce.add(version.version);
      for (const [exerciseId, frequency] of perVersion.get(version) ?? []) {
        prescribedSevenths += frequency;
        capSevenths.set(exerciseId, (capSevenths.get(exerciseId) ?? 0) + frequency);
        if (doneOn.has(`${day}|${exerciseId}`)) sessions.set(exerciseId, (sessions.get(exerciseId) ?? 0) + 1);
      }
    }
    const prescribed = Math.round(prescribedSevenths / 7);
    let done = 0;
    for (const [exerciseId, sevenths] of capSevenths) done += Math.min(sessions.get(exerciseId) ?? 0, Math.ceil(sevenths / 7));
    weeks.push({
      weekStart,
      prescribed,
      done,
      ratio: prescribed === 0 ? null : Math.min(1, done / prescribed),
      versions: [...inForce].sort((a, b) => a - b),
    });
  }
  return weeks;
}
