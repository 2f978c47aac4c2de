import "server-only";
import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents, patients, users, type Role } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { AUDIT_PAGE_SIZE, auditDayRange, type AuditFilters } from "@/lib/validation/audit-filters";
import { recordAuditEvent, type ReadContext } from "./audit";
import { assertCan } from "./guard";

/** Audit actions in words for the clinic admin. An action not listed here is shown spelled out from its code. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "patient.viewed": "Opened a patient record",
  "patient.edit-opened": "Opened a record to edit",
  "protocol.builder-opened": "Opened the protocol builder",
  "pain-logs.exported": "Downloaded pain logs (CSV)",
  "protocol.pdf-downloaded": "Downloaded a protocol PDF",
  "patients.listed": "Viewed the patient list",
  "dashboard.viewed": "Viewed the dashboard",
  "patient.created": "Added a patient",
  "patient.updated": "Changed a patient record",
  "patient.notes-updated": "Changed a patient's notes",
  "patient.archived": "Archived a patient",
  "patient.unarchived": "Restored a patient",
  "protocol.started": "Started a protocol",
  "protocol.version-saved": "Saved a protocol version",
  "protocol.ended": "Ended a protocol",
  "flag.reviewed": "Reviewed a flag",
  "flags.reviewed-all": "Reviewed all of a patient's flags",
  "invite.created": "Created a portal invite",
  "invite.accepted": "Accepted a portal invite",
  "pain-log.saved": "Saved a pain log",
  "exercise.ticked": "Ticked an exercise done",
  "exercise.unticked": "Unticked an exercise",
  "run.added": "Logged a run",
  "run.updated": "Changed a run",
  "run.deleted": "Deleted a run",
  "exercise.created": "Added an exercise",
  "exercise.updated": "Changed an exercise",
  "exercise.duplicated": "Copied an exercise",
  "exercise.archived": "Archived an exercise",
  "exercise-media.uploaded": "Added a picture or video to an exercise",
  "exercise-media.removed": "Removed an exercise's picture or video",
  "template.created": "Added a template",
  "template.updated": "Changed a template",
  "template.duplicated": "Copied a template",
  "template.archived": "Archived a template",
  "clinic.updated": "Changed clinic settings",
  "auth.sign-in": "Signed in",
  "auth.sign-in-failed": "Failed sign-in",
  "auth.sign-in-refused": "Sign-in refused",
  "auth.sign-in-throttled": "Sign-in throttled",
  "auth.sign-out": "Signed out",
  "password.reset": "Set a new password from a reset link",
  "password-reset.created": "Created a staff password reset link",
  "portal-reset.created": "Created a portal password reset link",
  "account.password-changed": "Changed their own password",
  "account.other-sessions-ended": "Signed out of their other sessions",
  "staff.invited": "Invited a staff member",
  "staff.role-changed": "Changed a staff member's role",
  "staff.disabled": "Disabled a staff account",
  "staff.enabled": "Re-enabled a staff account",
  "audit.exported": "Exported the audit log",
};

/** "staff.role-changed" -> "Staff role changed": readable enough for an action added after this list. */
export function actionLabel(action: string): string {
  const known = AUDIT_ACTION_LABELS[action];
  if (known) return known;
  const words = action.replace(/[.-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type AuditLogRow = {
  id: number;
  at: Date;
  actorName: string | null;
  actorRole: Role | null;
  action: string;
  actionLabel: string;
  patientId: string | null;
  patientName: string | null;
  ip: string | null;
};

/** The CSV holds at most this many rows; a wider range is cut (and says so) rather than exhausting memory. */
export const AUDIT_EXPORT_LIMIT = 50_000;

// Joins carry the clinic too: a row can only ever name people and patients of the caller's clinic.
const actorJoin = (caller: Caller) => and(eq(users.id, auditEvents.actorId), eq(users.clinicId, caller.clinicId));
const patientJoin = (caller: Caller) => and(eq(patients.id, auditEvents.patientId), eq(patients.clinicId, caller.clinicId));

function whereOf(caller: Caller, filters: AuditFilters): SQL | undefined {
  const { start, end } = auditDayRange(filters, caller.timeZone);
  return and(
    eq(auditEvents.clinicId, caller.clinicId),
    filters.person ? eq(auditEvents.actorId, filters.person) : undefined,
    filters.patient ? eq(auditEvents.patientId, filters.patient) : undefined,
    filters.action ? eq(auditEvents.action, filters.action) : undefined,
    start ? gte(auditEvents.at, start) : undefined,
    end ? lt(auditEvents.at, end) : undefined,
  );
}

function orderOf(filters: AuditFilters): SQL[] {
  const { key, dir } = filters.sort;
  const column = { at: auditEvents.at, person: users.name, action: auditEvents.action, patient: patients.fullName }[key];
  const primary = dir === "asc" ? sql`${column} asc nulls last` : sql`${column} desc nulls last`;
  // Ties fall back to the newest, then the id, so paging never repeats or skips a row.
  return key === "at" ? [primary, dir === "asc" ? asc(auditEvents.id) : desc(auditEvents.id)] : [primary, desc(auditEvents.at), desc(auditEvents.id)];
}

const columns = {
  id: auditEvents.id,
  at: auditEvents.at,
  actorName: users.name,
  actorRole: users.role,
  action: auditEvents.action,
  patientId: auditEvents.patientId,
  patientName: patients.fullName,
  ip: auditEvents.ip,
};

async function selectRows(caller: Caller, filters: AuditFilters, limit: number, offset: number): Promise<AuditLogRow[]> {
  const db = await getDb();
  const rows = await db
    .select(columns)
    .from(auditEvents)
    .leftJoin(users, actorJoin(caller))
    .leftJoin(patients, patientJoin(caller))
    .where(whereOf(caller, filters))
    .orderBy(...orderOf(filters))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({ ...r, actionLabel: actionLabel(r.action) }));
}

/** One page of the clinic's audit log, filtered, sorted, counted and paged in SQL. Admins only. */
export async function listAuditLog(caller: Caller, filters: AuditFilters): Promise<{ rows: AuditLogRow[]; total: number; page: number; pageCount: number }> {
  assertCan(caller, "read:audit:clinic");
  const db = await getDb();
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(auditEvents).where(whereOf(caller, filters));
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const rows = await selectRows(caller, filters, AUDIT_PAGE_SIZE, (page - 1) * AUDIT_PAGE_SIZE);
  return { rows, total, page, pageCount };
}

/**
 * Every row of the current filter, in the table's order, for the CSV. The export is itself an
 * audit row ("audit.exported", with the filter), written after the rows are read so it is not in
 * the file it describes.
 */
export async function exportAuditLog(caller: Caller, filters: AuditFilters, context: ReadContext): Promise<{ rows: AuditLogRow[]; truncated: boolean }> {
  assertCan(caller, "read:audit:clinic");
  const fetched = await selectRows(caller, filters, AUDIT_EXPORT_LIMIT + 1, 0);
  const truncated = fetched.length > AUDIT_EXPORT_LIMIT;
  const rows = truncated ? fetched.slice(0, AUDIT_EXPORT_LIMIT) : fetched;
  await recordAuditEvent(await getDb(), {
    clinicId: caller.clinicId, actorId: caller.userId, action: "audit.exported", entity: "audit-log", entityId: null, patientId: null, ip: context.ip,
    detail: { rows: rows.length, truncated, filters: { person: filters.person, patient: filters.patient, action: filters.action, from: filters.from, to: filters.to } },
  });
  return { rows, truncated };
}

export type AuditFilterOptions = {
  people: { id: string; name: string; role: Role }[];
  patients: { id: string; name: string }[];
  actions: { value: string; label: string }[];
};

/** What the filter form offers: the clinic's people (staff first) and patients, and the actions in words. */
export async function getAuditFilterOptions(caller: Caller): Promise<AuditFilterOptions> {
  assertCan(caller, "read:audit:clinic");
  const db = await getDb();
  const [people, patientRows] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(eq(users.clinicId, caller.clinicId))
      .orderBy(sql`case ${users.role} when 'admin' then 0 when 'therapist' then 1 else 2 end`, asc(users.name), asc(users.id)),
    db
      .select({ id: patients.id, name: patients.fullName })
      .from(patients)
      .where(eq(patients.clinicId, caller.clinicId))
      .orderBy(asc(patients.fullName), asc(patients.id)),
  ]);
  const actions = Object.entries(AUDIT_ACTION_LABELS)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { people, patients: patientRows, actions };
}
