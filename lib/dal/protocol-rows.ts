import "server-only";
import type { DbOrTx } from "@/db/client";
import { protocolItems, protocols, protocolVersions, type Side } from "@/db/schema";
import type { RunFields } from "@/lib/clinical/run-stage-change";

/**
 * The raw inserts behind a protocol and its versions, with no caller checks: lib/dal/protocol-writes.ts
 * checks the caller and the patient first; the demo seed and the tests build history with them directly.
 */
export type ProtocolItemInput = {
  exerciseId: string;
  sets: number;
  reps?: number | null;
  holdSeconds?: number | null;
  frequencyPerWeek: number;
  eachSide?: boolean;
  side: Side;
  load?: string | null;
  note?: string | null;
};

/** Inserts one version with its items; callers bump protocols.current_version themselves. */
export async function insertProtocolVersion(
  db: DbOrTx,
  input: { protocolId: string; version: number; title: string; phase: number; createdBy: string; items: ProtocolItemInput[]; createdAt?: Date; run?: RunFields },
) {
  const [version] = await db
    .insert(protocolVersions)
    .values({ protocolId: input.protocolId, version: input.version, title: input.title, phase: input.phase, createdBy: input.createdBy, ...(input.createdAt ? { createdAt: input.createdAt } : {}), ...input.run })
    .returning();
  if (!version) throw new Error("version insert returned nothing");
  if (input.items.length > 0) {
    await db.insert(protocolItems).values(input.items.map((item, position) => ({ ...item, versionId: version.id, position })));
  }
  return version;
}

export async function createProtocol(
  db: DbOrTx,
  input: { clinicId: string; patientId: string; therapistId: string; title: string; phase?: number; startDate: string; items: ProtocolItemInput[]; createdAt?: Date },
) {
  const [protocol] = await db
    .insert(protocols)
    .values({ clinicId: input.clinicId, patientId: input.patientId, therapistId: input.therapistId, startDate: input.startDate, currentVersion: 1 })
    .returning();
  if (!protocol) throw new Error("protocol insert returned nothing");
  const version = await insertProtocolVersion(db, {
    protocolId: protocol.id, version: 1, title: input.title, phase: input.phase ?? 1, createdBy: input.therapistId, items: input.items, createdAt: input.createdAt,
  });
  return { protocol, version };
}
