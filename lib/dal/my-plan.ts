import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type DbOrTx } from "@/db/client";
import { exercises, protocolItems, protocols, protocolVersions, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { libraryKeyOf } from "@/lib/clinical/library-key";
import { assertCan, ownPatientId } from "./guard";
import type { PrescribedItem } from "./protocols";

/**
 * A prescribed exercise as the patient sees it: the therapist's prescription (dose, side, load,
 * note) plus the exercise's patient instructions and equipment. Deliberately nothing else from the
 * library row: its dose note (e.g. a self-progression rule), target muscles and default dose are
 * for staff, and patients see only what their therapist approved (domain file, "Patient-facing
 * wording"). Adding a library column here puts it in front of patients: don't.
 */
export type MyPlanItem = PrescribedItem & {
  instructions: string;
  equipment: string;
  /** Which built-in drawing shows how to do it (not clinical content): see libraryKeyOf. */
  libraryKey: string | null;
};

export type MyPlan = {
  id: string;
  title: string;
  phase: number;
  version: number;
  startDate: string;
  therapistName: string | null;
  items: MyPlanItem[];
};

const therapist = alias(users, "therapist");
const source = alias(exercises, "source_exercise");

/**
 * The signed-in patient's active protocol at its current version, or null when there is none.
 * Takes a db handle so writes can check exercise ids against it inside their own transaction.
 */
export async function loadMyPlan(caller: Caller, db: DbOrTx): Promise<MyPlan | null> {
  assertCan(caller, "read:protocol:own");
  const patientId = ownPatientId(caller);
  const [protocol] = await db
    .select({
      id: protocols.id, startDate: protocols.startDate, versionId: protocolVersions.id, version: protocolVersions.version,
      title: protocolVersions.title, phase: protocolVersions.phase, therapistName: therapist.name,
    })
    .from(protocols)
    .innerJoin(protocolVersions, and(eq(protocolVersions.protocolId, protocols.id), eq(protocolVersions.version, protocols.currentVersion)))
    .leftJoin(therapist, eq(therapist.id, protocols.therapistId))
    .where(and(eq(protocols.patientId, patientId), eq(protocols.clinicId, caller.clinicId), eq(protocols.status, "active")));
  if (!protocol) return null;

  const items = await db
    .select({
      exerciseId: protocolItems.exerciseId, name: exercises.name, group: exercises.group, instructions: exercises.instructions,
      equipment: exercises.equipment, sets: protocolItems.sets, reps: protocolItems.reps,
      holdSeconds: protocolItems.holdSeconds, frequencyPerWeek: protocolItems.frequencyPerWeek, eachSide: protocolItems.eachSide,
      side: protocolItems.side, load: protocolItems.load, note: protocolItems.note,
      key: exercises.key, ownClinic: exercises.clinicId, sourceKey: source.key, sourceClinic: source.clinicId,
    })
    .from(protocolItems)
    .innerJoin(exercises, eq(exercises.id, protocolItems.exerciseId))
    .leftJoin(source, eq(source.id, exercises.sourceExerciseId))
    .where(eq(protocolItems.versionId, protocol.versionId))
    .orderBy(asc(protocolItems.position));

  const { versionId: _versionId, ...rest } = protocol;
  return { ...rest, items: items.map(({ key, ownClinic, sourceKey, sourceClinic, ...item }) => ({ ...item, libraryKey: libraryKeyOf({ key, ownClinic, sourceKey, sourceClinic }) })) };
}

export async function getMyPlan(caller: Caller): Promise<MyPlan | null> {
  return loadMyPlan(caller, await getDb());
}
