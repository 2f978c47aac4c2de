import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { auditEvents, exercises } from "@/db/schema";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { form, signInAs } from "@/lib/testing/next-mocks";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { duplicateExerciseAction, updateExerciseAction } = await import("./actions");
const t = setupTestDatabase();


const edit = (id: string, name: string) =>
  form({ id, name, type: "strengthening", group: "hip", target: "Hip", equipment: "", instructions: "Do it.", sets: "3", reps: "10", frequencyPerWeek: "5" });

beforeEach(() => {
  signInAs(null);
});

describe("exercise actions", () => {
  it("duplicates a built-in into the clinic, audited, and a built-in cannot be edited", async () => {
    const w = await createTwoClinicWorld(t.db());
    const clam = (await builtInExerciseIds(t.db())).get("clamshell");
    if (!clam) throw new Error("library not synced");
    signInAs(w.as.therapist);
    await expect(duplicateExerciseAction({}, form({ id: clam.id }))).rejects.toThrow(/NEXT_REDIRECT/);
    const [copy] = await t.db().select().from(exercises).where(and(eq(exercises.clinicId, w.home.id), eq(exercises.sourceExerciseId, clam.id)));
    expect(copy?.name).toBe("Clam shell (copy)");
    const [event] = await t.db().select().from(auditEvents).where(eq(auditEvents.entityId, copy?.id ?? ""));
    expect(event).toMatchObject({ action: "exercise.duplicated", detail: { sourceExerciseId: clam.id } });

    await expect(updateExerciseAction({}, edit(clam.id, "Renamed built-in"))).rejects.toThrow(NOT_FOUND);
    signInAs(w.as.otherTherapist);
    await expect(updateExerciseAction({}, edit(copy?.id ?? "", "Harbor rename"))).rejects.toThrow(NOT_FOUND);
    const names = (await t.db().select({ name: exercises.name }).from(exercises)).map((r) => r.name);
    expect(names).not.toContain("Renamed built-in");
    expect(names).not.toContain("Harbor rename");
  });
});
