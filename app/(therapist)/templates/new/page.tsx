import type { Metadata } from "next";
import Link from "next/link";
import { toEditorExercises } from "@/components/plan-editor/editor-exercises";
import { TemplateEditor } from "@/components/templates/template-editor";
import { requirePermission } from "@/lib/auth/session";
import { listExercises } from "@/lib/dal/exercises";
import { createTemplateAction } from "../actions";

export const metadata: Metadata = { title: "New template" };

export default async function NewTemplatePage() {
  const caller = await requirePermission("write:template:clinic");
  const exercises = toEditorExercises(await listExercises(caller));
  return (
    <div className="max-w-4xl space-y-6">
      <div>
        <Link href="/templates" className="text-sm font-medium text-brand-800 underline">
          Templates
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">New template</h1>
      </div>
      <TemplateEditor action={createTemplateAction} exercises={exercises} submitLabel="Save template" template={{ name: "", phase: 1, description: null, items: [] }} />
    </div>
  );
}
