import "server-only";
import { and, count, eq, gte, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { clinics, painLogs, patients, protocols } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { addDays, todayInZone } from "@/lib/dates";
import { assertCan, foundOr404 } from "./guard";

export type ClinicOverview = {
  clinicName: string;
  activePatients: number;
  myPatients: number;
  activeProtocols: number;
  logsLast7Days: number;
};

/** The staff home's headline numbers, all scoped to the caller's clinic. */
export async function getClinicOverview(caller: Caller): Promise<ClinicOverview> {
  assertCan(caller, "read:patient:clinic");
  const db = await getDb();
  const [clinic] = await db.select({ name: clinics.name }).from(clinics).where(eq(clinics.id, caller.clinicId));
  const [patientCounts] = await db
    .select({
      active: count(),
      mine: sql<number>`count(*) filter (where ${patients.primaryTherapistId} = ${caller.userId})`.mapWith(Number),
    })
    .from(patients)
    .where(and(eq(patients.clinicId, caller.clinicId), isNull(patients.archivedAt)));
  const [protocolCount] = await db
    .select({ n: count() })
    .from(protocols)
    .where(and(eq(protocols.clinicId, caller.clinicId), eq(protocols.status, "active")));
  const [logCount] = await db
    .select({ n: count() })
    .from(painLogs)
    .where(and(eq(painLogs.clinicId, caller.clinicId), gte(painLogs.logDate, addDays(todayInZone(caller.timeZone), -6))));
  return {
    clinicName: foundOr404(clinic).name,
    activePatients: patientCounts?.active ?? 0,
    myPatients: patientCounts?.mine ?? 0,
    activeProtocols: protocolCount?.n ?? 0,
    logsLast7Days: logCount?.n ?? 0,
  };
}
