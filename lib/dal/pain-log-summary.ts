import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { painLogs, patients } from "@/db/schema";

/**
 * Recomputes patients.last_log_date and latest_pain from the patient's newest log. Call it in
 * the same transaction as any pain-log write. "Latest pain" is the worst of the three NPRS
 * readings on the newest log: the number a therapist scanning the table cares about. One
 * statement: the update reads the newest log itself (both null when there is none), through the
 * one-log-per-day index.
 */
export async function refreshPatientLogSummary(db: DbOrTx, clinicId: string, patientId: string): Promise<void> {
  const newest = (value: SQL) =>
    sql`(select ${value} from ${painLogs} where ${painLogs.patientId} = ${patientId} and ${painLogs.clinicId} = ${clinicId} order by ${painLogs.logDate} desc limit 1)`;
  await db
    .update(patients)
    .set({
      lastLogDate: newest(sql`${painLogs.logDate}`),
      latestPain: newest(sql`greatest(${painLogs.painAtRest}, coalesce(${painLogs.painDuringExercise}, 0), coalesce(${painLogs.painNextMorning}, 0))`),
    })
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, clinicId)));
}
