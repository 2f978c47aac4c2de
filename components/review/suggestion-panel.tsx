import { TrendingDown, TrendingUp } from "lucide-react";
import type { ProgressionSuggestion } from "@/lib/clinical/progression";
import { formatDate } from "@/lib/format";

const HEADLINE = { progress: "Consider progressing", regress: "Consider regressing" } as const;

/**
 * The pain-monitoring model's suggestion, for the therapist only (the record page is staff-only
 * and the DAL refuses patients). Worded as a prompt to review: the therapist decides.
 */
export function SuggestionPanel({ suggestion, hasLogs }: { suggestion: ProgressionSuggestion | null; hasLogs: boolean }) {
  if (!suggestion) {
    return (
      <p className="text-sm text-slate-700">
        {hasLogs
          ? "No suggestion this week: the last 7 days of logs meet neither the progress nor the regress rule of the pain-monitoring model."
          : "No suggestion yet: it needs logs from the last 7 days."}
      </p>
    );
  }
  const Icon = suggestion.kind === "progress" ? TrendingUp : TrendingDown;
  return (
    <div className="space-y-2 text-sm">
      <p className="flex items-center gap-2 text-base font-semibold text-slate-900">
        <Icon aria-hidden className="size-5 text-brand-700" />
        {HEADLINE[suggestion.kind]}
      </p>
      <p className="text-slate-800">{suggestion.reason}</p>
      <p className="text-slate-600">
        Based on logs from {formatDate(suggestion.windowStart)} to {formatDate(suggestion.windowEnd)}. Decision support only: you
        decide whether to change the programme. The patient does not see this suggestion.
      </p>
    </div>
  );
}
