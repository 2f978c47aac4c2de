"use client";

import Link from "next/link";
import { PlanItemsEditor } from "@/components/plan-editor/plan-items-editor";
import type { EditorExercise, PlanRowSeed } from "@/components/plan-editor/plan-rows";
import { usePlanForm } from "@/components/plan-editor/use-plan-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TextareaField } from "@/components/ui/textarea-field";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState } from "@/lib/auth/action-state";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  template: { id?: string; name: string; phase: number; description: string | null; items: PlanRowSeed[] };
  exercises: readonly EditorExercise[];
  submitLabel: string;
};

/** A template: name, phase, description and the ordered exercises with default doses. */
export function TemplateEditor({ action, template, exercises, submitLabel }: Props) {
  const { rows, setRows, state, pending, onSubmit, itemErrors } = usePlanForm(action, template.items, "both");
  const formRef = useFocusFirstError(state);
  const err = (name: string) => state.fieldErrors?.[name];
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-6" noValidate>
      <FormStatus state={state} />
      {template.id ? <input type="hidden" name="id" value={template.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <Field label="Template name" name="name" required maxLength={120} defaultValue={template.name} errors={err("name")} />
        <Field label="Phase" name="phase" type="number" inputMode="numeric" min={1} max={9} defaultValue={String(template.phase)} errors={err("phase")} />
      </div>
      <TextareaField label="Description" name="description" maxLength={1000} rows={3} hint="Optional: when to use it, what to watch for." defaultValue={template.description ?? ""} errors={err("description")} />
      <PlanItemsEditor rows={rows} setRows={setRows} exercises={exercises} prescription={false} defaultSide="both" itemErrors={itemErrors} listErrors={err("items")} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        <Link href="/templates" className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-medium text-slate-700 hover:bg-slate-100">
          Cancel
        </Link>
      </div>
    </form>
  );
}
