"use client";

import Link from "next/link";
import type { SideKey } from "@/lib/clinical/exercise-labels";
import { PlanItemsEditor } from "@/components/plan-editor/plan-items-editor";
import type { EditorExercise, PlanRowSeed } from "@/components/plan-editor/plan-rows";
import { usePlanForm } from "@/components/plan-editor/use-plan-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState } from "@/lib/auth/action-state";
import { RunStageFieldset } from "./run-stage-fieldset";
import { EducationFieldset } from "./education-fieldset";

export type ProtocolDraft = {
  /** The saved version being edited; null when starting a new protocol. */
  version: number | null;
  title: string;
  phase: number;
  startDate: string;
  items: PlanRowSeed[];
  /** The walk-run stage and agreed pain limit of the version being edited; null when not on the programme. */
  runStage: number | null;
  runPainLimit: number | null;
  /** The education modules to pre-tick: the version's choice, or Stride's default set for a new plan. */
  educationModules: string[];
};

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  patient: { id: string; fullName: string; affectedSide: SideKey; runner: boolean };
  draft: ProtocolDraft;
  exercises: readonly EditorExercise[];
  cancelHref: string;
};

/** The patient's prescription: the shared plan editor plus side and load, title, phase and start date. */
export function ProtocolBuilder({ action, patient, draft, exercises, cancelHref }: Props) {
  const { rows, setRows, state, pending, onSubmit, itemErrors } = usePlanForm(action, draft.items, patient.affectedSide);
  const formRef = useFocusFirstError(state);
  const err = (name: string) => state.fieldErrors?.[name];
  const nextVersion = (draft.version ?? 0) + 1;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-6" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="patientId" value={patient.id} />
      <input type="hidden" name="baseVersion" value={draft.version ?? ""} />
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem_12rem]">
        <Field label="Title" name="title" required maxLength={120} defaultValue={draft.title} errors={err("title")} />
        <Field label="Phase" name="phase" type="number" inputMode="numeric" min={1} max={9} defaultValue={String(draft.phase)} errors={err("phase")} />
        <Field label="Start date" name="startDate" type="date" required defaultValue={draft.startDate} errors={err("startDate")} />
      </div>
      <PlanItemsEditor rows={rows} setRows={setRows} exercises={exercises} prescription defaultSide={patient.affectedSide} itemErrors={itemErrors} listErrors={err("items")} />
      <RunStageFieldset stage={draft.runStage} painLimit={draft.runPainLimit} errors={err} />
      <EducationFieldset selected={draft.educationModules} runner={patient.runner} errors={err("educationModules")} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? "Saving…" : draft.version === null ? "Start protocol" : "Save new version"}
        </Button>
        <Link href={cancelHref} className="inline-flex min-h-11 items-center rounded-md px-4 text-sm font-medium text-slate-700 hover:bg-slate-100">
          Cancel
        </Link>
        <p className="text-sm text-slate-600">
          Saving creates version {nextVersion}
          {draft.version === null ? "." : `; version ${draft.version} stays in the history.`}
        </p>
      </div>
    </form>
  );
}
