import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { toEditorExercises } from "@/components/plan-editor/editor-exercises";
import { TemplateEditor } from "@/components/templates/template-editor";
import { requirePermission } from "@/lib/auth/session";
import { listExercises } from "@/lib/dal/exercises";
import { mediaOfCustomExercises } from "@/lib/dal/exercise-media";
import { createTemplateAction } from "../actions";

export const metadata: Metadata = { title: "New template" };

export default async function NewTemplatePage() {
  const caller = await requirePermission("write:template:clinic");
  const library = await listExercises(caller);
  const exercises = toEditorExercises(library, await mediaOfCustomExercises(caller, library));
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeading back={{ href: "/templates", label: "Templates" }} title="New template" />
      <TemplateEditor action={createTemplateAction} exercises={exercises} submitLabel="Save template" template={{ name: "", phase: 1, description: null, items: [] }} />
    </div>
  );
}
