import type { ClinicalLog } from "@/lib/clinical/pain-log-types";

/**
 * The database returns numeric columns (run distances) as strings ("4.50") so no precision is
 * lost on the way out; the clinical rules want numbers. Convert here, once, and treat anything
 * unparseable as "not recorded" rather than as 0 km, which would read as a rest day.
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
};

export function toClinicalLog(row: PainLogNumbers): ClinicalLog {
  return { logDate: row.logDate, painAtRest: row.painAtRest, painDuringExercise: row.painDuringExercise, painNextMorning: row.painNextMorning };
}

/** A pain log as the screens show it. Runs are their own rows (lib/dal/runs.ts). */
export type PainLogView = {
  logDate: string;
  painAtRest: number;
  painDuringExercise: number | null;
  painNextMorning: number | null;
  aggravatingActivities: string[];
  grinding: boolean;
  /** Keys of the red-flag questions answered yes (lib/clinical/red-flags.ts). */
  redFlags: string[];
  note: string | null;
};
