import { and, asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { builtInExerciseIds, createStarterTemplates } from "@/lib/dal/library-sync";
import { protocolTemplateItems, protocolTemplates } from "@/db/schema";
import { auditsOf, FIX_FIELDS, redirectOf } from "@/lib/testing/action-helpers";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { archiveTemplateAction, createTemplateAction, duplicateTemplateAction, updateTemplateAction } = await import("./actions");
const t = setupTestDatabase();

async function exerciseId(key: string) {
  const e = (await builtInExerciseIds(t.db())).get(key);
  if (!e) throw new Error(`library has no ${key}`);
  return e.id;
}

async function templateForm(header: Record<string, string>, sets = "3") {
  return form({ phase: "2", description: "", ...header, "items.0.exerciseId": await exerciseId("split-squat"), "items.0.sets": sets, "items.0.reps": "8", "items.0.frequencyPerWeek": "3" });
}

// One database per file: each test makes its own clinics, so templates are looked up by clinic.
const templatesNamed = (clinicId: string, name: string) =>
  t.db().select().from(protocolTemplates).where(and(eq(protocolTemplates.clinicId, clinicId), eq(protocolTemplates.name, name)));
const templateRow = async (id: string) => (await t.db().select().from(protocolTemplates).where(eq(protocolTemplates.id, id)))[0];
const itemsOf = (templateId: string) =>
  t.db().select().from(protocolTemplateItems).where(eq(protocolTemplateItems.templateId, templateId)).orderBy(asc(protocolTemplateItems.position));

/** The clinic's starter templates, as a new clinic gets them; the first is returned with its items. */
async function starterOf(clinicId: string) {
  await createStarterTemplates(t.db(), clinicId, null);
  const [first] = await t.db().select().from(protocolTemplates).where(eq(protocolTemplates.clinicId, clinicId)).orderBy(asc(protocolTemplates.createdAt), asc(protocolTemplates.name));
  if (!first) throw new Error("no starter template");
  return { template: first, items: await itemsOf(first.id) };
}

beforeEach(() => {
  signInAs(null);
});

describe("create template", () => {
  it("creates a template with its items and an audit event", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const to = await redirectOf(createTemplateAction({}, await templateForm({ name: "Stairs focus" })));
    const [created] = await templatesNamed(w.home.id, "Stairs focus");
    expect(to).toBe(`/templates?saved=${created?.id}`);
    expect(created).toMatchObject({ clinicId: w.home.id, phase: 2, description: null, createdBy: w.as.therapist.userId, archivedAt: null });
    expect(await itemsOf(created?.id ?? "")).toMatchObject([{ exerciseId: await exerciseId("split-squat"), position: 0, sets: 3, reps: 8, holdSeconds: null, frequencyPerWeek: 3 }]);
    expect(revalidated).toEqual(["/templates"]);
    expect(await auditsOf(t.db(), w.home.id)).toMatchObject([{ action: "template.created", entity: "template", entityId: created?.id, actorId: w.as.therapist.userId }]);
  });

  it("keeps the typed input on bad input and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const state = await createTemplateAction({}, await templateForm({ name: "Too many sets" }, "21"));
    expect(state.message).toBe(FIX_FIELDS);
    expect(state.fieldErrors).toEqual({ "items.0.sets": ["Sets must be a whole number from 1 to 20."] });
    expect(state.values).toMatchObject({ name: "Too many sets", phase: "2", "items.0.sets": "21", "items.0.reps": "8" });
    expect(await templatesNamed(w.home.id, "Too many sets")).toHaveLength(0);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
  });

  it("answers 404 to patients and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    for (const caller of [w.as.patientA, w.as.otherPatient]) {
      signInAs(caller);
      await expect(createTemplateAction({}, await templateForm({ name: "Patient plan" }))).rejects.toThrow(NOT_FOUND);
    }
    for (const clinicId of [w.home.id, w.other.id]) expect(await templatesNamed(clinicId, "Patient plan")).toEqual([]);
  });
});

