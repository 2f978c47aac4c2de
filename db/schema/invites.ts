import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { patients } from "./patients";
import { users } from "./users";

/** Single-use portal invite. Only a SHA-256 of the token is stored: a database leak yields no links. */
export const invites = pgTable(
  "invites",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    patientId: uuid().notNull().references(() => patients.id),
    tokenHash: text().notNull(),
    createdBy: uuid().notNull().references(() => users.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    voidedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("invites_token_hash_key").on(t.tokenHash), index("invites_patient_idx").on(t.patientId)],
);

export type Invite = typeof invites.$inferSelect;
