import { evidenceLabel, type EvidenceTag as Tag } from "@/lib/clinical/education";

const TONE: Record<Tag["level"], string> = {
  strong: "bg-brand-50 text-brand-800 ring-brand-200",
  moderate: "bg-sky-50 text-sky-900 ring-sky-200",
  limited: "bg-amber-50 text-amber-900 ring-amber-200",
  stride: "bg-slate-100 text-slate-800 ring-slate-300",
};

/** How strong the evidence behind a module is, in words (colour only repeats what the text says). */
export function EvidenceTag({ tag }: { tag: Tag }) {
  return <span className={`inline-block rounded-md px-2 py-0.5 text-sm font-medium ring-1 ring-inset ${TONE[tag.level]}`}>{evidenceLabel(tag)}</span>;
}
