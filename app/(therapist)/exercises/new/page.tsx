import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { ExerciseForm } from "@/components/exercises/exercise-form";
import { requirePermission } from "@/lib/auth/session";
import { createExerciseAction } from "../actions";

export const metadata: Metadata = { title: "Add exercise" };

export default async function NewExercisePage() {
  await requirePermission("write:exercise:clinic");
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeading back={{ href: "/exercises", label: "Exercise library" }} title="Add an exercise" lead={<>It joins your clinic&apos;s library, next to the built-in exercises.</>} />
      <ExerciseForm
        action={createExerciseAction}
        submitLabel="Save exercise"
        initial={{ name: "", type: "strengthening", group: "hip", target: "", equipment: "", instructions: "", sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: false, doseNote: null }}
      />
    </div>
  );
}
