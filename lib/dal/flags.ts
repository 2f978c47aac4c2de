import "server-only";
import { and, asc, count, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { flags, patients, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { FLAG_CATALOG } from "@/lib/clinical/flag-catalog";
import { SEVERITY_LABELS, type FlagRule, type FlagSeverity, type RaisedFlag } from "@/lib/clinical/flag-types";
import { cappedPage, countUpTo, type CappedPage } from "./capped-page";
import { assertCan, foundOr404 } from "./guard";
import { scopedPatient } from "./protocols";
import { uuidOr404 } from "./uuid-or-404";

/**
 * Stored triage flags (db/schema/flags.ts): raised when their evidence arrives, open until a
 * therapist reviews them. Every read and write is scoped to the caller's clinic in its WHERE.
 */
export type TriageScope = "mine" | "all";

export type FlagView = {
  id: string;
  patientId: string;
  patientName: string;
  rule: FlagRule;
  label: string;
  severity: FlagSeverity;
  severityLabel: "Urgent" | "Review" | "Watch";
  /** The sentence written when the flag was raised; it quotes the numbers of the evidence. */
  reason: string;
  evidenceDate: string;
  raisedAt: Date;
  review: { by: string; at: Date; note: string | null } | null;
};

/**
 * Stores what the rules raised for one patient, in the caller's transaction (the same one as the
 * log or run that brought the evidence). The unique (patient, rule, evidence key) makes a repeat
 * a no-op, so saving the same log twice never raises twice. Returns the flags newly stored.
 */
export async function raiseFlags(tx: DbOrTx, target: { clinicId: string; patientId: string }, raised: readonly RaisedFlag[]): Promise<RaisedFlag[]> {
  const inserted = await raiseFlagsFor(tx, raised.map((flag) => ({ ...target, flag })));
  const isNew = new Set(inserted.map((r) => `${r.rule}\u0000${r.evidenceKey}`));
  return raised.filter((f) => isNew.has(`${f.rule}\u0000${f.evidenceKey}`));
}

/** The same for several patients in one statement (the lapse check raises a clinic's at once). */
export async function raiseFlagsFor(
  tx: DbOrTx,
  raised: readonly { clinicId: string; patientId: string; flag: RaisedFlag }[],
): Promise<{ patientId: string; rule: string; evidenceKey: string }[]> {
  if (raised.length === 0) return [];
  return tx
    .insert(flags)
    .values(
      raised.map(({ clinicId, patientId, flag: f }) => ({
        clinicId, patientId, rule: f.rule, severity: f.severity, evidenceKey: f.evidenceKey, evidence: f.evidence, reason: f.reason, evidenceDate: f.evidenceDate,
      })),
    )
    .onConflictDoNothing()
    .returning({ patientId: flags.patientId, rule: flags.rule, evidenceKey: flags.evidenceKey });
}

const reviewer = users;

const viewColumns = {
  id: flags.id, patientId: flags.patientId, patientName: patients.fullName, rule: flags.rule, severity: flags.severity,
  reason: flags.reason, evidenceDate: flags.evidenceDate, raisedAt: flags.raisedAt,
  reviewedAt: flags.reviewedAt, reviewNote: flags.reviewNote, reviewerName: reviewer.name,
};

type ViewRow = {
  id: string; patientId: string; patientName: string; rule: string; severity: FlagSeverity; reason: string;
  evidenceDate: string; raisedAt: Date; reviewedAt: Date | null; reviewNote: string | null; reviewerName: string | null;
};

function toView(row: ViewRow): FlagView {
  const rule = row.rule as FlagRule;
  return {
    id: row.id, patientId: row.patientId, patientName: row.patientName, rule,
    label: FLAG_CATALOG[rule]?.label ?? rule, severity: row.severity, severityLabel: SEVERITY_LABELS[row.severity],
    reason: row.reason, evidenceDate: row.evidenceDate, raisedAt: row.raisedAt,
    review: row.reviewedAt ? { by: row.reviewerName ?? "A former staff member", at: row.reviewedAt, note: row.reviewNote } : null,
  };
}

export const QUEUE_PAGE_SIZE = 25;

/**
 * The triage queue: open flags of the clinic's patients in care (not archived), most urgent then
 * oldest first, one page at a time. The order is the partial index flags_open_queue_idx, so a page
 * is an index walk plus a primary-key join per row, whatever the number of open flags. The count
 * beside it stops at COUNT_CAP ("1,000+", docs/decisions/0023).
 */
export async function listFlagQueue(
  caller: Caller,
  { scope, page = 1, pageSize = QUEUE_PAGE_SIZE }: { scope: TriageScope; page?: number; pageSize?: number },
): Promise<CappedPage<FlagView>> {
  assertCan(caller, "read:pain-log:clinic");
  const db = await getDb();
  const where = and(
    eq(flags.clinicId, caller.clinicId),
    isNull(flags.reviewedAt),
    isNull(patients.archivedAt),
    scope === "mine" ? eq(patients.primaryTherapistId, caller.userId) : undefined,
  );
  const joinPatient = and(eq(patients.id, flags.patientId), eq(patients.clinicId, caller.clinicId));
  return cappedPage({
    page,
    pageSize,
    countUpTo: (limit) => countUpTo(db, db.select({ one: sql`1` }).from(flags).innerJoin(patients, joinPatient).where(where).$dynamic(), limit),
    fetchRows: async (offset, limit) => {
      const rows = await db
        .select(viewColumns)
        .from(flags)
        .innerJoin(patients, joinPatient)
        .leftJoin(reviewer, eq(reviewer.id, flags.reviewedBy))
        .where(where)
        .orderBy(asc(flags.severity), asc(flags.raisedAt), asc(flags.id))
        .limit(limit)
        .offset(offset);
      return rows.map(toView);
    },
  });
}

/** One patient's flags for the record: every open one, and the reviewed history, newest first. */
export async function listPatientFlags(caller: Caller, patientId: unknown, { historyLimit = 50 } = {}): Promise<{ open: FlagView[]; reviewed: FlagView[] }> {
  assertCan(caller, "read:pain-log:clinic");
  const db = await getDb();
  const patient = await scopedPatient(caller, db, patientId);
  const select = () =>
    db
      .select(viewColumns)
      .from(flags)
      .innerJoin(patients, and(eq(patients.id, flags.patientId), eq(patients.clinicId, caller.clinicId)))
      .leftJoin(reviewer, eq(reviewer.id, flags.reviewedBy));
  const ofPatient = and(eq(flags.clinicId, caller.clinicId), eq(flags.patientId, patient.id));
  const [open, reviewed] = await Promise.all([
    select().where(and(ofPatient, isNull(flags.reviewedAt))).orderBy(asc(flags.severity), asc(flags.raisedAt)),
    select()
      .where(and(ofPatient, isNotNull(flags.reviewedAt)))
      .orderBy(desc(flags.reviewedAt), desc(flags.raisedAt))
      .limit(historyLimit),
  ]);
  return { open: open.map(toView), reviewed: reviewed.map(toView) };
}

export type ReviewInput = { note: string | null };

/**
 * Marks one open flag reviewed. The id is a claim from a form: it must name a flag of the caller's
 * clinic (404 otherwise, nothing written). A flag already reviewed keeps its first review.
 */
export async function reviewOneFlag(caller: Caller, tx: DbOrTx, input: { flagId: unknown } & ReviewInput): Promise<{ patientId: string; patientName: string; rule: FlagRule; alreadyReviewed: boolean }> {
  assertCan(caller, "review:flag:clinic");
  const flagId = uuidOr404(input.flagId);
  const [row] = await tx
    .select({ patientId: flags.patientId, patientName: patients.fullName, rule: flags.rule, reviewedAt: flags.reviewedAt })
    .from(flags)
    .innerJoin(patients, and(eq(patients.id, flags.patientId), eq(patients.clinicId, caller.clinicId)))
    .where(and(eq(flags.id, flagId), eq(flags.clinicId, caller.clinicId)));
  const flag = foundOr404(row);
  const updated = await tx
    .update(flags)
    .set({ reviewedAt: new Date(), reviewedBy: caller.userId, reviewNote: input.note })
    .where(and(eq(flags.id, flagId), eq(flags.clinicId, caller.clinicId), isNull(flags.reviewedAt)))
    .returning({ id: flags.id });
  return { patientId: flag.patientId, patientName: flag.patientName, rule: flag.rule as FlagRule, alreadyReviewed: updated.length === 0 };
}

/** Marks every open flag of one patient (and only that patient) reviewed, with one note. */
export async function reviewAllPatientFlags(caller: Caller, tx: DbOrTx, input: { patientId: unknown } & ReviewInput): Promise<{ patientId: string; patientName: string; count: number }> {
  assertCan(caller, "review:flag:clinic");
  const patient = await scopedPatient(caller, tx, input.patientId);
  const updated = await tx
    .update(flags)
    .set({ reviewedAt: new Date(), reviewedBy: caller.userId, reviewNote: input.note })
    .where(and(eq(flags.clinicId, caller.clinicId), eq(flags.patientId, patient.id), isNull(flags.reviewedAt)))
    .returning({ id: flags.id });
  return { patientId: patient.id, patientName: patient.fullName, count: updated.length };
}

/** Open flag counts by severity for one patient (record header, patient lists). */
export async function countOpenFlags(caller: Caller, patientId: string): Promise<number> {
  assertCan(caller, "read:pain-log:clinic");
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(flags)
    .where(and(eq(flags.clinicId, caller.clinicId), eq(flags.patientId, patientId), isNull(flags.reviewedAt)));
  return row?.n ?? 0;
}
