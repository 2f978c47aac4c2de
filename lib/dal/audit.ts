import "server-only";
import type { DbOrTx } from "@/db/client";
import { auditEvents, type NewAuditEvent } from "@/db/schema";

export type AuditInput = Pick<NewAuditEvent, "clinicId" | "actorId" | "action" | "entity" | "entityId" | "patientId" | "ip" | "detail">;

/** Append one audit row. Runs inside the caller's transaction when given one, so it commits with the change. */
export async function recordAuditEvent(db: DbOrTx, event: AuditInput): Promise<void> {
  await db.insert(auditEvents).values(event);
}
