import "server-only";
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { exercises, protocolTemplateItems, protocolTemplates } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import type { TemplateInput } from "@/lib/validation/template";
import { assertUsableExercises } from "./exercises";
import { assertCan, foundOr404 } from "./guard";
import { uuidOr404 } from "./uuid-or-404";
import type { Dose, PlanExercise } from "@/lib/clinical/dose-notation";

export type TemplateSummary = {
  id: string;
  name: string;
  phase: number;
  description: string | null;
  exerciseNames: string[];
};

export type TemplateItemDto = { exerciseId: string; note: string | null } & PlanExercise & Dose;

export type TemplateDetail = { id: string; name: string; phase: number; description: string | null; items: TemplateItemDto[] };

const itemColumns = {
  templateId: protocolTemplateItems.templateId,
  exerciseId: protocolTemplateItems.exerciseId,
  name: exercises.name,
  group: exercises.group,
  sets: protocolTemplateItems.sets,
  reps: protocolTemplateItems.reps,
  holdSeconds: protocolTemplateItems.holdSeconds,
  frequencyPerWeek: protocolTemplateItems.frequencyPerWeek,
  eachSide: protocolTemplateItems.eachSide,
  note: protocolTemplateItems.note,
};

/** Items of the given (already clinic-scoped) templates; the exercise join is scoped too, as defence in depth. */
async function itemsOf(caller: Caller, db: DbOrTx, templateIds: string[]) {
  if (templateIds.length === 0) return [];
  return db
    .select(itemColumns)
    .from(protocolTemplateItems)
    .innerJoin(exercises, and(eq(exercises.id, protocolTemplateItems.exerciseId), or(isNull(exercises.clinicId), eq(exercises.clinicId, caller.clinicId))))
    .where(inArray(protocolTemplateItems.templateId, templateIds))
    .orderBy(asc(protocolTemplateItems.templateId), asc(protocolTemplateItems.position));
}

/** The clinic's templates (not archived), by phase then name, each with its exercise names. */
export async function listTemplates(caller: Caller): Promise<TemplateSummary[]> {
  assertCan(caller, "read:template:clinic");
  const db = await getDb();
  const rows = await db
    .select({ id: protocolTemplates.id, name: protocolTemplates.name, phase: protocolTemplates.phase, description: protocolTemplates.description })
    .from(protocolTemplates)
    .where(and(eq(protocolTemplates.clinicId, caller.clinicId), isNull(protocolTemplates.archivedAt)))
    .orderBy(asc(protocolTemplates.phase), asc(protocolTemplates.name));
  const items = await itemsOf(caller, db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, exerciseNames: items.filter((i) => i.templateId === r.id).map((i) => i.name) }));
}

/** One template of the caller's clinic with its ordered items; anything else answers 404. */
export async function getTemplate(caller: Caller, id: unknown): Promise<TemplateDetail> {
  assertCan(caller, "read:template:clinic");
  const templateId = uuidOr404(id);
  const db = await getDb();
  const [row] = await db
    .select({ id: protocolTemplates.id, name: protocolTemplates.name, phase: protocolTemplates.phase, description: protocolTemplates.description })
    .from(protocolTemplates)
    .where(and(eq(protocolTemplates.id, templateId), eq(protocolTemplates.clinicId, caller.clinicId), isNull(protocolTemplates.archivedAt)));
  const template = foundOr404(row);
  const items = (await itemsOf(caller, db, [template.id])).map(({ templateId: _t, ...item }) => item);
  return { ...template, items };
}

async function insertItems(tx: DbOrTx, templateId: string, items: TemplateInput["items"]): Promise<void> {
  await tx.insert(protocolTemplateItems).values(
    items.map((item, position) => ({
      templateId, position, exerciseId: item.exerciseId, sets: item.sets, reps: item.reps, holdSeconds: item.holdSeconds,
      frequencyPerWeek: item.frequencyPerWeek, eachSide: item.eachSide, note: item.note,
    })),
  );
}

export async function createTemplate(caller: Caller, tx: DbOrTx, input: TemplateInput): Promise<{ id: string; name: string }> {
  assertCan(caller, "write:template:clinic");
  await assertUsableExercises(caller, tx, input.items.map((i) => i.exerciseId));
  const [row] = await tx
    .insert(protocolTemplates)
    .values({ clinicId: caller.clinicId, name: input.name, phase: input.phase, description: input.description, createdBy: caller.userId })
    .returning({ id: protocolTemplates.id, name: protocolTemplates.name });
  const template = foundOr404(row);
  await insertItems(tx, template.id, input.items);
  return template;
}

/**
 * Replaces a template's header and items. Templates are starting points, not clinical records
 * (protocols copy their items), so they are edited in place rather than versioned.
 */
export async function updateTemplate(caller: Caller, tx: DbOrTx, id: unknown, input: TemplateInput): Promise<{ id: string; name: string }> {
  assertCan(caller, "write:template:clinic");
  const templateId = uuidOr404(id);
  // Another clinic's template answers 404 before its input is even looked at.
  const [existing] = await tx
    .select({ id: protocolTemplates.id })
    .from(protocolTemplates)
    .where(and(eq(protocolTemplates.id, templateId), eq(protocolTemplates.clinicId, caller.clinicId), isNull(protocolTemplates.archivedAt)))
    .for("update");
  const template = foundOr404(existing);
  await assertUsableExercises(caller, tx, input.items.map((i) => i.exerciseId));
  await tx
    .update(protocolTemplates)
    .set({ name: input.name, phase: input.phase, description: input.description, updatedAt: new Date() })
    .where(and(eq(protocolTemplates.id, template.id), eq(protocolTemplates.clinicId, caller.clinicId)));
  await tx.delete(protocolTemplateItems).where(eq(protocolTemplateItems.templateId, template.id));
  await insertItems(tx, template.id, input.items);
  return { id: template.id, name: input.name };
}

export async function duplicateTemplate(caller: Caller, tx: DbOrTx, id: unknown): Promise<{ id: string; name: string }> {
  assertCan(caller, "write:template:clinic");
  const templateId = uuidOr404(id);
  const [source] = await tx
    .select()
    .from(protocolTemplates)
    .where(and(eq(protocolTemplates.id, templateId), eq(protocolTemplates.clinicId, caller.clinicId), isNull(protocolTemplates.archivedAt)));
  const original = foundOr404(source);
  const items = await tx.select().from(protocolTemplateItems).where(eq(protocolTemplateItems.templateId, original.id)).orderBy(asc(protocolTemplateItems.position));
  const [row] = await tx
    .insert(protocolTemplates)
    .values({ clinicId: caller.clinicId, name: `${original.name} (copy)`.slice(0, 120), phase: original.phase, description: original.description, createdBy: caller.userId })
    .returning({ id: protocolTemplates.id, name: protocolTemplates.name });
  const copy = foundOr404(row);
  if (items.length > 0) await insertItems(tx, copy.id, items);
  return copy;
}

/** Hides a template from the list and the protocol builder; protocols started from it are unaffected. */
export async function archiveTemplate(caller: Caller, tx: DbOrTx, id: unknown): Promise<{ id: string; name: string }> {
  assertCan(caller, "write:template:clinic");
  const templateId = uuidOr404(id);
  const [row] = await tx
    .update(protocolTemplates)
    .set({ archivedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(protocolTemplates.id, templateId), eq(protocolTemplates.clinicId, caller.clinicId), isNull(protocolTemplates.archivedAt)))
    .returning({ id: protocolTemplates.id, name: protocolTemplates.name });
  return foundOr404(row);
}
