import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { patients, protocols, protocolVersions } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { chosenEducationModules, isRunner, type EducationModule } from "@/lib/clinical/education";
import { assertCan, ownPatientId } from "./guard";

/**
 * The education modules of the signed-in patient's active plan (/my/learn), at its current version:
 * the therapist's choice, or Stride's default set when none was made (docs/clinical/education.md).
 * Scoped to the session's own patient and clinic in the WHERE clause; null when there is no plan.
 */
export async function listMyEducation(caller: Caller): Promise<EducationModule[] | null> {
  assertCan(caller, "read:protocol:own");
  const patientId = ownPatientId(caller);
  const db = await getDb();
  const [row] = await db
    .select({ stored: protocolVersions.educationModules, runStage: protocolVersions.runStage, aggravatingActivities: patients.aggravatingActivities })
    .from(protocols)
    .innerJoin(protocolVersions, and(eq(protocolVersions.protocolId, protocols.id), eq(protocolVersions.version, protocols.currentVersion)))
    .innerJoin(patients, and(eq(patients.id, protocols.patientId), eq(patients.clinicId, protocols.clinicId)))
    .where(and(eq(protocols.patientId, patientId), eq(protocols.clinicId, caller.clinicId), eq(protocols.status, "active")));
  if (!row) return null;
  return chosenEducationModules(row.stored, { runner: isRunner(row, row.runStage) });
}

/** One module of the patient's own plan; a key the plan does not include, or no key at all, is a 404. */
export async function getMyEducationModule(caller: Caller, key: unknown): Promise<EducationModule> {
  const modules = (await listMyEducation(caller)) ?? [];
  const found = typeof key === "string" ? modules.find((m) => m.key === key) : undefined;
  if (!found) notFound();
  return found;
}
