import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { patients } from "./patients";
import { users } from "./users";

/** Append-only: who did or viewed what. Patients read the rows about their own record. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    clinicId: uuid().notNull().references(() => clinics.id),
    actorId: uuid().references(() => users.id),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    patientId: uuid().references(() => patients.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ip: text(),
    detail: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index("audit_events_clinic_at_idx").on(t.clinicId, t.at),
    index("audit_events_patient_at_idx").on(t.patientId, t.at),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
