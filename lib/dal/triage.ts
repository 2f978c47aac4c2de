import "server-only";
import { and, desc, eq, gte, inArray, isNotNull, isNull, or } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb, type DbOrTx } from "@/db/client";
import { flagReviews, painLogs, patients, protocols } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { computeFlags, FLAG_RULES, SEVERITY, type FlagRule } from "@/lib/clinical/flags";
import { addDays, todayIso } from "@/lib/dates";
import { flagEvidenceKey, flagLogDates } from "./flag-evidence-key";
import { assertCan } from "./guard";
import { loadRuleLogs } from "./triage-logs";
import { uuidOr404 } from "./uuid-or-404";

/**
 * The triage queue: flags from lib/clinical/flags.ts for the clinic's patients in active care,
 * minus the ones a therapist has marked reviewed (flag_reviews).
 *
 * Bound, so a page view never reads the clinic's whole log history into memory:
 * - Patients: not archived, and either an active protocol or a log in the last 45 days
 *   (patients.last_log_date). Anyone else is not in active care: no flag for them.
 * - Logs: per candidate, only the rows the rules can look at (triage-logs.ts): the latest 2,
 *   the runs of the 30 days before the latest, and the first readings that make the baseline.
 *   At most 41 rows a patient whatever the episode's length, and the flags are exactly those
 *   computeFlags gives on the whole episode (tested).
 * Measured (a one-off bench, Nov 2026): 1,000 active patients with 120 days of daily logs in a
 * clinic of 6,000 patients and 276k logs: ~150-230 ms on PostgreSQL, ~300 ms on PGlite.
 */
export const ACTIVE_CARE_WINDOW_DAYS = 45;

export type TriageScope = "mine" | "all";

const SEVERITY_LABELS: Record<number, "Urgent" | "Review" | "Watch"> = {
  [SEVERITY.urgent]: "Urgent",
  [SEVERITY.review]: "Review",
  [SEVERITY.watch]: "Watch",
};

export type TriageFlag = {
  patientId: string;
  patientName: string;
  rule: FlagRule;
  label: string;
  severity: number;
  severityLabel: "Urgent" | "Review" | "Watch";
  reason: string;
  /** Newest first. */
  logDates: string[];
  evidenceKey: string;
};

type Selection = { scope: TriageScope; today: string; patientId?: string };

const activeProtocol = (caller: Caller) =>
  and(eq(protocols.patientId, patients.id), eq(protocols.clinicId, caller.clinicId), eq(protocols.status, "active"));

function candidateWhere(caller: Caller, { scope, today, patientId }: Selection) {
  return and(
    eq(patients.clinicId, caller.clinicId),
    isNull(patients.archivedAt),
    scope === "mine" ? eq(patients.primaryTherapistId, caller.userId) : undefined,
    patientId ? eq(patients.id, patientId) : undefined,
    or(gte(patients.lastLogDate, addDays(today, -ACTIVE_CARE_WINDOW_DAYS)), isNotNull(protocols.id)),
  );
}

/** Every current flag (reviewed or not) for the selected patients, most urgent first. */
async function computeClinicFlags(db: DbOrTx, caller: Caller, selection: Selection): Promise<TriageFlag[]> {
  const candidates = await db
    .select({ id: patients.id, fullName: patients.fullName, protocolStart: protocols.startDate })
    .from(patients)
    .leftJoin(protocols, activeProtocol(caller))
    .where(candidateWhere(caller, selection));
  if (candidates.length === 0) return [];

  const logs = await loadRuleLogs(db, caller, { candidates, today: selection.today });

  const ruleOrder = Object.keys(FLAG_RULES) as FlagRule[];
  return candidates
    .flatMap((patient) =>
      computeFlags(logs.get(patient.id) ?? [], { today: selection.today, protocolStartDate: patient.protocolStart ?? undefined }).map(
        (flag): TriageFlag => ({
          patientId: patient.id,
          patientName: patient.fullName,
          rule: flag.rule,
          label: FLAG_RULES[flag.rule].label,
          severity: flag.severity,
          severityLabel: SEVERITY_LABELS[flag.severity] ?? "Review",
          reason: flag.reason,
          logDates: flagLogDates(flag),
          evidenceKey: flagEvidenceKey(flag),
        }),
      ),
    )
    .sort(
      (a, b) =>
        b.severity - a.severity ||
        ruleOrder.indexOf(a.rule) - ruleOrder.indexOf(b.rule) ||
        (b.logDates[0] ?? "").localeCompare(a.logDates[0] ?? "") ||
        a.patientName.localeCompare(b.patientName),
    );
}

const reviewId = (f: { patientId: string; rule: string; evidenceKey: string }) => `${f.patientId}\u0000${f.rule}\u0000${f.evidenceKey}`;

/** The queue: current flags nobody has reviewed yet, most urgent first. */
export async function listTriageFlags(
  caller: Caller,
  { scope = "mine", today = todayIso() }: { scope?: TriageScope; today?: string } = {},
): Promise<TriageFlag[]> {
  assertCan(caller, "read:pain-log:clinic");
  const db = await getDb();
  const flags = await computeClinicFlags(db, caller, { scope, today });
  if (flags.length === 0) return [];
  const reviews = await db
    .select({ patientId: flagReviews.patientId, rule: flagReviews.rule, evidenceKey: flagReviews.evidenceKey })
    .from(flagReviews)
    .where(
      and(
        eq(flagReviews.clinicId, caller.clinicId),
        inArray(flagReviews.patientId, [...new Set(flags.map((f) => f.patientId))]),
        inArray(flagReviews.evidenceKey, [...new Set(flags.map((f) => f.evidenceKey))]),
      ),
    );
  const reviewed = new Set(reviews.map(reviewId));
  return flags.filter((f) => !reviewed.has(reviewId(f)));
}

/**
 * Marks one flag reviewed. The patient id and evidence key come from a form, so both are checked
 * again here: the patient must be in the caller's clinic and the flag must exist right now,
 * recomputed from the logs. Anything else answers 404 and writes nothing. Reviewing twice is
 * harmless (the second insert does nothing).
 */
export async function markFlagReviewed(
  caller: Caller,
  tx: DbOrTx,
  input: { patientId: string; rule: string; evidenceKey: string },
  { today = todayIso() }: { today?: string } = {},
): Promise<TriageFlag> {
  assertCan(caller, "review:flag:clinic");
  const patientId = uuidOr404(input.patientId);
  const flags = await computeClinicFlags(tx, caller, { scope: "all", today, patientId });
  const flag = flags.find((f) => f.rule === input.rule && f.evidenceKey === input.evidenceKey);
  if (!flag) notFound();
  await tx
    .insert(flagReviews)
    .values({ clinicId: caller.clinicId, patientId, rule: flag.rule, evidenceKey: flag.evidenceKey, reviewedBy: caller.userId })
    .onConflictDoNothing();
  return flag;
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
