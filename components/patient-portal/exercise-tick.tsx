"use client";

import { startTransition, useActionState, useOptimistic } from "react";
import { cn } from "@/components/ui/cn";
import type { ActionState } from "@/lib/auth/action-state";

type Props = {
  exerciseId: string;
  exerciseName: string;
  done: boolean;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
};

/**
 * A real checkbox per exercise: Space toggles it, and the tick shows at once (optimistic) while
 * the server records it; if the server refuses, the box returns to what was saved.
 */
export function ExerciseTick({ exerciseId, exerciseName, done, action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const [shown, setShown] = useOptimistic(done);
  const id = `tick-${exerciseId}`;

  function toggle(next: boolean) {
    const fd = new FormData();
    fd.set("exerciseId", exerciseId);
    fd.set("done", String(next));
    startTransition(() => {
      setShown(next);
      formAction(fd);
    });
  }

  return (
    <div>
      <label
        htmlFor={id}
        className={cn(
          "flex min-h-12 cursor-pointer items-center gap-3 rounded-md border-2 px-3 py-2 text-base font-medium",
          shown ? "border-emerald-700 bg-emerald-50 text-emerald-900" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
        )}
      >
        <input
          id={id}
          type="checkbox"
          checked={shown}
          onChange={(e) => toggle(e.target.checked)}
          // The visible label is the same on every card; the name says which exercise (and starts with what is seen).
          aria-label={`Done today, ${exerciseName}`}
          aria-busy={pending || undefined}
          className="size-6 shrink-0 accent-emerald-700"
        />
        <span>Done today</span>
      </label>
      {state.message && !state.ok ? (
        <p role="alert" className="mt-2 text-sm font-medium text-danger-700">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
