import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { patients } from "./patients";
import { roleEnum, users } from "./users";

/**
 * What a single-use link does: a patient's portal invite (from the record), a staff invite
 * (from /admin/therapists, with the role and name to create), or a password reset for an
 * existing account (staff from an admin, a patient's "reset portal access" from the record).
 */
export const linkKindEnum = pgEnum("link_kind", ["patient-invite", "staff-invite", "reset"]);

/** Single-use link. Only a SHA-256 of the token is stored: a database leak yields no links. */
export const invites = pgTable(
  "invites",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    kind: linkKindEnum().notNull().default("patient-invite"),
    /** patient-invite: the patient whose portal account it creates. */
    patientId: uuid().references(() => patients.id),
    /** reset: the account whose password it sets. */
    userId: uuid().references(() => users.id),
    /** staff-invite: who to create. */
    email: text(),
    name: text(),
    role: roleEnum(),
    tokenHash: text().notNull(),
    createdBy: uuid().notNull().references(() => users.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    voidedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invites_token_hash_key").on(t.tokenHash),
    index("invites_patient_idx").on(t.patientId),
    index("invites_user_idx").on(t.userId),
    check(
      "invites_kind_target",
      sql`(${t.kind} = 'patient-invite' and ${t.patientId} is not null) or (${t.kind} = 'reset' and ${t.userId} is not null) or (${t.kind} = 'staff-invite' and ${t.email} is not null and ${t.name} is not null and ${t.role} in ('admin', 'therapist'))`,
    ),
  ],
);

export type Invite = typeof invites.$inferSelect;
export type LinkKind = (typeof linkKindEnum.enumValues)[number];
