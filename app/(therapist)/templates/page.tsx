import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { TemplateCard } from "@/components/templates/template-card";
import { Alert } from "@/components/ui/alert";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { requirePermission } from "@/lib/auth/session";
import { listTemplates } from "@/lib/dal/templates";
import { duplicateTemplateAction } from "./actions";

export const metadata: Metadata = { title: "Templates" };

const searchSchema = z.object({
  saved: z.uuid().optional().catch(undefined),
  archived: z.literal("1").optional().catch(undefined),
});

export default async function TemplatesPage({ searchParams }: PageProps<"/templates">) {
  const caller = await requirePermission("read:template:clinic");
  const { saved, archived } = searchSchema.parse(await searchParams);
  const templates = await listTemplates(caller);
  const savedName = saved ? templates.find((x) => x.id === saved)?.name : undefined;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Protocol templates</h1>
          <p className="mt-1 max-w-2xl text-slate-600">Starting points for a patient&apos;s protocol: ordered exercises with default doses. Each protocol copies them, so editing a template never changes a patient&apos;s plan.</p>
        </div>
        <Link href="/templates/new" className={cn(buttonBase, buttonStyles.primary)}>
          New template
        </Link>
      </div>
      {savedName ? <Alert tone="success">Saved “{savedName}”.</Alert> : null}
      {archived ? <Alert tone="success">Template archived.</Alert> : null}
      {templates.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          <p>
            Your clinic has no templates yet.{" "}
            <Link href="/templates/new" className="font-medium text-brand-800 underline">
              Create the first one
            </Link>
            .
          </p>
        </div>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {templates.map((template) => (
            <TemplateCard key={template.id} template={template} duplicateAction={duplicateTemplateAction} highlighted={template.id === saved} />
          ))}
        </div>
      )}
    </div>
  );
}
