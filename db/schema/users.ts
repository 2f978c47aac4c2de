import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";

export const roleEnum = pgEnum("role", ["admin", "therapist", "patient"]);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    role: roleEnum().notNull(),
    /** Stored lower-cased; the unique index is on the stored value. */
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    disabledAt: timestamp({ withTimezone: true }),
    /** Bumped to revoke every JWT issued before (password change, disabling, "sign out everywhere"). */
    sessionVersion: integer().notNull().default(1),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    index("users_clinic_role_idx").on(t.clinicId, t.role),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_failed_logins_nonnegative", sql`${t.failedLogins} >= 0`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Role = (typeof roleEnum.enumValues)[number];
