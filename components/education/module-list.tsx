import Link from "next/link";
import type { EducationModule } from "@/lib/clinical/education";
import { EvidenceTag } from "./evidence-tag";

/** The plan's modules as large, tappable cards: title, one-line summary, evidence tag. */
export function ModuleList({ modules }: { modules: readonly EducationModule[] }) {
  return (
    <ul className="space-y-3">
      {modules.map((m) => (
        <li key={m.key}>
          <Link
            href={`/my/learn/${m.key}`}
            className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-300 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
          >
            <span className="block text-lg font-semibold text-brand-800 underline-offset-2">{m.title}</span>
            <span className="mt-1 block text-base leading-relaxed text-slate-800">{m.summary}</span>
            <span className="mt-2 block">
              <EvidenceTag tag={m.evidence} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
