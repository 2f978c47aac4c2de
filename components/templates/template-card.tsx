import Link from "next/link";
import { InlineAction } from "@/components/plan-editor/inline-action";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ActionState } from "@/lib/auth/action-state";
import type { TemplateSummary } from "@/lib/dal/templates";

type Props = {
  template: TemplateSummary;
  duplicateAction: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  highlighted?: boolean;
};

export function TemplateCard({ template, duplicateAction, highlighted }: Props) {
  const headingId = `template-${template.id}`;
  return (
    <article aria-labelledby={headingId} className={cn("flex flex-col rounded-lg border bg-white p-5 shadow-sm", highlighted ? "border-brand-600 ring-2 ring-brand-600/30" : "border-slate-200")}>
      <div className="flex items-start justify-between gap-3">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {template.name}
        </h2>
        <span className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">Phase {template.phase}</span>
      </div>
      {template.description ? <p className="mt-1 text-sm text-slate-600">{template.description}</p> : null}
      <h3 className="mt-3 text-sm font-medium text-slate-800">
        {template.exerciseNames.length} {template.exerciseNames.length === 1 ? "exercise" : "exercises"}
      </h3>
      <ol className="mt-1 flex-1 list-decimal space-y-0.5 pl-5 text-sm text-slate-700">
        {template.exerciseNames.map((name, i) => (
          <li key={`${i}-${name}`}>{name}</li>
        ))}
      </ol>
      <div className="mt-4 flex flex-wrap gap-2">
        <Link href={`/templates/${template.id}/edit`} className={cn(buttonBase, buttonStyles.secondary)}>
          Edit<span className="sr-only"> {template.name}</span>
        </Link>
        <InlineAction action={duplicateAction} fields={{ id: template.id }} pendingLabel="Duplicating…">
          Duplicate<span className="sr-only"> {template.name}</span>
        </InlineAction>
      </div>
    </article>
  );
}
