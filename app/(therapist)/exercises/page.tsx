import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ExerciseCard } from "@/components/exercises/exercise-card";
import { groupInOrder, typeLabel } from "@/lib/clinical/exercise-labels";
import { ExerciseSearch } from "@/components/exercises/exercise-search";
import { Alert } from "@/components/ui/alert";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { requirePermission } from "@/lib/auth/session";
import { listExercises } from "@/lib/dal/exercises";
import { mediaOfCustomExercises } from "@/lib/dal/exercise-media";
import { duplicateExerciseAction } from "./actions";

export const metadata: Metadata = { title: "Exercises" };

// Anything odd in the URL (an array, a huge string) reads as "no search" rather than an error.
const searchSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  saved: z.uuid().optional().catch(undefined),
  archived: z.literal("1").optional().catch(undefined),
});

export default async function ExercisesPage({ searchParams }: PageProps<"/exercises">) {
  const caller = await requirePermission("read:exercise:clinic");
  const { q, saved, archived } = searchSchema.parse({ q: "", ...(await searchParams) });
  const exercises = await listExercises(caller, { q });
  const media = await mediaOfCustomExercises(caller, exercises);
  const savedName = saved ? exercises.find((e) => e.id === saved)?.name : undefined;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Exercise library</h1>
          <p className="mt-1 max-w-2xl text-slate-600">
            The built-in runner&apos;s-knee library and your clinic&apos;s own exercises. Built-ins are read-only: duplicate one to adapt it.
          </p>
        </div>
        <Link href="/exercises/new" className={cn(buttonBase, buttonStyles.primary)}>
          Add exercise
        </Link>
      </div>
      {savedName ? <Alert tone="success">Saved “{savedName}”.</Alert> : null}
      {archived ? <Alert tone="success">Exercise archived. Plans that already use it keep it.</Alert> : null}
      <ExerciseSearch q={q} />
      {exercises.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {q ? (
            <p>
              No exercises match “{q}”. Try another word (for example a muscle such as “quadriceps”, or equipment such as “band”), or{" "}
              <Link href="/exercises" className="font-medium text-brand-800 underline">
                show the whole library
              </Link>
              .
            </p>
          ) : (
            <p>The library is empty. Add your clinic&apos;s first exercise.</p>
          )}
        </div>
      ) : (
        <>
          {q ? (
            <p role="status" className="text-sm text-slate-600">
              {exercises.length} {exercises.length === 1 ? "exercise matches" : "exercises match"} “{q}”.
            </p>
          ) : null}
          {groupInOrder(exercises).map(({ group, label, items: inGroup }) => {
            return (
              <section key={group} aria-labelledby={`group-${group}`} className="space-y-3">
                <h2 id={`group-${group}`} className="text-lg font-semibold text-slate-900">
                  {label}
                  <span className="ml-2 text-sm font-normal text-slate-600">{typeLabel[group === "flexibility" ? "flexibility" : "strengthening"]}</span>
                </h2>
                <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
                  {inGroup.map((exercise) => (
                    <ExerciseCard key={exercise.id} exercise={exercise} duplicateAction={duplicateExerciseAction} highlighted={exercise.id === saved} media={media[exercise.id]} />
                  ))}
                </div>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
