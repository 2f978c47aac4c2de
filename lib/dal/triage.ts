import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { painLogs, patients } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { checkNoRecentLogs } from "./flag-evaluation";
import type { TriageScope } from "./flags";
import { assertCan } from "./guard";
import { uuidOr404 } from "./uuid-or-404";

/**
 * The dashboard's other reads. The flag queue itself is lib/dal/flags.ts (stored events).
 */

/**
 * "No log for 7 days" is a fact about time passing, not about a new log, so nothing arrives to
 * raise it: the dashboard and the record run the idempotent check for the caller's clinic (or one
 * patient) as they load, and `npm run jobs` runs it for every clinic on a schedule.
 */
export async function runLapseCheck(caller: Caller, { patientId, now }: { patientId?: string; now?: Date } = {}): Promise<number> {
  assertCan(caller, "read:pain-log:clinic");
  const db = await getDb();
  // The caller's time zone is the clinic's (lib/auth/session.ts), so the check need not read it again.
  return checkNoRecentLogs(db, caller.clinicId, { now, timeZone: caller.timeZone, patientId: patientId === undefined ? undefined : uuidOr404(patientId) });
}

export type RecentLog = {
  id: string;
  patientId: string;
  patientName: string;
  logDate: string;
  painAtRest: number;
  painDuringExercise: number | null;
  painNextMorning: number | null;
};

/** The clinic's newest logs (active patients; "mine" narrows to the caller's own patients). */
export async function listRecentLogs(
  caller: Caller,
  { scope = "all", limit = 10 }: { scope?: TriageScope; limit?: number } = {},
): Promise<RecentLog[]> {
  assertCan(caller, "read:pain-log:clinic");
  const db = await getDb();
  return db
    .select({
      id: painLogs.id, patientId: painLogs.patientId, patientName: patients.fullName, logDate: painLogs.logDate,
      painAtRest: painLogs.painAtRest, painDuringExercise: painLogs.painDuringExercise, painNextMorning: painLogs.painNextMorning,
    })
    .from(painLogs)
    .innerJoin(patients, and(eq(patients.id, painLogs.patientId), eq(patients.clinicId, caller.clinicId)))
    .where(
      and(
        eq(painLogs.clinicId, caller.clinicId),
        isNull(patients.archivedAt),
        scope === "mine" ? eq(patients.primaryTherapistId, caller.userId) : undefined,
      ),
    )
    .orderBy(desc(painLogs.logDate), desc(painLogs.updatedAt))
    .limit(Math.min(Math.max(1, limit), 50));
}
