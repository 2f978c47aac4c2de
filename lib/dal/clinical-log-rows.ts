import type { ClinicalLog } from "@/lib/clinical/pain-log-types";

/**
 * The database returns numeric(5,2) columns as strings ("4.50") so no precision is lost on the
 * way out; the clinical rules want numbers. Convert here, once, and treat anything unparseable
 * as "not recorded" rather than as 0 km, which would read as a rest day.
 */
export function kmOrNull(value: string | null): number | null {
  if (value === null || value.trim() === "") return null;
  const km = Number(value);
  return Number.isFinite(km) ? km : null;
}

export type PainLogNumbers = {
  logDate: string;
  painAtRest: number;
  painDuringExercise: number | null;
  painNextMorning: number | null;
  runDistanceKm: string | null;
  longestRunKm: string | null;
};

export function toClinicalLog(row: PainLogNumbers): ClinicalLog {
  return {
    logDate: row.logDate,
    painAtRest: row.painAtRest,
    painDuringExercise: row.painDuringExercise,
    painNextMorning: row.painNextMorning,
    runDistanceKm: kmOrNull(row.runDistanceKm),
    longestRunKm: kmOrNull(row.longestRunKm),
  };
}

/** A pain log as the screens show it: numbers, not numeric strings. */
export type PainLogView = {
  logDate: string;
  painAtRest: number;
  painDuringExercise: number | null;
  painNextMorning: number | null;
  aggravatingActivities: string[];
  grinding: boolean;
  runDistanceKm: number | null;
  longestRunKm: number | null;
  note: string | null;
};

export function toPainLogView<T extends Omit<PainLogView, "runDistanceKm" | "longestRunKm"> & { runDistanceKm: string | null; longestRunKm: string | null }>(
  row: T,
): Omit<T, "runDistanceKm" | "longestRunKm"> & Pick<PainLogView, "runDistanceKm" | "longestRunKm"> {
  return { ...row, runDistanceKm: kmOrNull(row.runDistanceKm), longestRunKm: kmOrNull(row.longestRunKm) };
}
