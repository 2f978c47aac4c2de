import "server-only";
import { and, eq, gte, isNull, sql } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { clinics, painLogs, patients, protocols } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { addDays, todayInZone } from "@/lib/dates";
import { cappedTotal, type CappedTotal } from "./capped-page";
import { assertCan, foundOr404 } from "./guard";

export type ClinicOverview = {
  clinicName: string;
  activePatients: CappedTotal;
  myPatients: CappedTotal;
  activeProtocols: CappedTotal;
  logsLast7Days: CappedTotal;
};

/**
 * The staff home's headline numbers, all scoped to the caller's clinic, each counted up to
 * COUNT_CAP ("1,000+", docs/decisions/0023): an exact count of a 100k-patient clinic is a scan
 * of all of it on every dashboard load. The five statements run at once.
 */
export async function getClinicOverview(caller: Caller): Promise<ClinicOverview> {
  assertCan(caller, "read:patient:clinic");
  const db = await getDb();
  const capped = (matches: PgSelect) => cappedTotal(db, matches);
  const one = { one: sql`1` };
  const active = and(eq(patients.clinicId, caller.clinicId), isNull(patients.archivedAt));
  const [[clinic], activePatients, myPatients, activeProtocols, logsLast7Days] = await Promise.all([
    db.select({ name: clinics.name }).from(clinics).where(eq(clinics.id, caller.clinicId)),
    capped(db.select(one).from(patients).where(active).$dynamic()),
    capped(db.select(one).from(patients).where(and(active, eq(patients.primaryTherapistId, caller.userId))).$dynamic()),
    capped(db.select(one).from(protocols).where(and(eq(protocols.clinicId, caller.clinicId), eq(protocols.status, "active"))).$dynamic()),
    capped(
      db.select(one).from(painLogs)
        .where(and(eq(painLogs.clinicId, caller.clinicId), gte(painLogs.logDate, addDays(todayInZone(caller.timeZone), -6))))
        .$dynamic(),
    ),
  ]);
  return { clinicName: foundOr404(clinic).name, activePatients, myPatients, activeProtocols, logsLast7Days };
}
