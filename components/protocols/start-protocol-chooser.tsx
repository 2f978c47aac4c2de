import Link from "next/link";
import type { TemplateSummary } from "@/lib/dal/templates";

/** The first step of a new protocol: copy a template (then personalise it) or start from nothing. */
export function StartProtocolChooser({ patientId, templates }: { patientId: string; templates: readonly TemplateSummary[] }) {
  const href = (from: string) => `/patients/${patientId}/protocol?from=${from}`;
  return (
    <section aria-labelledby="start-heading" className="space-y-4">
      <h2 id="start-heading" className="text-lg font-semibold text-slate-900">
        Start a protocol
      </h2>
      <p className="text-slate-600">Pick a template to copy, then personalise each dose for this patient. Templates are never changed by this.</p>
      <ul className="grid gap-3 md:grid-cols-2">
        {templates.map((t) => (
          <li key={t.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <Link href={href(t.id)} className="font-semibold text-brand-800 underline">
              Start from {t.name}
            </Link>
            <p className="mt-1 text-sm text-slate-600">
              Phase {t.phase} · {t.exerciseNames.length} exercises: {t.exerciseNames.join(", ")}
            </p>
          </li>
        ))}
        <li className="rounded-lg border border-dashed border-slate-300 bg-white p-4">
          <Link href={href("blank")} className="font-semibold text-brand-800 underline">
            Start from a blank protocol
          </Link>
          <p className="mt-1 text-sm text-slate-600">Choose every exercise yourself.</p>
        </li>
      </ul>
    </section>
  );
}
