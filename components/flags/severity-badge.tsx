import { AlertOctagon, AlertTriangle, Eye } from "lucide-react";
import { cn } from "@/components/ui/cn";

const STYLE = {
  Urgent: { icon: AlertOctagon, tone: "bg-red-100 text-red-900" },
  Review: { icon: AlertTriangle, tone: "bg-amber-100 text-amber-900" },
  Watch: { icon: Eye, tone: "bg-slate-100 text-slate-800" },
} as const;

/** Urgency as a word and an icon as well as a colour. */
export function SeverityBadge({ label }: { label: keyof typeof STYLE }) {
  const { icon: Icon, tone } = STYLE[label];
  return (
    <span className={cn("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold", tone)}>
      <Icon aria-hidden className="size-3.5" />
      {label}
    </span>
  );
}
