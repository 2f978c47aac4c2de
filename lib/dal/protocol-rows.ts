import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { protocolItems, protocols, protocolVersions, type Side } from "@/db/schema";
import type { RunFields } from "@/lib/clinical/run-stage-change";

export type { RunFields };

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

/** One version's run fields (all null for a version that does not exist, e.g. before version 1). */
export async function versionRunFields(db: DbOrTx, protocolId: string, version: number): Promise<RunFields> {
  const [row] = await db
    .select({ runStage: protocolVersions.runStage, runStageSince: protocolVersions.runStageSince, runPainLimit: protocolVersions.runPainLimit })
    .from(protocolVersions)
    .where(and(eq(protocolVersions.protocolId, protocolId), eq(protocolVersions.version, version)));
  return row ?? { runStage: null, runStageSince: null, runPainLimit: null };
}

/** One version's chosen education modules (null: Stride's default set, and for a version that does not exist). */
export async function versionEducationModules(db: DbOrTx, protocolId: string, version: number): Promise<string[] | null> {
  const [row] = await db
    .select({ educationModules: protocolVersions.educationModules })
    .from(protocolVersions)
    .where(and(eq(protocolVersions.protocolId, protocolId), eq(protocolVersions.version, version)));
  return row?.educationModules ?? null;
}

/**
 * Inserts one version with its items; callers bump protocols.current_version themselves. Without
 * `run`, the version keeps the walk-run stage of the version before it (every save path that is
 * not about running, e.g. a dose change, leaves the stage alone). Likewise without
 * `educationModules`, it keeps the previous version's chosen modules (an approved suggestion too).
 */
export async function insertProtocolVersion(
  db: DbOrTx,
  input: {
    protocolId: string; version: number; title: string; phase: number; createdBy: string; items: ProtocolItemInput[]; createdAt?: Date; run?: RunFields;
    educationModules?: readonly string[] | null;
  },
) {
  const run = input.run ?? (await versionRunFields(db, input.protocolId, input.version - 1));
  const educationModules = input.educationModules === undefined ? await versionEducationModules(db, input.protocolId, input.version - 1) : input.educationModules;
  const [version] = await db
    .insert(protocolVersions)
    .values({
      protocolId: input.protocolId, version: input.version, title: input.title, phase: input.phase, createdBy: input.createdBy, ...run,
      educationModules: educationModules === null ? null : [...educationModules], ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    })
    .returning();
  if (!version) throw new Error("version insert returned nothing");
  if (input.items.length > 0) {
    await db.insert(protocolItems).values(input.items.map((item, position) => ({ ...item, versionId: version.id, position })));
  }
  return version;
}

export async function createProtocol(
  db: DbOrTx,
  input: {
    clinicId: string; patientId: string; therapistId: string; title: string; phase?: number; startDate: string; items: ProtocolItemInput[]; createdAt?: Date; run?: RunFields;
    educationModules?: readonly string[] | null;
  },
) {
  const [protocol] = await db
    .insert(protocols)
    .values({ clinicId: input.clinicId, patientId: input.patientId, therapistId: input.therapistId, startDate: input.startDate, currentVersion: 1 })
    .returning();
  if (!protocol) throw new Error("protocol insert returned nothing");
  const version = await insertProtocolVersion(db, {
    protocolId: protocol.id, version: 1, title: input.title, phase: input.phase ?? 1, createdBy: input.therapistId, items: input.items, createdAt: input.createdAt, run: input.run,
    educationModules: input.educationModules ?? null,
  });
  return { protocol, version };
}
