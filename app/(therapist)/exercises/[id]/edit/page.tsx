import type { Metadata } from "next";
import Link from "next/link";
import { ExerciseForm } from "@/components/exercises/exercise-form";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { requirePermission } from "@/lib/auth/session";
import { getExerciseForEdit } from "@/lib/dal/exercises";
import { archiveExerciseAction, updateExerciseAction } from "../../actions";

export const metadata: Metadata = { title: "Edit exercise" };

// Built-ins and other clinics' exercises answer 404 here (getExerciseForEdit scopes to the clinic).
export default async function EditExercisePage({ params, searchParams }: PageProps<"/exercises/[id]/edit">) {
  const caller = await requirePermission("write:exercise:clinic");
  const { id } = await params;
  const exercise = await getExerciseForEdit(caller, id);
  const copied = (await searchParams).copied === "1";
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href="/exercises" className="text-sm font-medium text-brand-800 underline">
          Exercise library
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Edit {exercise.name}</h1>
      </div>
      {copied ? <Alert tone="success">Copied into your clinic&apos;s library. Adapt it below; the built-in stays as it was.</Alert> : null}
      <ExerciseForm action={updateExerciseAction} submitLabel="Save changes" initial={exercise} />
      <section aria-labelledby="archive-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="archive-heading" className="font-semibold text-slate-900">Archive</h2>
        <p className="mt-1 text-sm text-slate-600">Removes it from the library and the editors. Protocols and templates that already use it keep it.</p>
        <div className="mt-3">
          <ConfirmAction
            action={archiveExerciseAction}
            fields={{ id: exercise.id }}
            trigger="Archive exercise"
            title={`Archive ${exercise.name}?`}
            description="It will no longer appear in the library or when building plans. Existing plans are not changed."
            confirmLabel="Archive"
            pendingLabel="Archiving…"
          />
        </div>
      </section>
    </div>
  );
}