describe("update template", () => {
  it("replaces the header and items of the clinic's template, audited", async () => {
    const w = await createTwoClinicWorld(t.db());
    const { template } = await starterOf(w.home.id);
    signInAs(w.as.admin);
    const to = await redirectOf(updateTemplateAction({}, await templateForm({ id: template.id, name: "Phase 1, revised", description: "Slower." })));
    expect(to).toBe(`/templates?saved=${template.id}`);
    expect(await templateRow(template.id)).toMatchObject({ name: "Phase 1, revised", phase: 2, description: "Slower.", clinicId: w.home.id });
    expect((await itemsOf(template.id)).map((i) => [i.exerciseId, i.sets, i.reps])).toEqual([[await exerciseId("split-squat"), 3, 8]]);
    expect(revalidated).toEqual(["/templates", `/templates/${template.id}/edit`]);
    expect(await auditsOf(t.db(), w.home.id)).toMatchObject([{ action: "template.updated", entityId: template.id, actorId: w.as.admin.userId }]);
  });

  it("bad input: field messages, the typed input kept, and the template and its items unchanged", async () => {
    const w = await createTwoClinicWorld(t.db());
    const { template, items } = await starterOf(w.home.id);
    signInAs(w.as.therapist);
    const state = await updateTemplateAction({}, await templateForm({ id: template.id, name: "", phase: "10" }));
    expect(state.fieldErrors).toEqual({ name: ["Enter name."], phase: ["Phase must be a whole number from 1 to 9."] });
    expect(state.values).toMatchObject({ id: template.id, name: "", phase: "10" });
    expect(await templateRow(template.id)).toEqual(template);
    expect(await itemsOf(template.id)).toEqual(items);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
  });

  it("answers 404 when another clinic or a patient edits a template, and changes nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const { template, items } = await starterOf(w.home.id);
    for (const caller of [w.as.otherTherapist, w.as.patientA]) {
      signInAs(caller);
      await expect(updateTemplateAction({}, await templateForm({ id: template.id, name: "Hijacked" }))).rejects.toThrow(NOT_FOUND);
    }
    signInAs(w.as.otherTherapist);
    await expect(updateTemplateAction({}, await templateForm({ id: "not-a-uuid", name: "Hijacked" }))).rejects.toThrow(NOT_FOUND);
    for (const clinicId of [w.home.id, w.other.id]) expect(await templatesNamed(clinicId, "Hijacked")).toEqual([]);
    expect(await templateRow(template.id)).toEqual(template);
    expect(await itemsOf(template.id)).toEqual(items);
  });
});

describe("duplicate template", () => {
  it("copies the template and its items in the clinic, audited, and opens the copy", async () => {
    const w = await createTwoClinicWorld(t.db());
    const { template, items } = await starterOf(w.home.id);
    signInAs(w.as.therapist);
    const to = await redirectOf(duplicateTemplateAction({}, form({ id: template.id })));
    const [copy] = await templatesNamed(w.home.id, `${template.name} (copy)`);
    expect(to).toBe(`/templates/${copy?.id}/edit?copied=1`);
    expect(copy).toMatchObject({ clinicId: w.home.id, phase: template.phase, description: template.description, createdBy: w.as.therapist.userId });
    const strip = (rows: typeof items) => rows.map(({ id: _id, templateId: _t, ...rest }) => rest);
    expect(strip(await itemsOf(copy?.id ?? ""))).toEqual(strip(items));
    expect(await auditsOf(t.db(), w.home.id)).toMatchObject([{ action: "template.duplicated", entityId: copy?.id, detail: { sourceTemplateId: template.id } }]);
  });

  it("bad input: a malformed or unknown id answers 404 like a missing row, and copies nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    await starterOf(w.home.id);
    const before = await t.db().select().from(protocolTemplates).where(eq(protocolTemplates.clinicId, w.home.id));
    signInAs(w.as.therapist);
    for (const id of ["phase-1", "00000000-0000-4000-8000-000000000000"]) {
      await expect(duplicateTemplateAction({}, form({ id }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await t.db().select().from(protocolTemplates).where(eq(protocolTemplates.clinicId, w.home.id))).toEqual(before);
  });

  it("answers 404 when another clinic or a patient duplicates a template, and copies nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const { template } = await starterOf(w.home.id);
    for (const caller of [w.as.otherTherapist, w.as.patientA]) {
      signInAs(caller);
      await expect(duplicateTemplateAction({}, form({ id: template.id }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await templatesNamed(w.home.id, `${template.name} (copy)`)).toHaveLength(0);
    expect(await t.db().select().from(protocolTemplates).where(eq(protocolTemplates.clinicId, w.other.id))).toEqual([]);
  });
});

describe("archive template", () => {
  it("hides the template without deleting it or its items, audited", async () => {
    const w = await createTwoClinicWorld(t.db());
    const { template, items } = await starterOf(w.home.id);
    signInAs(w.as.therapist);
    expect(await redirectOf(archiveTemplateAction({}, form({ id: template.id })))).toBe("/templates?archived=1");
    expect(await templateRow(template.id)).toMatchObject({ name: template.name, archivedAt: expect.any(Date) });
    expect(await itemsOf(template.id)).toEqual(items);
    expect(await auditsOf(t.db(), w.home.id)).toMatchObject([{ action: "template.archived", entityId: template.id, actorId: w.as.therapist.userId }]);
  });

  it("bad input: a malformed id or an archived template answers 404, and nothing changes", async () => {
    const w = await createTwoClinicWorld(t.db());
    const { template } = await starterOf(w.home.id);
    signInAs(w.as.therapist);
    await redirectOf(archiveTemplateAction({}, form({ id: template.id })));
    const archived = await templateRow(template.id);
    for (const id of ["phase-1", template.id]) await expect(archiveTemplateAction({}, form({ id }))).rejects.toThrow(NOT_FOUND);
    expect(await templateRow(template.id)).toEqual(archived);
    expect((await auditsOf(t.db(), w.home.id)).map((e) => e.action)).toEqual(["template.archived"]);
  });

  it("answers 404 when another clinic or a patient archives a template, and archives nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const { template } = await starterOf(w.home.id);
    for (const caller of [w.as.otherTherapist, w.as.patientA]) {
      signInAs(caller);
      await expect(archiveTemplateAction({}, form({ id: template.id }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await templateRow(template.id)).toEqual(template);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
    expect(await auditsOf(t.db(), w.other.id)).toEqual([]);
  });
});
