import type { Role } from "@/db/schema";

/**
 * The verified caller every DAL function takes first. Built only from a session whose user row
 * was re-read from the database (lib/auth/session.ts), never from anything the client sent.
 */
export type Caller = {
  userId: string;
  role: Role;
  clinicId: string;
  /** The patient record a patient account is linked to; null for staff. */
  patientId: string | null;
  name: string;
  email: string;
  /** The clinic's IANA time zone (or the server's when the clinic has not set one): "today" is counted in it. */
  timeZone: string;
  /** The server-side session row this request came with (lib/dal/sessions.ts); null only in tests and scripts. */
  sessionId: string | null;
};
