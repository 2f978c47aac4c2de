import { cn } from "@/components/ui/cn";

/** NPRS 0-10 with a word as well as a colour, so the meaning never rests on colour alone. */
export function PainBadge({ value }: { value: number | null }) {
  if (value === null) return <span className="text-slate-500">None</span>;
  const band = value >= 7 ? "Severe" : value >= 4 ? "Moderate" : value >= 1 ? "Mild" : "No pain";
  const tone = value >= 7 ? "bg-red-100 text-red-900" : value >= 4 ? "bg-amber-100 text-amber-900" : "bg-emerald-100 text-emerald-900";
  return (
    <span className={cn("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold", tone)}>
      {value}/10 <span className="font-normal">{band}</span>
    </span>
  );
}
