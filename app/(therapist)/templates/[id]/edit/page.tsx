import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { toEditorExercises } from "@/components/plan-editor/editor-exercises";
import { TemplateEditor } from "@/components/templates/template-editor";
import { Alert } from "@/components/ui/alert";
import { ArchiveSection } from "@/components/ui/archive-section";
import { requirePermission } from "@/lib/auth/session";
import { listExercises } from "@/lib/dal/exercises";
import { mediaOfCustomExercises } from "@/lib/dal/exercise-media";
import { getTemplate } from "@/lib/dal/templates";
import { archiveTemplateAction, updateTemplateAction } from "../../actions";

export const metadata: Metadata = { title: "Edit template" };

export default async function EditTemplatePage({ params, searchParams }: PageProps<"/templates/[id]/edit">) {
  const caller = await requirePermission("write:template:clinic");
  const { id } = await params;
  const template = await getTemplate(caller, id);
  const library = await listExercises(caller);
  const exercises = toEditorExercises(library, await mediaOfCustomExercises(caller, library));
  const copied = (await searchParams).copied === "1";
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeading back={{ href: "/templates", label: "Templates" }} title={<>Edit {template.name}</>} />
      {copied ? <Alert tone="success">Template duplicated. Rename it and adapt it below.</Alert> : null}
      <TemplateEditor action={updateTemplateAction} exercises={exercises} submitLabel="Save template" template={template} />
      <ArchiveSection
        noun="template"
        name={template.name}
        effect="Hides the template from this list and the protocol builder. Protocols started from it are not changed."
        confirmation="It will no longer be offered when starting a protocol. Existing protocols keep their exercises."
        action={archiveTemplateAction}
        fields={{ id: template.id }}
      />
    </div>
  );
}
