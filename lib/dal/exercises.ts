import "server-only";
import { and, asc, eq, ilike, inArray, isNull, like, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type DbOrTx } from "@/db/client";
import { exercises, type Exercise } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { libraryKeyOf } from "@/lib/clinical/library-key";
import { UserFacingError } from "@/lib/user-facing-error";
import { slugify } from "@/lib/slug";
import type { ExerciseInput } from "@/lib/validation/exercise";
import { assertCan, foundOr404 } from "./guard";
import { containsPattern } from "./contains-pattern";
import { isUniqueViolation } from "./unique-violation";
import { uuidOr404 } from "./uuid-or-404";

/** What the library and the plan editors show of an exercise. */
export type ExerciseDto = Pick<
  Exercise,
  "id" | "name" | "type" | "group" | "target" | "equipment" | "instructions" | "sets" | "reps" | "holdSeconds" | "frequencyPerWeek" | "eachSide" | "doseNote"
> & { builtIn: boolean; /** The built-in it stands for (its drawing): see libraryKeyOf. */ libraryKey: string | null };

const source = alias(exercises, "source_exercise");

const dtoColumns = {
  id: exercises.id, clinicId: exercises.clinicId, name: exercises.name, type: exercises.type, group: exercises.group,
  target: exercises.target, equipment: exercises.equipment, instructions: exercises.instructions, sets: exercises.sets,
  reps: exercises.reps, holdSeconds: exercises.holdSeconds, frequencyPerWeek: exercises.frequencyPerWeek,
  eachSide: exercises.eachSide, doseNote: exercises.doseNote,
  key: exercises.key, sourceKey: source.key, sourceClinic: source.clinicId,
};

type DtoRow = { clinicId: string | null; key: string; sourceKey: string | null; sourceClinic: string | null } & Omit<ExerciseDto, "builtIn" | "libraryKey">;

function toDto({ clinicId, key, sourceKey, sourceClinic, ...row }: DtoRow): ExerciseDto {
  return { ...row, builtIn: clinicId === null, libraryKey: libraryKeyOf({ key, ownClinic: clinicId, sourceKey, sourceClinic }) };
}

/** The built-in library (clinic_id null) plus the caller's own clinic: nothing of other clinics. */
function visibleTo(caller: Caller): SQL {
  return or(isNull(exercises.clinicId), eq(exercises.clinicId, caller.clinicId)) as SQL;
}


/** The library as the caller's clinic sees it, optionally searched by name, target or equipment. */
export async function listExercises(caller: Caller, { q = "" }: { q?: string } = {}): Promise<ExerciseDto[]> {
  assertCan(caller, "read:exercise:clinic");
  const db = await getDb();
  const search = q.trim();
  const pattern = containsPattern(search);
  const rows = await db
    .select(dtoColumns)
    .from(exercises)
    .leftJoin(source, eq(source.id, exercises.sourceExerciseId))
    .where(and(
      visibleTo(caller),
      isNull(exercises.archivedAt),
      search ? or(ilike(exercises.name, pattern), ilike(exercises.target, pattern), ilike(exercises.equipment, pattern)) : undefined,
    ))
    .orderBy(asc(exercises.group), asc(exercises.name));
  return rows.map(toDto);
}

/** A clinic-owned exercise for its edit form. Built-ins and other clinics' exercises answer 404. */
export async function getExerciseForEdit(caller: Caller, id: unknown): Promise<ExerciseDto> {
  assertCan(caller, "write:exercise:clinic");
  const exerciseId = uuidOr404(id);
  const db = await getDb();
  const [row] = await db
    .select(dtoColumns)
    .from(exercises)
    .leftJoin(source, eq(source.id, exercises.sourceExerciseId))
    .where(and(eq(exercises.id, exerciseId), eq(exercises.clinicId, caller.clinicId), isNull(exercises.archivedAt)));
  return toDto(foundOr404(row));
}

