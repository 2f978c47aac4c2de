import { describe, expect, it } from "vitest";
import type { ExerciseDto } from "@/lib/dal/exercises";
import { toEditorExercises } from "./editor-exercises";

const exercise = (over: Partial<ExerciseDto>) =>
  ({
    id: "e1", name: "Clinic step-down", group: "quadriceps", builtIn: false, libraryKey: null, sets: 3, reps: 8, holdSeconds: null, frequencyPerWeek: 3, eachSide: true,
    instructions: "Not for the browser.", ...over,
  }) as ExerciseDto;

describe("toEditorExercises", () => {
  it("carries each clinic exercise's picture or video to the picker, null for the rest, and no instructions", () => {
    const picture = { id: "m1", kind: "image", mimeType: "image/png", altText: "Side view" } as const;
    const rows = toEditorExercises([exercise({}), exercise({ id: "e2", builtIn: true, libraryKey: "clamshell" })], { e1: picture });
    expect(rows.map((r) => [r.id, r.media, r.libraryKey])).toEqual([["e1", picture, null], ["e2", null, "clamshell"]]);
    expect(JSON.stringify(rows)).not.toContain("Not for the browser.");
    expect(toEditorExercises([exercise({})])[0]?.media).toBeNull();
  });
});
