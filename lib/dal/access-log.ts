import "server-only";
import { and, count, desc, eq, inArray, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { assertCan, ownPatientId } from "./guard";

/** What staff did with a patient's record, in words for the patient. Other audit actions stay internal. */
export const ACCESS_DESCRIPTIONS: Record<string, string> = {
  "patient.viewed": "opened your record",
  "patient.created": "created your record",
  "patient.updated": "updated your record",
  "patient.archived": "archived your record",
  "patient.unarchived": "restored your record",
  "protocol.started": "started your exercise plan",
  "protocol.version-saved": "changed your exercise plan",
  "protocol.ended": "ended your exercise plan",
  "protocol.pdf-downloaded": "printed your exercise plan",
  "pain-logs.exported": "downloaded your pain logs",
  "flag.reviewed": "reviewed your pain logs",
  "invite.created": "created your portal invite",
};

export const ACCESS_PAGE_SIZE = 50;

export type AccessEntry = { at: Date; who: string; role: "admin" | "therapist" | "patient" | null; did: string };

/**
 * Who at the clinic opened or changed the patient's own record (DESIGN.md: /my/access), newest
 * first. The patient id is the session's; the patient's own actions are left out.
 */
export async function listAccessToOwnRecord(caller: Caller, page = 1): Promise<{ entries: AccessEntry[]; total: number }> {
  assertCan(caller, "read:access-log:own");
  const patientId = ownPatientId(caller);
  const db = await getDb();
  const where = and(
    eq(auditEvents.patientId, patientId),
    eq(auditEvents.clinicId, caller.clinicId),
    ne(auditEvents.actorId, caller.userId),
    inArray(auditEvents.action, Object.keys(ACCESS_DESCRIPTIONS)),
  );
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(auditEvents).where(where);
  const rows = await db
    .select({ at: auditEvents.at, action: auditEvents.action, who: users.name, role: users.role })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(ACCESS_PAGE_SIZE)
    .offset((Math.max(1, page) - 1) * ACCESS_PAGE_SIZE);
  return {
    total,
    entries: rows.map((r) => ({ at: r.at, who: r.who ?? "A former staff member", role: r.role, did: ACCESS_DESCRIPTIONS[r.action] ?? "accessed your record" })),
  };
}
