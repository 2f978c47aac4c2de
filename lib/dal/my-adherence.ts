import "server-only";
import { and, eq, gte, lte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { exerciseCompletions } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { weeklyAdherenceByVersion, type WeeklyAdherenceByVersion } from "@/lib/clinical/adherence-by-version";
import { assertCan, ownPatientId } from "./guard";
import type { DateRange } from "./pain-logs";
import { loadProtocolVersions, versionsInForce } from "./versions-in-force";

/**
 * The signed-in patient's weekly adherence over a date range (/my/history), counted against the
 * version of their active plan in force each day, as the therapist's record counts it: a plan that
 * grew mid-episode does not make the earlier weeks look half done. Starts no earlier than the
 * plan's start date; null when the patient has no active plan. Every statement is scoped to the
 * caller's own patient record and clinic.
 */
export async function getMyWeeklyAdherence(caller: Caller, range: DateRange): Promise<WeeklyAdherenceByVersion[] | null> {
  assertCan(caller, "read:protocol:own");
  assertCan(caller, "read:pain-log:own");
  const patientId = ownPatientId(caller);
  const db = await getDb();
  const [plan] = await loadProtocolVersions(caller, db, patientId, { activeOnly: true });
  if (!plan) return null;
  const from = plan.startDate > range.from ? plan.startDate : range.from;
  if (from > range.to) return [];
  const completions = await db
    .select({ doneOn: exerciseCompletions.doneOn, exerciseId: exerciseCompletions.exerciseId })
    .from(exerciseCompletions)
    .where(and(
      eq(exerciseCompletions.clinicId, caller.clinicId), eq(exerciseCompletions.patientId, patientId),
      gte(exerciseCompletions.doneOn, from), lte(exerciseCompletions.doneOn, range.to),
    ));
  return weeklyAdherenceByVersion(versionsInForce([plan]), completions, { from, to: range.to });
}
