import type { Metadata } from "next";
import Link from "next/link";
import { toEditorExercises } from "@/components/plan-editor/editor-exercises";
import { TemplateEditor } from "@/components/templates/template-editor";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { requirePermission } from "@/lib/auth/session";
import { listExercises } from "@/lib/dal/exercises";
import { getTemplate } from "@/lib/dal/templates";
import { archiveTemplateAction, updateTemplateAction } from "../../actions";

export const metadata: Metadata = { title: "Edit template" };

export default async function EditTemplatePage({ params, searchParams }: PageProps<"/templates/[id]/edit">) {
  const caller = await requirePermission("write:template:clinic");
  const { id } = await params;
  const template = await getTemplate(caller, id);
  const exercises = toEditorExercises(await listExercises(caller));
  const copied = (await searchParams).copied === "1";
  return (
    <div className="max-w-4xl space-y-6">
      <div>
        <Link href="/templates" className="text-sm font-medium text-brand-800 underline">
          Templates
        </Link>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Edit {template.name}</h1>
      </div>
      {copied ? <Alert tone="success">Template duplicated. Rename it and adapt it below.</Alert> : null}
      <TemplateEditor action={updateTemplateAction} exercises={exercises} submitLabel="Save template" template={template} />
      <section aria-labelledby="archive-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="archive-heading" className="font-semibold text-slate-900">Archive</h2>
        <p className="mt-1 text-sm text-slate-600">Hides the template from this list and the protocol builder. Protocols started from it are not changed.</p>
        <div className="mt-3">
          <ConfirmAction
            action={archiveTemplateAction}
            fields={{ id: template.id }}
            trigger="Archive template"
            title={`Archive ${template.name}?`}
            description="It will no longer be offered when starting a protocol. Existing protocols keep their exercises."
            confirmLabel="Archive"
            pendingLabel="Archiving…"
          />
        </div>
      </section>
    </div>
  );
}
