import type { Metadata } from "next";
import Link from "next/link";
import { ExerciseForm } from "@/components/exercises/exercise-form";
import { requirePermission } from "@/lib/auth/session";
import { createExerciseAction } from "../actions";

export const metadata: Metadata = { title: "Add exercise" };

export default async function NewExercisePage() {
  await requirePermission("write:exercise:clinic");
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href="/exercises" className="text-sm font-medium text-brand-800 underline">
          Exercise library
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Add an exercise</h1>
        <p className="mt-1 text-slate-600">It joins your clinic&apos;s library, next to the built-in exercises.</p>
      </div>
      <ExerciseForm
        action={createExerciseAction}
        submitLabel="Save exercise"
        initial={{ name: "", type: "strengthening", group: "hip", target: "", equipment: "", instructions: "", sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: false, doseNote: null }}
      />
    </div>
  );
}
