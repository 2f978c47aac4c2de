import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { builtInExerciseIds, createStarterTemplates } from "@/lib/dal/library-sync";
import { auditEvents, protocolTemplates } from "@/db/schema";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { form, signInAs } from "@/lib/testing/next-mocks";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { createTemplateAction, duplicateTemplateAction, updateTemplateAction } = await import("./actions");
const t = setupTestDatabase();


async function templateForm(header: Record<string, string>, sets = "3") {
  const e = (await builtInExerciseIds(t.db())).get("split-squat");
  if (!e) throw new Error("library not synced");
  return form({ phase: "2", description: "", ...header, "items.0.exerciseId": e.id, "items.0.sets": sets, "items.0.reps": "8", "items.0.frequencyPerWeek": "3" });
}

const templatesNamed = (name: string) => t.db().select().from(protocolTemplates).where(eq(protocolTemplates.name, name));

beforeEach(() => {
  signInAs(null);
});

describe("template actions", () => {
  it("creates a template with an audit event", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    await expect(createTemplateAction({}, await templateForm({ name: "Stairs focus" }))).rejects.toThrow(/NEXT_REDIRECT/);
    const [created] = await templatesNamed("Stairs focus");
    expect(created).toMatchObject({ clinicId: w.home.id, phase: 2, createdBy: w.as.therapist.userId });
    const [event] = await t.db().select().from(auditEvents).where(eq(auditEvents.entityId, created?.id ?? ""));
    expect(event).toMatchObject({ action: "template.created", entity: "template", actorId: w.as.therapist.userId });
  });

  it("keeps the typed input on bad input and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const state = await createTemplateAction({}, await templateForm({ name: "Too many sets" }, "21"));
    expect(state.fieldErrors?.["items.0.sets"]).toBeDefined();
    expect(state.values).toMatchObject({ name: "Too many sets", "items.0.sets": "21" });
    expect(await templatesNamed("Too many sets")).toHaveLength(0);
  });

  it("answers 404 when another clinic edits or duplicates a template, and changes nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    await createStarterTemplates(t.db(), w.home.id, null);
    const [phase1] = await t.db().select().from(protocolTemplates).where(eq(protocolTemplates.clinicId, w.home.id));
    signInAs(w.as.otherTherapist);
    await expect(updateTemplateAction({}, await templateForm({ id: phase1?.id ?? "", name: "Hijacked" }))).rejects.toThrow(NOT_FOUND);
    await expect(duplicateTemplateAction({}, form({ id: phase1?.id ?? "" }))).rejects.toThrow(NOT_FOUND);
    await expect(updateTemplateAction({}, await templateForm({ id: "not-a-uuid", name: "Hijacked" }))).rejects.toThrow(NOT_FOUND);
    expect(await templatesNamed("Hijacked")).toHaveLength(0);
  });
});
