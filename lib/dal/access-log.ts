import "server-only";
import { and, count, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { assertCan, ownPatientId } from "./guard";

/** What staff did with a patient's record, in words for the patient. Other audit actions stay internal. */
export const ACCESS_DESCRIPTIONS: Record<string, string> = {
  "patient.viewed": "opened your record",
  "patient.edit-opened": "opened your record to edit it",
  "protocol.builder-opened": "opened your exercise plan",
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
  "flags.reviewed-all": "reviewed your pain logs",
  "invite.created": "created your portal invite",
  "portal-reset.created": "created a link to reset your portal password",
};

export const ACCESS_PAGE_SIZE = 50;

export type AccessEntry = { id: number; at: Date; who: string; role: "admin" | "therapist"; did: string };

const STAFF = ["admin", "therapist"] as const;

/**
 * Who at the clinic opened or changed the patient's own record (DESIGN.md: /my/access), newest
 * first. The patient id is the session's. Only staff rows: the patient's own actions (their PDF
 * download, their logs) and system events are left out.
 */
export async function listAccessToOwnRecord(caller: Caller, page = 1): Promise<{ entries: AccessEntry[]; total: number; page: number; pageCount: number }> {
  assertCan(caller, "read:access-log:own");
  const patientId = ownPatientId(caller);
  const db = await getDb();
  const where = and(
    eq(auditEvents.patientId, patientId),
    eq(auditEvents.clinicId, caller.clinicId),
    inArray(auditEvents.action, Object.keys(ACCESS_DESCRIPTIONS)),
    inArray(users.role, [...STAFF]),
  );
  // The actor must be staff of this clinic: the join carries the clinic too, so no other clinic's user can appear.
  const actor = and(eq(users.id, auditEvents.actorId), eq(users.clinicId, caller.clinicId));
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(auditEvents).innerJoin(users, actor).where(where);
  const pageCount = Math.max(1, Math.ceil(total / ACCESS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = await db
    .select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action, who: users.name, role: users.role })
    .from(auditEvents)
    .innerJoin(users, actor)
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(ACCESS_PAGE_SIZE)
    .offset((current - 1) * ACCESS_PAGE_SIZE);
  return {
    total,
    page: current,
    pageCount,
    entries: rows.map((r) => ({
      id: r.id, at: r.at, who: r.who, role: r.role === "admin" ? "admin" : "therapist", did: ACCESS_DESCRIPTIONS[r.action] ?? "accessed your record",
    })),
  };
}
