import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb, type DbOrTx } from "@/db/client";
import { auditEvents, patients, type NewAuditEvent } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { assertCan } from "./guard";

export type AuditInput = Pick<NewAuditEvent, "clinicId" | "actorId" | "action" | "entity" | "entityId" | "patientId" | "ip" | "detail">;

/** Append one audit row. Runs inside the caller's transaction when given one, so it commits with the change. */
export async function recordAuditEvent(db: DbOrTx, event: AuditInput): Promise<void> {
  await db.insert(auditEvents).values(event);
}

/**
 * Request data the DAL cannot read itself (lib/dal never imports next/headers): the page or route
 * handler passes `clientIp(await headers())` from lib/request-ip.ts.
 */
export type ReadContext = { ip: string | null };

/**
 * Every way to see one patient's data, and the one audit action each writes. A page request
 * writes exactly one row: the page's entry point in the DAL calls auditPatientRead once, and the
 * sections it renders (flags, runs, review, protocol summary) read without auditing.
 */
export const PATIENT_READS = {
  record: { action: "patient.viewed", entity: "patient" },
  edit: { action: "patient.edit-opened", entity: "patient" },
  protocol: { action: "protocol.builder-opened", entity: "patient" },
  "logs-csv": { action: "pain-logs.exported", entity: "patient" },
  "protocol-pdf": { action: "protocol.pdf-downloaded", entity: "protocol" },
} as const satisfies Record<string, { action: string; entity: string }>;

export type PatientRead = keyof typeof PATIENT_READS;

/** Views of many patients: one row per request, with no patient id and nothing that names one. */
export const LIST_READS = {
  patients: { action: "patients.listed", entity: "patient-list" },
  dashboard: { action: "dashboard.viewed", entity: "dashboard" },
} as const satisfies Record<string, { action: string; entity: string }>;

export type ListRead = keyof typeof LIST_READS;

type PatientReadInput = ReadContext & {
  patientId: string;
  read: PatientRead;
  /** The thing read when it is not the patient row itself (the protocol of a PDF). */
  entityId?: string;
  detail?: Record<string, unknown>;
};

/**
 * THE audited read of one patient. Staff of the patient's clinic, or the patient themself (their
 * own PDF download: recorded, but /my/access lists staff only). The patient is re-checked against
 * the caller's clinic here, so no code path can write a row naming another clinic's patient;
 * anything outside scope answers 404 like the read itself.
 */
export async function auditPatientRead(caller: Caller, input: PatientReadInput, db?: DbOrTx): Promise<void> {
  if (caller.role === "patient") {
    if (!caller.patientId || input.patientId !== caller.patientId) notFound();
  } else {
    assertCan(caller, "read:patient:clinic");
  }
  const conn = db ?? (await getDb());
  const { action, entity } = PATIENT_READS[input.read];
  // One statement: the row is written only when the patient is the caller's clinic's. Drizzle's
  // insert-from-select names every column in the table's order, so id and at say their defaults.
  const written = await conn
    .insert(auditEvents)
    .select(
      conn
        .select({
          id: sql`nextval(pg_get_serial_sequence('audit_events', 'id'))`.as("id"),
          clinicId: sql`${caller.clinicId}::uuid`.as("clinic_id"), actorId: sql`${caller.userId}::uuid`.as("actor_id"),
          action: sql`${action}`.as("action"), entity: sql`${entity}`.as("entity"), entityId: sql`${input.entityId ?? input.patientId}`.as("entity_id"),
          patientId: patients.id, at: sql`now()`.as("at"), ip: sql`${input.ip}`.as("ip"),
          detail: sql`${input.detail === undefined ? null : JSON.stringify(input.detail)}::jsonb`.as("detail"),
        })
        .from(patients)
        .where(and(eq(patients.id, input.patientId), eq(patients.clinicId, caller.clinicId))),
    )
    .returning({ id: auditEvents.id });
  if (written.length === 0) notFound();
}

/**
 * The audited view of a list (patient table, dashboard). `detail` must never name a patient: the
 * caller passes the view's shape (scope, page, whether a search was typed), not the search text.
 */
export async function auditListRead(
  caller: Caller,
  input: ReadContext & { list: ListRead; detail?: Record<string, string | number | boolean> },
  db?: DbOrTx,
): Promise<void> {
  assertCan(caller, "read:patient:clinic");
  const { action, entity } = LIST_READS[input.list];
  await recordAuditEvent(db ?? (await getDb()), {
    clinicId: caller.clinicId, actorId: caller.userId, action, entity, entityId: null, patientId: null, ip: input.ip, detail: input.detail ?? null,
  });
}
