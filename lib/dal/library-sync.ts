import "server-only";
import { and, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import { EXERCISE_LIBRARY, STARTER_TEMPLATES } from "@/lib/clinical/exercise-library";
import type { DbOrTx } from "@/db/client";
import { exercises, protocolTemplateItems, protocolTemplates } from "@/db/schema";

/**
 * Brings the built-in exercise library (clinic_id null) in line with lib/clinical/exercise-library.ts.
 * Runs at every startup and seed, so a release that improves an instruction reaches existing
 * installs: new keys are inserted, existing ones updated by key (and un-archived if they return), and
 * built-ins the library no longer has (donkey-kick) are archived, never deleted, so plans and
 * templates that prescribe them keep them while the pickers stop offering them. Clinic-owned copies
 * (clinic_id set) and prescribed plans are never touched (docs/decisions/0017-library-rebuild.md).
 */
export async function syncBuiltInLibrary(db: DbOrTx): Promise<void> {
  const keys = EXERCISE_LIBRARY.map((e) => e.key);
  await db
    .insert(exercises)
    .values(EXERCISE_LIBRARY.map(({ progression: _progression, ...e }) => ({ ...e, clinicId: null })))
    .onConflictDoUpdate({
      target: [exercises.clinicId, exercises.key],
      set: {
        name: sql`excluded.name`, type: sql`excluded.type`, group: sql`excluded.group`, target: sql`excluded.target`,
        equipment: sql`excluded.equipment`, instructions: sql`excluded.instructions`, sets: sql`excluded.sets`,
        reps: sql`excluded.reps`, holdSeconds: sql`excluded.hold_seconds`, frequencyPerWeek: sql`excluded.frequency_per_week`,
        eachSide: sql`excluded.each_side`, doseNote: sql`excluded.dose_note`, archivedAt: null,
      },
    });
  await db
    .update(exercises)
    .set({ archivedAt: new Date() })
    .where(and(isNull(exercises.clinicId), notInArray(exercises.key, keys), isNull(exercises.archivedAt)));
}

export async function builtInExerciseIds(db: DbOrTx): Promise<Map<string, typeof exercises.$inferSelect>> {
  const rows = await db.select().from(exercises).where(and(isNull(exercises.clinicId), inArray(exercises.key, EXERCISE_LIBRARY.map((e) => e.key))));
  return new Map(rows.map((r) => [r.key, r]));
}

/** A lookup of the built-in exercises by library key that throws on a key the library lacks (seed and tests). */
export async function builtInExerciseByKey(db: DbOrTx): Promise<(key: string) => typeof exercises.$inferSelect> {
  const library = await builtInExerciseIds(db);
  return (key) => {
    const exercise = library.get(key);
    if (!exercise) throw new Error(`the built-in library has no ${key}`);
    return exercise;
  };
}

/**
 * Gives a NEW clinic the runner's-knee starter templates (phase 1, phase 2, return to running), with
 * the library's default doses. Never run for an existing clinic: its templates are its own.
 */
export async function createStarterTemplates(db: DbOrTx, clinicId: string, createdBy: string | null): Promise<void> {
  const library = await builtInExerciseIds(db);
  for (const template of STARTER_TEMPLATES) {
    const [row] = await db
      .insert(protocolTemplates)
      .values({ clinicId, name: template.name, phase: template.phase, description: template.description, createdBy })
      .returning({ id: protocolTemplates.id });
    if (!row) throw new Error("template insert returned nothing");
    await db.insert(protocolTemplateItems).values(
      template.exerciseKeys.map((key, position) => {
        const e = library.get(key);
        if (!e) throw new Error(`Built-in exercise ${key} is missing: run syncBuiltInLibrary first`);
        return { templateId: row.id, exerciseId: e.id, position, sets: e.sets, reps: e.reps, holdSeconds: e.holdSeconds, frequencyPerWeek: e.frequencyPerWeek, eachSide: e.eachSide };
      }),
    );
  }
}

export async function clinicHasTemplates(db: DbOrTx, clinicId: string): Promise<boolean> {
  const rows = await db.select({ id: protocolTemplates.id }).from(protocolTemplates).where(eq(protocolTemplates.clinicId, clinicId)).limit(1);
  return rows.length > 0;
}
