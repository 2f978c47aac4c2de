import { bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { users } from "./users";

/**
 * A server-side session. Its id rides in the next-auth JWT and is checked on every request
 * (docs/decisions/0008-server-side-sessions.md): signing out revokes the row, so a copied cookie
 * stops working at once; idle and absolute expiry are enforced here, not in the browser.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull().references(() => users.id),
    clinicId: uuid().notNull().references(() => clinics.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Moved forward by real page requests only, never by polling /api/auth/session. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Absolute end (12 h after sign-in), whatever the activity. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    /** Why it ended: sign-out, signed-out-elsewhere, password-changed, role-changed, disabled, idle... */
    revokedReason: text(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index("sessions_user_idx").on(t.userId, t.revokedAt)],
);

/**
 * Every sign-in attempt, for throttling shared by all instances and for the audit trail. The
 * password is never stored; the email as typed (normalised), so attempts on unknown emails count.
 */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    email: text().notNull(),
    ip: text(),
    /** success | failure | throttled | refused (disabled account) */
    outcome: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_attempts_email_ip_at_idx").on(t.email, t.ip, t.at), index("sign_in_attempts_ip_at_idx").on(t.ip, t.at)],
);

export type Session = typeof sessions.$inferSelect;
export type SignInAttempt = typeof signInAttempts.$inferSelect;