/** The first of base, base-2, base-3... not yet used in the caller's clinic (keys are unique per clinic). */
async function freeKey(caller: Caller, tx: DbOrTx, base: string): Promise<string> {
  const taken = new Set(
    (await tx
      .select({ key: exercises.key })
      .from(exercises)
      .where(and(eq(exercises.clinicId, caller.clinicId), or(eq(exercises.key, base), like(exercises.key, `${base}-%`))))
    ).map((r) => r.key),
  );
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

async function insertClinicExercise(tx: DbOrTx, values: typeof exercises.$inferInsert): Promise<{ id: string; name: string }> {
  try {
    const [row] = await tx.insert(exercises).values(values).returning({ id: exercises.id, name: exercises.name });
    return foundOr404(row);
  } catch (error) {
    // Two people adding an exercise of the same name at the same instant can pick the same key.
    if (isUniqueViolation(error, "exercises_clinic_key")) {
      throw new UserFacingError("An exercise with this name was added at the same moment. Please save again.");
    }
    throw error;
  }
}

export async function createExercise(caller: Caller, tx: DbOrTx, input: ExerciseInput): Promise<{ id: string; name: string }> {
  assertCan(caller, "write:exercise:clinic");
  const key = await freeKey(caller, tx, slugify(input.name, "exercise"));
  return insertClinicExercise(tx, { ...input, clinicId: caller.clinicId, key });
}

/** Only the clinic's own exercises change; the WHERE clause makes a built-in or foreign id a 404. */
export async function updateExercise(caller: Caller, tx: DbOrTx, id: unknown, input: ExerciseInput): Promise<{ id: string; name: string }> {
  assertCan(caller, "write:exercise:clinic");
  const exerciseId = uuidOr404(id);
  const [row] = await tx
    .update(exercises)
    .set(input)
    .where(and(eq(exercises.id, exerciseId), eq(exercises.clinicId, caller.clinicId), isNull(exercises.archivedAt)))
    .returning({ id: exercises.id, name: exercises.name });
  return foundOr404(row);
}

/** Copies a built-in (or one of the clinic's own) into the clinic so it can be adapted. */
export async function duplicateExercise(caller: Caller, tx: DbOrTx, sourceId: unknown): Promise<{ id: string; name: string }> {
  assertCan(caller, "write:exercise:clinic");
  const id = uuidOr404(sourceId);
  const [source] = await tx.select().from(exercises).where(and(eq(exercises.id, id), visibleTo(caller), isNull(exercises.archivedAt)));
  const { id: _id, clinicId: _clinicId, key, createdAt: _createdAt, archivedAt: _archivedAt, sourceExerciseId: _source, ...copy } = foundOr404(source);
  const newKey = await freeKey(caller, tx, `${key.replace(/-copy(-\d+)?$/, "")}-copy`);
  return insertClinicExercise(tx, { ...copy, name: `${copy.name} (copy)`.slice(0, 120), clinicId: caller.clinicId, key: newKey, sourceExerciseId: id });
}

/** Hides a clinic exercise from the library and the editors; plans that use it keep it. */
export async function archiveExercise(caller: Caller, tx: DbOrTx, id: unknown): Promise<{ id: string; name: string }> {
  assertCan(caller, "write:exercise:clinic");
  const exerciseId = uuidOr404(id);
  const [row] = await tx
    .update(exercises)
    .set({ archivedAt: new Date() })
    .where(and(eq(exercises.id, exerciseId), eq(exercises.clinicId, caller.clinicId), isNull(exercises.archivedAt)))
    .returning({ id: exercises.id, name: exercises.name });
  return foundOr404(row);
}

/**
 * Refuses a plan naming any exercise that is neither built-in nor the caller's clinic's. A foreign
 * id and a missing one get the same answer, so nothing about other clinics leaks. Archived
 * exercises stay usable, so a plan that already has one can still be saved.
 */
export async function assertUsableExercises(caller: Caller, tx: DbOrTx, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await tx
    .select({ id: exercises.id })
    .from(exercises)
    .where(and(inArray(exercises.id, unique), visibleTo(caller)));
  if (found.length !== unique.length) {
    throw new UserFacingError("One of the exercises is not in your clinic's library. Reload the page and try again; nothing was saved.");
  }
}
