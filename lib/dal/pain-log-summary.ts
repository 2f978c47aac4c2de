import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { painLogs, patients } from "@/db/schema";

/**
 * Recomputes patients.last_log_date and latest_pain from the patient's newest log. Call it in
 * the same transaction as any pain-log write. "Latest pain" is the worst of the three NPRS
 * readings on the newest log: the number a therapist scanning the table cares about.
 */
export async function refreshPatientLogSummary(db: DbOrTx, clinicId: string, patientId: string): Promise<void> {
  const [latest] = await db
    .select({ logDate: painLogs.logDate, rest: painLogs.painAtRest, exercise: painLogs.painDuringExercise, morning: painLogs.painNextMorning })
    .from(painLogs)
    .where(and(eq(painLogs.patientId, patientId), eq(painLogs.clinicId, clinicId)))
    .orderBy(desc(painLogs.logDate))
    .limit(1);
  await db
    .update(patients)
    .set({
      lastLogDate: latest?.logDate ?? null,
      latestPain: latest ? Math.max(latest.rest, latest.exercise ?? 0, latest.morning ?? 0) : null,
    })
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, clinicId)));
}
